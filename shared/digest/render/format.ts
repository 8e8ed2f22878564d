import type { Digest, Metric } from '../types.ts';
import type { DigestLanguage, DigestMessages } from './messages.ts';

/** Whether a rise is good news: colours the ▲/▼ green or red (volume is neither). */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

/** Fewer answers than this and a rate is shown as "too few", never as a figure or a headline. */
export const MIN_SAMPLE = 10;
/** A change on a base smaller than this is shown in items only: +20, not +2,000 %. */
export const MIN_PERCENT_BASE = 10;

/** Whether the value on that side rests on enough answers to be shown. */
export function hasEnoughSample(metric: Metric, side: 'current' | 'previous' = 'current'): boolean {
  return metric.sample === undefined || metric.sample[side] >= MIN_SAMPLE;
}

export interface FormattedChange {
  arrow: '▲' | '▼' | '＝' | '';
  text: string;
  tone: 'good' | 'bad' | 'neutral';
}

export function formatValue(metric: Metric, value: number | null, messages: DigestMessages): string {
  if (value === null) return messages.noData;
  switch (metric.unit) {
    case 'count':
      return value.toLocaleString('en-US');
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'index':
      return signed(round(value, 1));
    case 'rating':
      return `${value.toFixed(2)} / 5`;
    case 'seconds':
      return formatDuration(value, messages);
  }
}

export const formatCurrent = (metric: Metric, messages: DigestMessages) => formatSide(metric, 'current', messages);
export const formatPrevious = (metric: Metric, messages: DigestMessages) => formatSide(metric, 'previous', messages);

/** A rate with its sample size, or "too few" below the minimum; other figures as they are. */
function formatSide(metric: Metric, side: 'current' | 'previous', messages: DigestMessages): string {
  const value = metric[side];
  if (!metric.sample) return formatValue(metric, value, messages);
  const sample = metric.sample[side];
  if (sample === 0 || value === null) return messages.noData;
  if (sample < MIN_SAMPLE) return messages.tooFew(sample);
  return `${formatValue(metric, value, messages)}${messages.sampleSize(sample)}`;
}

/**
 * The change against the previous period: counts as a difference and a percentage, shares in
 * percentage points, indexes, ratings and durations as a difference.
 */
export function formatChange(metric: Metric, polarity: Polarity, messages: DigestMessages): FormattedChange {
  const { current, previous } = metric;
  if (current === null || previous === null || !hasEnoughSample(metric, 'current') || !hasEnoughSample(metric, 'previous')) {
    return { arrow: '', text: messages.noData, tone: 'neutral' };
  }
  const delta = current - previous;
  const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '＝';
  const tone =
    delta === 0 || polarity === 'neutral'
      ? 'neutral'
      : (delta > 0) === (polarity === 'higher-is-better')
        ? 'good'
        : 'bad';
  return { arrow, text: changeText(metric, delta, messages), tone };
}

function changeText(metric: Metric, delta: number, messages: DigestMessages): string {
  switch (metric.unit) {
    case 'count': {
      const previous = metric.previous ?? 0;
      const percent = previous >= MIN_PERCENT_BASE ? ` (${signed(round((delta / previous) * 100, 0))}%)` : '';
      return `${signed(delta)}${percent}`;
    }
    case 'share':
      return `${signed(round(delta * 100, 1))} ${messages.percentagePoints}`;
    case 'index':
      return signed(round(delta, 1));
    case 'rating':
      return signed(round(delta, 2));
    case 'seconds':
      return `${delta > 0 ? '+' : '−'}${formatDuration(Math.abs(delta), messages)}`;
  }
}

/** A complaint type in the digest's language, falling back to its id. */
export function typeName(digest: Digest, type: string, language: DigestLanguage): string {
  return digest.complaintTypeNames[type]?.[language] ?? type;
}

export function formatDuration(seconds: number, messages: DigestMessages): string {
  const totalMinutes = Math.round(seconds / 60);
  const totalHours = Math.floor(totalMinutes / 60);
  return messages.duration(Math.floor(totalHours / 24), totalHours % 24, totalMinutes % 60);
}

/** `<console>#/customers/<id>` or `#/feedback/<id>`; undefined when the digest has no console. */
export function consoleLink(digest: Digest, kind: 'customers' | 'feedback', id: string): string | undefined {
  return digest.consoleUrl ? `${digest.consoleUrl}#/${kind}/${encodeURIComponent(id)}` : undefined;
}

/** 2026-11-24T03:05:00Z → `2026-11-24 11:05` in the reporting time zone. */
export function formatInstant(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export function periodLabel(start: string, end: string): string {
  return start === end ? start : `${start} – ${end}`;
}

function signed(value: number): string {
  if (value === 0) return '0';
  return value > 0 ? `+${value.toLocaleString('en-US')}` : `−${Math.abs(value).toLocaleString('en-US')}`;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
