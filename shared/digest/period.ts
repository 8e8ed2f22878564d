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
 * The days a digest may be asked for. Its window reaches two weeks back (the week before a week)
 * and a day past its end (where its instants stop): around 9999-12-31 or 0000-01-01 that left the
 * four-digit years, where a day label is no longer YYYY-MM-DD (`+010000-01-01`).
 */
export const DIGEST_DAYS = { first: '0001-01-01', last: '9998-12-31' } as const;

/** Why `value` cannot be a digest's `date`, or undefined when it can. */
export function digestDayProblem(value: string): string | undefined {
  if (!isCalendarDay(value)) return 'not a calendar day (YYYY-MM-DD)';
  if (value < DIGEST_DAYS.first || value > DIGEST_DAYS.last) return `outside the days a digest covers, ${DIGEST_DAYS.first} to ${DIGEST_DAYS.last}`;
  return undefined;
}

/**
 * The window a digest covers. Without `date`, the last complete period before `now` in the
 * reporting time zone (yesterday, or last Monday–Sunday week), because a digest sent in the
 * morning reports on what is finished. With `date`, the period containing that day.
 */
export function digestWindow(
  period: DigestPeriod,
  options: { now: Date; timeZone: string; date?: string },
): DigestWindow {
  const anchor = options.date === undefined ? undefined : digestDay(options.date);
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
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  return day;
}

function isCalendarDay(day: string): boolean {
  if (!DAY_PATTERN.test(day)) return false;
  const date = toUtcDate(day);
  // Month 13 or day 45 is no date at all (toISOString would throw); 02-30 is read as 03-02.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** Callers check a date the user gave with digestDayProblem first: one they did not is a bug. */
function digestDay(day: string): string {
  const problem = digestDayProblem(day);
  if (problem !== undefined) throw new RangeError(`${day}: ${problem}`);
  return day;
}

/**
 * Day labels are calendar dates, not instants, so adding days in UTC is exact: the reporting
 * time zone only decides which label an instant gets (a day it skipped gets none, see startOfDay).
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
 * The instants a window covers, `[from, to)` as ISO strings: the first instant of its first day
 * to the first instant of the day after its last, in the reporting time zone. Lists of items use
 * it, so an item received at 00:10 belongs to the day it was received on there, as it does in the
 * counters.
 */
export function windowInstants(range: DayRange, timeZone: string): { from: string; to: string } {
  return { from: startOfDay(range.start, timeZone), to: startOfDay(addDays(range.end, 1), timeZone) };
}

/**
 * The first instant of a calendar day in a time zone: the earliest whose local date is that day.
 * Where clocks jump over midnight (Havana and Santiago spring forward at 00:00) the day begins
 * at the jump, at 01:00; a day the zone skipped (Samoa's 2011-12-30) begins when the next one
 * does, so its window is empty.
 */
export function startOfDay(day: string, timeZone: string): string {
  const midnight = toUtcDate(parseDay(day)).getTime();
  // No zone's offset changes twice within two days (tzdb 1850–2100), so the offsets a day either
  // side and at midnight are every one its midnight can be read with.
  const offsets = new Set([-MS_PER_DAY, 0, MS_PER_DAY].map((shift) => zoneOffset(midnight + shift, timeZone)));
  const readings = [...offsets].map((offset) => midnight - offset).sort((a, b) => a - b);
  // A reading is local midnight when the zone has its offset at that instant; the earliest is
  // the first of a midnight that happened twice (clocks set back across it).
  const exact = readings.find((instant) => instant + zoneOffset(instant, timeZone) === midnight);
  if (exact !== undefined) return new Date(exact).toISOString();
  // Midnight never happened: the day began with the jump, between the earliest reading (still
  // the day before) and the latest (already the day).
  return new Date(firstInstant(readings[0]!, readings.at(-1)!, (instant) => instant + zoneOffset(instant, timeZone) >= midnight)).toISOString();
}

/** The first millisecond in `(before, atMost]` at which `reached` holds, given that it holds from there on. */
function firstInstant(before: number, atMost: number, reached: (instant: number) => boolean): number {
  let [low, high] = [before, atMost];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (reached(middle)) high = middle;
    else low = middle;
  }
  return high;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const OFFSET_PATTERN = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * How far the zone's wall clock is ahead of UTC at an instant, in milliseconds: read as an
 * offset (`GMT+05:30`, local mean time's `GMT+08:05:43`), so no year, era or 24:00 of a
 * formatted date enters the sum.
 */
function zoneOffset(instant: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = OFFSET_PATTERN.exec(name);
  if (!match) throw new RangeError(`no UTC offset for ${timeZone}: "${name}"`);
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  return (sign === '-' ? -1 : 1) * ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}
