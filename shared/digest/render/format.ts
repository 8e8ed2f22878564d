import type { Digest, Metric } from '../types.ts';
import type { DigestLanguage, DigestMessages } from './messages.ts';

/** Whether a rise is good news: colours the ▲/▼ green or red (volume is neither). */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

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

export const formatCurrent = (metric: Metric, messages: DigestMessages) => formatValue(metric, metric.current, messages);
export const formatPrevious = (metric: Metric, messages: DigestMessages) => formatValue(metric, metric.previous, messages);

/**
 * The change against the previous period: counts as a difference and a percentage, shares in
 * percentage points, indexes, ratings and durations as a difference.
 */
export function formatChange(metric: Metric, polarity: Polarity, messages: DigestMessages): FormattedChange {
  const { current, previous } = metric;
  if (current === null || previous === null) return { arrow: '', text: messages.noData, tone: 'neutral' };
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
      const percent = previous > 0 ? ` (${signed(round((delta / previous) * 100, 0))}%)` : '';
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
  return messages.duration(Math.floor(totalMinutes / 60), totalMinutes % 60);
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
