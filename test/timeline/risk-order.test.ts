import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import type { AtRiskEntry, Store } from '../../shared/ports.ts';
import { allItems } from '../../shared/timeline/all-items.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { replayRisk, shiftDay } from '../../shared/timeline/risk.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

const classifier = createLocalClassifier();
const clock = { now: () => new Date('2026-06-30T12:00:00.000Z') };
const TIME_ZONE = 'Asia/Shanghai';
const FIRST_DAY = '2026-05-01';
const SPAN_DAYS = 30;
const TEXT = { negative: '外卖送得太慢了，菜都凉了，很失望', positive: '菜很好吃，送得也快，非常满意，下次还点' } as const;
const IDENTITY = 'email:order@example.com';

/** One customer's message: its day in the span, its hour (some share an instant), negative or positive. */
const message = fc.record({ day: fc.integer({ min: 0, max: SPAN_DAYS - 1 }), hour: fc.integer({ min: 0, max: 23 }), label: fc.constantFrom('negative', 'positive') });
const orders = fc
  .array(message, { minLength: 1, maxLength: 8 })
  .map((messages) => messages.map((m, index): FeedbackEvent => ({
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('risk-order', `${index}`),
    channel: 'web',
    source: 'forms',
    kind: 'message',
    receivedAt: `${shiftDay(FIRST_DAY, m.day)}T${String(m.hour).padStart(2, '0')}:00:00.000Z`,
    identities: [IDENTITY],
    text: TEXT[m.label],
    metadata: {},
  })))
  .chain((events) => fc.tuple(fc.shuffledSubarray(events, { minLength: events.length }), fc.shuffledSubarray(events, { minLength: events.length })));

const withoutId = ({ customerId: _, ...entry }: AtRiskEntry) => entry;

/**
 * Everything at-risk detection leaves once the events are processed in this order: one by one,
 * or `together` at a time after the first (which makes the customer), so that a commit comes
 * between another's commit and its revision (two late positives, found by review).
 */
async function outcomeOf(store: Store, events: FeedbackEvent[], together = 1) {
  const processEvent = createEventProcessor({ store, classifier, clock, timeZone: TIME_ZONE });
  const [first, ...rest] = events;
  await processEvent(first!);
  for (let start = 0; start < rest.length; start += together) await Promise.all(rest.slice(start, start + together).map(processEvent));
  const customerId = (await store.getIdentityOwner(IDENTITY))!;
  const customer = (await store.getCustomer(customerId))!;
  // UTC hours fall on the span's days or the next in the reporting time zone.
  const days = Array.from({ length: SPAN_DAYS + 1 }, (_, day) => shiftDay(FIRST_DAY, day));
  const entries = (await store.listAtRisk(days, 10)).map(withoutId);
  // Customer ids come from the first message processed: the same person, named differently.
  const { entries: replayedEntries, atRisk, ...replayed } = replayRisk(customerId, await allItems(store, customerId));
  return {
    entries,
    negativeDays: customer.negativeDays,
    firstPositive: customer.firstPositive,
    atRisk: customer.atRisk,
    replayed: { ...replayed, ...(atRisk ? { atRisk: withoutId(atRisk) } : {}), entries: replayedEntries.map(withoutId).sort((a, b) => a.day.localeCompare(b.day)) },
  };
}

describe('at-risk flags whatever order one customer’s messages are processed in (found by audit)', () => {
  it('agree between two random orders on the local store, and with what an undo derives from the messages', async () => {
    await fc.assert(
      fc.asyncProperty(orders, async ([first, second]) => {
        const [one, other] = [await outcomeOf(new LocalStore(), first), await outcomeOf(new LocalStore(), second)];
        expect(other).toEqual(one);
        const { replayed, ...processed } = one;
        expect(processed).toEqual(replayed);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('agree when messages are processed a few at a time on the local store, as a batch\'s are', async () => {
    await fc.assert(
      fc.asyncProperty(orders, fc.integer({ min: 2, max: 4 }), async ([first, second], together) => {
        const [one, other] = [await outcomeOf(new LocalStore(), first), await outcomeOf(new LocalStore(), second, together)];
        expect(other).toEqual(one);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('agree between two random orders on DynamoDB Local', async () => {
    await fc.assert(
      fc.asyncProperty(orders, async ([first, second]) => {
        const dynamo = async () => (await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store;
        const [one, other] = [await outcomeOf(await dynamo(), first), await outcomeOf(await dynamo(), second)];
        expect(other).toEqual(one);
        const { replayed, ...processed } = one;
        expect(processed).toEqual(replayed);
      }),
      { numRuns: 12 },
    );
  }, 600_000);
});
