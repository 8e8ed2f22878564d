import { deriveFeedbackId } from '../../shared/event.ts';
import type { Customer, FeedbackRecord } from '../../shared/model.ts';
import type { FeedbackCommit } from '../../shared/ports.ts';

/** A timeline record with sensible defaults, for store tests that do not go through the processor. */
export function record(overrides: Partial<FeedbackRecord> & { customerId: string; receivedAt: string }): FeedbackRecord {
  const feedbackId = overrides.feedbackId ?? deriveFeedbackId('test', `${overrides.customerId}${overrides.receivedAt}${Math.random()}`);
  return {
    feedbackId,
    originalCustomerId: overrides.customerId,
    channel: 'web',
    source: 'forms',
    kind: 'message',
    processedAt: overrides.receivedAt,
    identities: ['email:a@example.com'],
    text: '送餐太慢了',
    metadata: {},
    classification: {
      language: 'zh',
      sentiment: { label: 'negative', score: -0.7 },
      complaintTypes: [{ type: 'delivery', confidence: 0.9 }],
      intent: 'complaint',
      urgent: false,
      explanations: [],
    },
    status: 'open',
    day: overrides.receivedAt.slice(0, 10),
    ...overrides,
  };
}

export function customer(customerId: string, at: string, identities: string[] = []): Customer {
  return { customerId, createdAt: at, firstSeen: at, lastSeen: at, identities, counts: {} };
}

export function commitOf(item: FeedbackRecord, aggregateDeltas: Record<string, number> = { total: 1 }): FeedbackCommit {
  return {
    record: item,
    customer: { customerId: item.customerId, addIdentities: item.identities, seenAt: item.receivedAt, countDeltas: { total: 1 } },
    derive: () => ({ aggregateDeltas }),
  };
}

/**
 * The longest text an event carries, of CJK characters that do not compress (items are stored
 * Brotli-compressed): a few such items fill the megabyte one DynamoDB query reads.
 */
export function incompressibleText(seed: number): string {
  let state = seed;
  return Array.from({ length: 100_000 }, () => String.fromCharCode(0x4e00 + ((state = (state * 48_271) % 2_147_483_647) % 20_000))).join('');
}

/** `count` instants a minute apart from `start`. */
export function minutesFrom(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => new Date(Date.parse(start) + i * 60_000).toISOString());
}
