import type { SentimentLabel } from '../../classify/types.ts';
import type { TrendPoint } from '../types.ts';

/**
 * Charts as HTML tables: every mail client draws them with its own fonts, so labels appear in
 * the digest's language (Chinese included) without images, font files or a canvas. Bars are
 * table cells with a background colour and a percentage width, which Outlook, Gmail and Apple
 * Mail all honour; nothing depends on CSS classes, SVG or script.
 */
export const SENTIMENT_COLOURS: Record<SentimentLabel, string> = {
  positive: '#2e9d5b',
  neutral: '#aab3bf',
  negative: '#d64545',
};
/** This period solid, the previous one pale, in every comparison chart. */
export const PERIOD_COLOURS = {
  channel: { current: '#2f6fde', previous: '#bfd2f5' },
  complaint: { current: '#e07b24', previous: '#f5d3b3' },
  servqual: { current: '#7b5ea7', previous: '#d9cfe8' },
} as const;

const MUTED = '#66727f';
const TRACK = '#f1f3f6';

export interface BarRow {
  /** Already escaped HTML. */
  label: string;
  current: number;
  previous: number;
}

/** One row per label: this period's bar over the previous period's pale one, value at the end. */
export function comparisonBars(rows: BarRow[], colours: { current: string; previous: string }): string {
  const max = Math.max(1, ...rows.flatMap((row) => [row.current, row.previous]));
  const body = rows
    .map(
      (row) => `<tr>
<td width="34%" valign="middle" style="padding:4px 8px 4px 0;font-size:13px;">${row.label}</td>
<td valign="middle" style="padding:4px 0;">${bar(row.current / max, colours.current, 12)}${bar(row.previous / max, colours.previous, 6)}</td>
<td width="64" align="right" valign="middle" style="padding:4px 0 4px 8px;font-size:13px;white-space:nowrap;"><b>${row.current.toLocaleString('en-US')}</b> <span style="color:${MUTED};font-size:11px;">${row.previous.toLocaleString('en-US')}</span></td>
</tr>`,
    )
    .join('');
  return chartTable(body);
}

/** One stacked bar per day: positive, neutral and negative messages, scaled to the busiest day. */
export function sentimentTrendBars(points: TrendPoint[], dayLabel: (day: string) => string): string {
  const totals = points.map((point) => point.sentiment.positive + point.sentiment.neutral + point.sentiment.negative);
  const max = Math.max(1, ...totals);
  const body = points
    .map((point, index) => {
      const segments = (['positive', 'neutral', 'negative'] as const)
        .filter((label) => point.sentiment[label] > 0)
        .map((label) => `<td width="${percent(point.sentiment[label] / totals[index]!)}%" style="${cellStyle(SENTIMENT_COLOURS[label], 12)}">&nbsp;</td>`)
        .join('');
      const filled = totals[index]! / max;
      const stacked = segments
        ? `<table role="presentation" width="${percent(filled)}%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr>${segments}</tr></table>`
        : '';
      return `<tr>
<td width="64" valign="middle" style="padding:3px 8px 3px 0;font-size:12px;color:${MUTED};white-space:nowrap;">${dayLabel(point.day)}</td>
<td valign="middle" style="padding:3px 0;">${stacked}</td>
<td width="48" align="right" valign="middle" style="padding:3px 0 3px 8px;font-size:12px;">${totals[index]!.toLocaleString('en-US')}</td>
</tr>`;
    })
    .join('');
  return chartTable(body);
}

/** Small vertical bars, one per day, for a trend inside a table cell. */
export function sparkBars(values: number[], colour: string): string {
  const height = 24;
  const max = Math.max(1, ...values);
  const cells = values
    .map((value) => {
      const barHeight = value > 0 ? Math.max(2, Math.round((value / max) * height)) : 1;
      return `<td valign="bottom" style="padding:0 1px;height:${height}px;"><div style="width:8px;height:${barHeight}px;background:${value > 0 ? colour : TRACK};font-size:0;line-height:0;">&nbsp;</div></td>`;
    })
    .join('');
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr>${cells}</tr></table>`;
}

function bar(fraction: number, colour: string, height: number): string {
  if (fraction <= 0) return `<div style="height:${height}px;font-size:0;line-height:0;margin:1px 0;">&nbsp;</div>`;
  return `<table role="presentation" width="${percent(fraction)}%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:1px 0;"><tr><td style="${cellStyle(colour, height)}">&nbsp;</td></tr></table>`;
}

function cellStyle(colour: string, height: number): string {
  return `background:${colour};height:${height}px;font-size:0;line-height:0;`;
}

function chartTable(body: string): string {
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:4px 0 8px;">${body}</table>`;
}

/** At least 1 % so a small non-zero value stays visible. */
function percent(fraction: number): number {
  return Math.max(1, Math.round(fraction * 100));
}
