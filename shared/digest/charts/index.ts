import type { Digest } from '../types.ts';
import { CHART_DENSITY } from './raster.ts';
import { comparisonBarChart, PERIOD_COLOURS, sentimentTrendChart } from './charts.ts';

export interface ChartImage {
  contentId: string;
  filename: string;
  contentType: 'image/png';
  content: Buffer;
  /** CSS pixels the HTML shows it at (the PNG has twice as many for sharp high-DPI display). */
  width: number;
  height: number;
}

export type ChartName = 'sentiment-trend' | 'channel-volume' | 'complaint-types';

/** The digest's charts as PNGs, keyed by name; the complaint chart only when there are complaints. */
export function renderDigestCharts(digest: Digest): Map<ChartName, ChartImage> {
  const charts = new Map<ChartName, ChartImage>();
  charts.set('sentiment-trend', image('sentiment-trend', sentimentTrendChart(digest.trend)));
  charts.set(
    'channel-volume',
    image(
      'channel-volume',
      comparisonBarChart(
        digest.volume.byChannel.map(({ channel, count }, index) => ({
          label: channel,
          fallbackLabel: `#${index + 1}`,
          current: count.current ?? 0,
          previous: count.previous ?? 0,
        })),
        PERIOD_COLOURS.channel,
      ),
    ),
  );
  if (digest.complaints.top.length > 0) {
    charts.set(
      'complaint-types',
      image(
        'complaint-types',
        comparisonBarChart(
          digest.complaints.top.map(({ type, count }, index) => ({
            // The chart's pixel font is ASCII: English names; the HTML table beside it has both.
            label: digest.complaintTypeNames[type]?.en ?? type,
            fallbackLabel: `#${index + 1}`,
            current: count.current ?? 0,
            previous: count.previous ?? 0,
          })),
          PERIOD_COLOURS.complaint,
        ),
      ),
    );
  }
  return charts;
}

function image(name: ChartName, content: Buffer): ChartImage {
  // PNG IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
  return {
    contentId: `${name}@feedback-digest`,
    filename: `${name}.png`,
    contentType: 'image/png',
    content,
    width: content.readUInt32BE(16) / CHART_DENSITY,
    height: content.readUInt32BE(20) / CHART_DENSITY,
  };
}
