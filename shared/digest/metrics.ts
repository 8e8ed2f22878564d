import type { Counters } from '../model.ts';
import { COUNTER } from '../timeline/counters.ts';
import type { Metric } from './types.ts';

/** Adds up the daily counter items of the given days. */
export function sumCounters(daily: Map<string, Counters>, days: readonly string[]): Counters {
  const sum: Counters = {};
  for (const day of days) {
    for (const [name, value] of Object.entries(daily.get(day) ?? {})) sum[name] = (sum[name] ?? 0) + value;
  }
  return sum;
}

export function count(counters: Counters, name: string): number {
  return counters[name] ?? 0;
}

/** Null when there is nothing to divide by, so "no data" never shows as 0 %. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

export function metric(unit: Metric['unit'], current: number | null, previous: number | null): Metric {
  return { unit, current, previous };
}

/** Pairs the same derived figure for the period and the one before. */
export function compare(
  unit: Metric['unit'],
  current: Counters,
  previous: Counters,
  derive: (counters: Counters) => number | null,
): Metric {
  return metric(unit, derive(current), derive(previous));
}

/** % positive − % negative messages, −100..100 (on the same scale as NPS). */
export function satisfactionIndex(counters: Counters): number | null {
  const positive = count(counters, COUNTER.sentiment('positive'));
  const negative = count(counters, COUNTER.sentiment('negative'));
  const net = ratio(positive - negative, count(counters, COUNTER.messages));
  return net === null ? null : net * 100;
}

/** Share of ratings that were 4 or 5. */
export function csatShare(counters: Counters): number | null {
  return ratio(count(counters, COUNTER.ratingSatisfied), count(counters, COUNTER.ratingCount));
}

export function meanRating(counters: Counters): number | null {
  return ratio(count(counters, COUNTER.ratingSum), count(counters, COUNTER.ratingCount));
}

/** % promoters (9–10) − % detractors (0–6), −100..100. */
export function npsScore(counters: Counters): number | null {
  const answers = count(counters, COUNTER.npsCount);
  const net = ratio(count(counters, COUNTER.npsPromoters) - count(counters, COUNTER.npsDetractors), answers);
  return net === null ? null : net * 100;
}

export function meanSeconds(counters: Counters, secondsName: string, countName: string): number | null {
  return ratio(count(counters, secondsName), count(counters, countName));
}

/** Complaint types seen in either period with their counts, from the `complaint.<type>` counters. */
export function complaintCounts(counters: Counters): Map<string, number> {
  const prefix = COUNTER.complaint('');
  const counts = new Map<string, number>();
  for (const [name, value] of Object.entries(counters)) {
    if (name.startsWith(prefix) && value > 0) counts.set(name.slice(prefix.length), value);
  }
  return counts;
}
