import type { SentimentLabel } from '../../classify/types.ts';
import type { TrendPoint } from '../types.ts';
import { canDraw } from './pixel-font.ts';
import { Raster, type Colour } from './raster.ts';

export const CHART_WIDTH = 560;

export const SENTIMENT_COLOURS: Record<SentimentLabel, Colour> = {
  positive: '#2e9d5b',
  neutral: '#aab3bf',
  negative: '#d64545',
};
/** This period solid, the previous one pale, in every comparison chart. */
export const PERIOD_COLOURS = {
  channel: { current: '#2f6fde', previous: '#bfd2f5' },
  complaint: { current: '#e07b24', previous: '#f5d3b3' },
} as const;

const AXIS_TEXT: Colour = '#5f6b7a';
const GRID: Colour = '#e6e9ee';
const BASELINE: Colour = '#9aa4b1';
const VALUE_TEXT: Colour = '#26303b';

/** Stacked positive/neutral/negative bars, one per day, with a light value grid. */
export function sentimentTrendChart(points: TrendPoint[]): Buffer {
  const height = 220;
  const raster = new Raster(CHART_WIDTH, height);
  const plot = { left: 44, right: CHART_WIDTH - 12, top: 14, bottom: height - 30 };
  const totals = points.map((point) => point.sentiment.positive + point.sentiment.neutral + point.sentiment.negative);
  const { step, top } = niceScale(Math.max(1, ...totals));
  const yOf = (value: number) => plot.bottom - ((plot.bottom - plot.top) * value) / top;

  for (let value = 0; value <= top; value += step) {
    raster.fillRect(plot.left, yOf(value), plot.right - plot.left, 1, value === 0 ? BASELINE : GRID);
    raster.text(plot.left - 8, yOf(value) - raster.textHeight / 2, formatTick(value), AXIS_TEXT, 'right');
  }
  const slot = (plot.right - plot.left) / Math.max(1, points.length);
  const barWidth = Math.min(48, slot * 0.62);
  points.forEach((point, index) => {
    const centre = plot.left + slot * (index + 0.5);
    let base = 0;
    for (const label of ['negative', 'neutral', 'positive'] as const) {
      const value = point.sentiment[label];
      if (value > 0) raster.fillRect(centre - barWidth / 2, yOf(base + value), barWidth, yOf(base) - yOf(base + value), SENTIMENT_COLOURS[label]);
      base += value;
    }
    if (base > 0) raster.text(centre, yOf(base) - raster.textHeight - 4, String(base), VALUE_TEXT, 'center');
    raster.text(centre, plot.bottom + 9, point.day.slice(5), AXIS_TEXT, 'center');
  });
  return raster.toPng();
}

export interface BarRow {
  /** Drawn only when the pixel font has every character; otherwise `fallbackLabel`. */
  label: string;
  fallbackLabel: string;
  current: number;
  previous: number;
}

/** Horizontal bars: this period solid with its value, the previous period as a thin pale bar below. */
export function comparisonBarChart(rows: BarRow[], colours: { current: Colour; previous: Colour }): Buffer {
  const rowHeight = 38;
  const height = Math.max(1, rows.length) * rowHeight + 16;
  const raster = new Raster(CHART_WIDTH, height);
  const maxLabelWidth = 170;
  const labels = rows.map((row) => fitLabel(raster, canDraw(row.label) ? row.label : row.fallbackLabel, maxLabelWidth));
  const labelWidth = Math.max(40, ...labels.map((label) => raster.textWidth(label))) + 12;
  const plot = { left: labelWidth + 8, right: CHART_WIDTH - 56 };
  const max = Math.max(1, ...rows.flatMap((row) => [row.current, row.previous]));
  const lengthOf = (value: number) => ((plot.right - plot.left) * value) / max;

  rows.forEach((row, index) => {
    const top = 10 + index * rowHeight;
    raster.text(labelWidth, top + 4, labels[index] ?? '', VALUE_TEXT, 'right');
    raster.fillRect(plot.left, top, Math.max(row.current > 0 ? 2 : 0, lengthOf(row.current)), 18, colours.current);
    raster.text(plot.left + lengthOf(row.current) + 6, top + 4, String(row.current), VALUE_TEXT);
    raster.fillRect(plot.left, top + 21, Math.max(row.previous > 0 ? 2 : 0, lengthOf(row.previous)), 6, colours.previous);
  });
  raster.fillRect(plot.left - 1, 4, 1, height - 8, BASELINE);
  return raster.toPng();
}

/** Shortens a label with `..` until it fits; the HTML table beside the chart has the full name. */
function fitLabel(raster: Raster, label: string, maxWidth: number): string {
  let characters = [...label];
  while (characters.length > 3 && raster.textWidth(characters.join('')) > maxWidth) characters = characters.slice(0, -3).concat('.', '.');
  return characters.join('');
}

/** A step of 1, 2 or 5 × 10ⁿ giving about four grid lines, and the axis top it reaches. */
export function niceScale(max: number): { step: number; top: number } {
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? rough);
  return { step, top: Math.ceil(max / step) * step };
}

function formatTick(value: number): string {
  return value >= 10_000 ? `${Math.round(value / 1000)}k` : String(value);
}
