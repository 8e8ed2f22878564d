import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, DIGEST_DAYS, digestDayProblem, digestWindow, isoWeekStart, parseDay, startOfDay, windowInstants } from '../../shared/digest/period.ts';
import { reportingDay } from '../../shared/timeline/counters.ts';

const SHANGHAI = 'Asia/Shanghai';

describe('digest windows', () => {
  it('reports on yesterday in the reporting time zone, not in UTC', () => {
    // 16:30 UTC on 1 March is 00:30 on 2 March in Shanghai: yesterday there is 1 March.
    const window = digestWindow('daily', { now: new Date('2026-03-01T16:30:00Z'), timeZone: SHANGHAI });
    expect(window.days).toEqual(['2026-03-01']);
    expect(window.previous.days).toEqual(['2026-02-28']);
    // 15:59 UTC is still 1 March (23:59) in Shanghai: yesterday is 28 February.
    expect(digestWindow('daily', { now: new Date('2026-03-01T15:59:00Z'), timeZone: SHANGHAI }).days).toEqual(['2026-02-28']);
  });

  it('takes the trend chart from the seven days ending on the reported day', () => {
    const window = digestWindow('daily', { now: new Date(), timeZone: SHANGHAI, date: '2024-03-02' });
    expect(window.trendDays).toEqual(['2024-02-25', '2024-02-26', '2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
  });

  it('uses the last complete Monday–Sunday week by default', () => {
    // Monday 2026-11-23 08:00 in Shanghai: the week just finished is 16–22 November.
    const window = digestWindow('weekly', { now: new Date('2026-11-23T00:00:00Z'), timeZone: SHANGHAI });
    expect([window.start, window.end]).toEqual(['2026-11-16', '2026-11-22']);
    expect([window.previous.start, window.previous.end]).toEqual(['2026-11-09', '2026-11-15']);
    expect(window.days).toHaveLength(7);
    expect(window.trendDays).toEqual(window.days);
  });

  it('still treats Sunday evening UTC as the next Monday in Shanghai', () => {
    // Sunday 2026-11-22 16:00 UTC = Monday 00:00 in Shanghai, so 16–22 November is complete.
    const window = digestWindow('weekly', { now: new Date('2026-11-22T16:00:00Z'), timeZone: SHANGHAI });
    expect(window.start).toBe('2026-11-16');
    // One second earlier it is still Sunday there: the last complete week is 9–15 November.
    expect(digestWindow('weekly', { now: new Date('2026-11-22T15:59:59Z'), timeZone: SHANGHAI }).start).toBe('2026-11-09');
  });

  it('gives the week containing --date, across month and year ends', () => {
    const window = digestWindow('weekly', { now: new Date(), timeZone: SHANGHAI, date: '2027-01-01' });
    expect([window.start, window.end]).toEqual(['2026-12-28', '2027-01-03']);
    expect(window.previous.start).toBe('2026-12-21');
    expect(digestWindow('weekly', { now: new Date(), timeZone: SHANGHAI, date: '2026-11-29' }).start).toBe('2026-11-23');
  });

  it('is unaffected by daylight saving in a zone that has it', () => {
    // 2026-03-08 is the US spring-forward day: the day still has one label and the week seven.
    const window = digestWindow('weekly', { now: new Date(), timeZone: 'America/New_York', date: '2026-03-08' });
    expect(window.days).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    const daily = digestWindow('daily', { now: new Date('2026-03-09T03:30:00Z'), timeZone: 'America/New_York' });
    expect(daily.days).toEqual(['2026-03-07']);
  });

  it('rejects days that are not calendar days', () => {
    expect(() => parseDay('2026-02-30')).toThrow(RangeError);
    expect(() => parseDay('2026-2-3')).toThrow(RangeError);
    expect(() => digestWindow('daily', { now: new Date(), timeZone: SHANGHAI, date: 'yesterday' })).toThrow(RangeError);
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
  });

  it('covers every day from DIGEST_DAYS.first to .last, whose whole window (two weeks back, a day past its end) has four-digit years; refuses the days beyond (found by audit)', () => {
    const now = new Date('2026-11-23T00:30:00Z');
    for (const date of [DIGEST_DAYS.first, DIGEST_DAYS.last]) {
      expect(digestDayProblem(date)).toBeUndefined();
      for (const period of ['daily', 'weekly'] as const) {
        for (const timeZone of [SHANGHAI, 'America/New_York', 'Pacific/Kiritimati']) {
          const window = digestWindow(period, { now, timeZone, date });
          for (const range of [window, window.previous]) expect(windowInstants(range, timeZone).to, `${date} ${period} ${timeZone}`).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        }
      }
    }
    // 9999-12-31's window ended at 10000-01-01 (`+010000-01-01`), 0000-01-01's week began in year -1: a RangeError and a stack trace.
    for (const date of ['9999-12-31', '9999-01-01', '0000-01-01', '0000-12-31']) {
      expect(digestDayProblem(date)).toBe('outside the days a digest covers, 0001-01-01 to 9998-12-31');
      expect(() => digestWindow('weekly', { now, timeZone: SHANGHAI, date })).toThrow(RangeError);
    }
    expect(digestDayProblem('2026-02-30')).toBe('not a calendar day (YYYY-MM-DD)');
  });

  it('does day arithmetic on calendar labels', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(isoWeekStart('2026-11-22')).toBe('2026-11-16');
    expect(isoWeekStart('2026-11-16')).toBe('2026-11-16');
  });

  it('bounds a window by midnight in the reporting time zone, DST days included', () => {
    expect(windowInstants({ start: '2026-11-29', end: '2026-11-29', days: ['2026-11-29'] }, SHANGHAI)).toEqual({
      from: '2026-11-28T16:00:00.000Z',
      to: '2026-11-29T16:00:00.000Z',
    });
    expect(startOfDay('2026-11-29', 'UTC')).toBe('2026-11-29T00:00:00.000Z');
    // New York: 8 March 2026 starts in EST (−5), 9 March in EDT (−4); 1 November falls back.
    expect(startOfDay('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDay('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfDay('2026-11-02', 'America/New_York')).toBe('2026-11-02T05:00:00.000Z');
    expect(startOfDay('2026-06-01', 'Asia/Kolkata')).toBe('2026-05-31T18:30:00.000Z');
  });

  it('starts a day whose midnight the clocks jump over at the jump, not in the day before', () => {
    // Havana springs forward at 00:00 CST (05:00Z) to 01:00 CDT; Santiago at 00:00 −04 (04:00Z).
    expect(startOfDay('2026-03-08', 'America/Havana')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDay('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
    // Santiago falls back at 24:00: the 4th's last hour happens twice, the 5th starts once.
    expect(startOfDay('2026-04-05', 'America/Santiago')).toBe('2026-04-05T04:00:00.000Z');
    // Samoa skipped 30 December 2011: it begins, and ends, when the 31st begins.
    expect(startOfDay('2011-12-30', 'Pacific/Apia')).toBe('2011-12-30T10:00:00.000Z');
    expect(startOfDay('2011-12-31', 'Pacific/Apia')).toBe('2011-12-30T10:00:00.000Z');
    // Local mean time has seconds in its offset (Shanghai's +08:05:43 until 1901).
    expect(startOfDay('1900-06-01', SHANGHAI)).toBe('1900-05-31T15:54:17.000Z');
  });

  it('starts every day at its first instant, in every time zone, the days its clocks change included', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 1850, max: 2100 }), fc.integer({ min: 0, max: 364 }), (zone, year, dayOfYear) => {
        for (const day of [addDays(`${year}-01-01`, dayOfYear), ...daysAroundOffsetChanges(zone, year)]) expectFirstInstant(day, zone);
      }),
      { numRuns: 300 },
    );
  });
});

const MINUTE = 60_000;

/** The earliest instant whose local date is `day` (or later, for a day the zone skipped), checked from the outside. */
function expectFirstInstant(day: string, zone: string): void {
  const start = Date.parse(startOfDay(day, zone));
  const localDay = (instant: number) => reportingDay(new Date(instant), zone);
  const context = `${day} in ${zone}: ${new Date(start).toISOString()}`;
  expect(localDay(start - 1) < day, context).toBe(true);
  if (localDay(start) !== day) {
    expect(localDay(start) > day, context).toBe(true);
    expect(startOfDay(addDays(day, 1), zone), context).toBe(new Date(start).toISOString());
  }
  // Nothing earlier is already that day, wherever clocks went back.
  for (let before = start - 30 * 60 * MINUTE; before < start; before += 10 * MINUTE) expect(localDay(before) < day, context).toBe(true);
}

/** The days on either side of each change of the zone's UTC offset in a year, found by noon. */
function daysAroundOffsetChanges(zone: string, year: number): string[] {
  const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  const offsetAt = (day: string) => offsetName.formatToParts(new Date(`${day}T12:00:00Z`)).find((part) => part.type === 'timeZoneName')?.value;
  const days: string[] = [];
  for (let day = `${year}-01-01`; day.startsWith(`${year}`); day = addDays(day, 1)) {
    if (offsetAt(day) !== offsetAt(addDays(day, -1))) days.push(addDays(day, -1), day, addDays(day, 1));
  }
  return days;
}
