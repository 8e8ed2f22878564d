import { startOfDay } from '../digest/period.ts';
import type { Customer, FeedbackRecord } from '../model.ts';
import type { AtRiskEntry, Store, TimelineQuery } from '../ports.ts';
import { allItems } from './all-items.ts';
import { flagsByDay, placeOf, RISK_WINDOW_DAYS, riskMessageOf, shiftDay } from './risk.ts';

/** The timeline index usually lists a commit within a second: a few short waits for the message itself. */
const INDEX_ATTEMPTS = 3;
const INDEX_LAG_WAIT_MS = 100;

/**
 * A message received before its customer's last-seen instant came late (a redelivery, a DLQ
 * redrive, a batch's records in parallel, a backfill, late mail), after messages it comes before:
 * their flags were decided without it. Once it has committed, theirs are decided again by the
 * rule of `flagsByDay`, as if it had come in order, and raised (an entry only gains negatives or
 * a flag from a message before it, so nothing is taken back):
 * - a negative, on the 7 days it counts into (its own and the 6 after), from the customer's items
 *   of those days and the 6 before (a bounded read);
 * - a positive that was the customer's first when it committed, on the days of the negatives
 *   after it up to the positive that was first before (`committed.firstPositiveBefore`; none, or
 *   unknown as on a redelivery, up to the latest item): a negative alone in its week is now
 *   after a positive. It does so even when an earlier positive has committed since: that one's
 *   revision reads only up to the first positive its own commit saw, maybe this one, so the
 *   stretch after this one is this one's to revise (its negatives are after a positive either
 *   way). A positive not first when it committed has nothing to revise: the negatives after it
 *   were after that first one already. Each stretch ends where the previous first positive's
 *   starts, so these reads never cover the same items twice however a backfill is ordered.
 * The customer's first positive is the profile's as the store reads it (found on the timeline
 * once for a profile from before it was kept: `firstPositiveOf`); the items come from the
 * timeline index, which lags commits: the message itself is waited for, and a message of the
 * customer committed meanwhile and not yet listed revises what it comes before in turn.
 */
export async function reviseLaterRisk(store: Store, record: FeedbackRecord, timeZone: string, committed?: { firstPositiveBefore?: string }): Promise<void> {
  const message = riskMessageOf(record);
  if (message.label === 'other') return;
  const place = placeOf(message);
  const firstPositiveBefore = committed?.firstPositiveBefore;
  if (message.label === 'positive' && firstPositiveBefore !== undefined && firstPositiveBefore < place) return;
  await store.raiseAtRisk(record.customerId, async (current) => {
    const known = await firstPositiveOf(store, current);
    // This positive itself may be the earliest one the profile does not know of yet (a profile from before it was kept).
    const firstPositive = message.label === 'positive' && (known === undefined || place < known) ? place : known;
    const learned = firstPositive !== current.firstPositive ? { firstPositive } : {};
    if (message.label === 'negative') {
      const lastDay = shiftDay(message.day, RISK_WINDOW_DAYS - 1);
      const items = await listedWith(record, () => itemsOfDays(store, record.customerId, shiftDay(message.day, -(RISK_WINDOW_DAYS - 1)), lastDay, timeZone));
      return { ...learned, entries: [...flagsByDay(record.customerId, items.map(riskMessageOf), firstPositive).values()].filter(({ day }) => day >= message.day && day <= lastDay) };
    }
    const [receivedAt, feedbackId] = firstPositiveBefore?.split('#') ?? [];
    const upTo: Pick<TimelineQuery, 'after'> = receivedAt && feedbackId ? { after: { receivedAt, feedbackId } } : {};
    const items = await listedWith(record, () => allItems(store, record.customerId, { ...upTo, downTo: { receivedAt: startOfDay(shiftDay(message.day, -(RISK_WINDOW_DAYS - 1)), timeZone), feedbackId: '' } }));
    return { ...learned, entries: [...flagsByDay(record.customerId, items.map(riskMessageOf), firstPositive).values()].filter(isAfterPositive) };
  });
}

/**
 * The customer's first positive. A profile written before `firstPositive` was kept counts its
 * positives without naming the first: it is found once on the customer's timeline (the earliest
 * positive item) and kept by the revision, so each such customer pays one full read.
 */
async function firstPositiveOf(store: Store, customer: Customer): Promise<string | undefined> {
  if (customer.firstPositive !== undefined || !((customer.counts['sentiment.positive'] ?? 0) > 0)) return customer.firstPositive;
  const positives = (await allItems(store, customer.customerId)).map(riskMessageOf).filter(({ label }) => label === 'positive');
  return positives.map(placeOf).sort()[0];
}

/** The customer's items received on the reporting days `first` to `last`. */
function itemsOfDays(store: Store, customerId: string, first: string, last: string, timeZone: string): Promise<FeedbackRecord[]> {
  return allItems(store, customerId, { receivedBefore: startOfDay(shiftDay(last, 1), timeZone), downTo: { receivedAt: startOfDay(first, timeZone), feedbackId: '' } });
}

/** The items `read` lists, once they list the message itself (a few short waits for the index), and with it in any case. */
async function listedWith(record: FeedbackRecord, read: () => Promise<FeedbackRecord[]>): Promise<FeedbackRecord[]> {
  for (let attempt = 1; ; attempt += 1) {
    const items = await read();
    if (items.some((item) => item.feedbackId === record.feedbackId)) return items;
    if (attempt >= INDEX_ATTEMPTS) return [...items, record];
    await new Promise((resolve) => setTimeout(resolve, INDEX_LAG_WAIT_MS * attempt));
  }
}

function isAfterPositive(entry: AtRiskEntry): boolean {
  return entry.reason === 'negative_after_positive';
}
