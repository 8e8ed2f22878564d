import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import type { MergeRecord } from '../../shared/model.ts';
import { reportingDay } from '../../shared/timeline/counters.ts';
import { newCountOfMerge, newCountOfUndo } from '../../shared/timeline/new-customers.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';

const TIME_ZONE = 'Asia/Shanghai';
const classifier = createLocalClassifier();
const clock = { now: () => new Date('2026-12-01T00:00:00.000Z') };
const EMAIL = 'email:ooo@example.com';
const PHONE = 'phone:+8613900139000';
const WEEK = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'];

/** One person's message: when, and which of their identities it names (verified, as an import's are). */
const personMessage = fc.record({
  at: fc.integer({ min: Date.parse('2026-11-15T16:00:00.000Z'), max: Date.parse('2026-11-22T15:59:59.000Z') }),
  names: fc.constantFrom<string[]>([EMAIL], [PHONE], [EMAIL, PHONE]),
});

function eventOf(index: number, { at, names }: { at: number; names: string[] }): FeedbackEvent {
  return {
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('new-customers-property', String(index)),
    channel: 'email',
    source: 'import',
    kind: 'message',
    receivedAt: new Date(at).toISOString(),
    identities: names,
    verifiedIdentities: names,
    text: '物流太慢了，等了一个星期',
    metadata: {},
  };
}

async function newCustomersByDay(events: FeedbackEvent[]): Promise<Record<string, number>> {
  const store = new LocalStore();
  const processEvent = createEventProcessor({ store, classifier, clock, timeZone: TIME_ZONE });
  for (const event of events) await processEvent(event);
  const counters = await store.getDailyCounters(WEEK);
  return Object.fromEntries(WEEK.map((day) => [day, counters.get(day)?.['customers.new'] ?? 0]));
}

describe('new customers, whatever order one person\'s messages are processed in', () => {
  it('counts the person once, on the reporting day of their earliest message, as processing them in time order does', async () => {
    const messages = fc
      .array(personMessage, { minLength: 1, maxLength: 6 })
      // At least one message names both identities: the two customers they start as are proven one person.
      .map((list) => [...list.slice(1), { ...list[0]!, names: [EMAIL, PHONE] }]);
    await fc.assert(
      fc.asyncProperty(messages.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list.map((_, index) => index), { minLength: list.length }))), async ([list, order]) => {
        const events = list.map((message, index) => eventOf(index, message));
        const inTimeOrder = [...events].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
        const earliest = reportingDay(inTimeOrder[0]!.receivedAt, TIME_ZONE);
        const expected = Object.fromEntries(WEEK.map((day) => [day, day === earliest ? 1 : 0]));
        expect(await newCustomersByDay(inTimeOrder)).toEqual(expected);
        expect(await newCustomersByDay(order.map((index) => events[index]!))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('new-customer counts of a merge recorded before the merged day was kept', () => {
  const legacy = { absorbedNewOnDay: '2026-06-03' } as MergeRecord;

  it('are what that merge did: the absorbed customer off its own day, and back on it by the undo, the survivor\'s day left alone', () => {
    expect(newCountOfMerge(legacy)).toEqual({ change: { '2026-06-03': -1 } });
    expect(newCountOfUndo(legacy, { newOnDay: '2026-06-10' })).toEqual({ change: { '2026-06-03': 1 }, survivorNewOnDay: '2026-06-10' });
  });
});
