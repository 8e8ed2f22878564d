import { reportingDay } from '../timeline/counters.ts';

export const DIGEST_PERIODS = ['daily', 'weekly'] as const;
export type DigestPeriod = (typeof DIGEST_PERIODS)[number];

/** A run of whole reporting days, first to last inclusive. */
export interface DayRange {
  start: string;
  end: string;
  days: string[];
}

export interface DigestWindow extends DayRange {
  period: DigestPeriod;
  /** The period just before, for the ▲/▼ comparisons. */
  previous: DayRange;
  /** Days shown on the trend chart: the week for weekly digests, the last seven days for daily ones. */
  trendDays: string[];
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/**
 * The window a digest covers. Without `date`, the last complete period before `now` in the
 * reporting time zone (yesterday, or last Monday–Sunday week), because a digest sent in the
 * morning reports on what is finished. With `date`, the period containing that day.
 */
export function digestWindow(
  period: DigestPeriod,
  options: { now: Date; timeZone: string; date?: string },
): DigestWindow {
  const anchor = options.date === undefined ? undefined : parseDay(options.date);
  const today = reportingDay(options.now, options.timeZone);
  if (period === 'daily') {
    const day = anchor ?? addDays(today, -1);
    return {
      period,
      ...dayRange(day, 1),
      previous: dayRange(addDays(day, -1), 1),
      trendDays: dayRange(addDays(day, -6), 7).days,
    };
  }
  const start = anchor === undefined ? addDays(isoWeekStart(today), -7) : isoWeekStart(anchor);
  const current = dayRange(start, 7);
  return { period, ...current, previous: dayRange(addDays(start, -7), 7), trendDays: current.days };
}

/**
 * Whether a window's last day is over in the reporting time zone: until then its digest shows
 * the period so far, not the period.
 */
export function hasEnded(range: DayRange, now: Date, timeZone: string): boolean {
  return range.end < reportingDay(now, timeZone);
}

/** Validates a YYYY-MM-DD calendar day (rejects 2026-02-30). */
export function parseDay(day: string): string {
  if (!DAY_PATTERN.test(day) || toUtcDate(day).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  }
  return day;
}

/**
 * Day labels are calendar dates, not instants, so adding days in UTC is exact: the reporting
 * time zone only decides which label an instant gets, and has no DST gaps for whole days.
 */
export function addDays(day: string, days: number): string {
  return new Date(toUtcDate(day).getTime() + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Monday of the ISO week containing `day`. */
export function isoWeekStart(day: string): string {
  const weekday = toUtcDate(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

function dayRange(start: string, length: number): DayRange {
  const days = Array.from({ length }, (_, index) => addDays(start, index));
  return { start, end: days[days.length - 1] ?? start, days };
}

function toUtcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * The instants a window covers, `[from, to)` as ISO strings: midnight of its first day to
 * midnight after its last, in the reporting time zone. Lists of items use it, so an item received
 * at 00:10 belongs to the day it was received on there, as it does in the counters.
 */
export function windowInstants(range: DayRange, timeZone: string): { from: string; to: string } {
  return { from: startOfDay(range.start, timeZone), to: startOfDay(addDays(range.end, 1), timeZone) };
}

/** The first instant of a calendar day in a time zone. */
export function startOfDay(day: string, timeZone: string): string {
  const midnightAsUtc = toUtcDate(parseDay(day)).getTime();
  // The offset at the guess decides the instant; asking again at the result settles DST changes.
  let instant = midnightAsUtc - zoneOffset(midnightAsUtc, timeZone);
  instant = midnightAsUtc - zoneOffset(instant, timeZone);
  return new Date(instant).toISOString();
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  const wallClock = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wallClock - (instant - (((instant % 1000) + 1000) % 1000));
}
