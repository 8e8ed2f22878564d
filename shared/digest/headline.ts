import type { Counters } from '../model.ts';
import { COUNTER } from '../timeline/counters.ts';
import { complaintCounts, count } from './metrics.ts';
import type { CustomerAtRisk, Headline, UrgentItem } from './types.ts';

/**
 * What a manager reads first: the complaint type that moved most (by items, not by percentage,
 * so a rise from 1 to 3 does not outshout one from 40 to 60), falling back to the customer messages; the
 * period's urgent items still open and the oldest of them all (listed or not); and the customer to call, the one
 * with most negatives in a week (the at-risk list's first).
 */
export function buildHeadline(
  current: Counters,
  previous: Counters,
  urgent: { open: UrgentItem[]; moreOpen: boolean; oldest?: UrgentItem },
  atRisk: CustomerAtRisk[],
): Headline {
  return {
    change: biggestChange(current, previous),
    urgent: { open: urgent.open.length, more: urgent.moreOpen, ...(urgent.oldest ? { oldest: urgent.oldest } : {}) },
    ...(atRisk[0] ? { call: atRisk[0] } : {}),
  };
}

function biggestChange(current: Counters, previous: Counters): Headline['change'] {
  const now = complaintCounts(current);
  const before = complaintCounts(previous);
  let best: Extract<Headline['change'], { kind: 'complaint' }> | undefined;
  // In name order, so a tie goes to the first name, as the top list orders one: the counters' own
  // order is the store's (insertion locally, DynamoDB's attribute order in AWS), and the two differ.
  for (const type of [...new Set([...now.keys(), ...before.keys()])].sort()) {
    const candidate = { kind: 'complaint' as const, type, current: now.get(type) ?? 0, previous: before.get(type) ?? 0 };
    const size = Math.abs(candidate.current - candidate.previous);
    const bestSize = best ? Math.abs(best.current - best.previous) : 0;
    if (size > bestSize || (best && size === bestSize && candidate.current > best.current)) best = candidate;
  }
  if (best) return best;
  // Customer messages, not every item: a wave of SMS opt-outs after a campaign or of WeChat follows
  // after a QR poster is no change in what customers said.
  const messages = { current: count(current, COUNTER.messages), previous: count(previous, COUNTER.messages) };
  return messages.current === messages.previous ? { kind: 'none' } : { kind: 'volume', ...messages };
}
