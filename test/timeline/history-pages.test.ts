/**
 * The complaint history behind repeated-complaint urgency is the customer's latest items however
 * the store pages them: DynamoDB ends a query at 1 MB read, so long messages give short pages
 * with a cursor in AWS that the embedded store never gives.
 */
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import type { Store } from '../../shared/ports.ts';
import { historyBefore } from '../../shared/timeline/history.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';

const complaint = (n: number): FeedbackEvent => ({
  schemaVersion: 1,
  feedbackId: deriveFeedbackId('history-pages', String(n)),
  channel: 'web',
  source: 'forms',
  kind: 'message',
  receivedAt: `2026-11-20T0${n}:00:00.000Z`,
  identities: ['phone:+8613800138000'],
  text: '退款申请提交一周了还没到账，客服也不回复',
  metadata: {},
});

/** The store answering every timeline page with one item and a cursor, as a 1 MB read of long items does. */
function shortPages(store: LocalStore): Store {
  const paged: Store = Object.create(store);
  paged.listTimeline = (customerId, query) => store.listTimeline(customerId, { ...query, maxBytes: 1 });
  return paged;
}

describe('complaint history read in short pages', () => {
  it('counts every earlier complaint, as one full page does', async () => {
    const store = new LocalStore();
    const process = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => new Date('2026-11-20T12:00:00.000Z') }, timeZone: 'Asia/Shanghai' });
    for (let n = 1; n <= 4; n += 1) await process(complaint(n));
    const customerId = (await store.getIdentityOwner('phone:+8613800138000'))!;
    const customer = (await store.getCustomer(customerId))!;
    const onePage = await historyBefore(store, customer, '2026-11-20T09:00:00.000Z');
    expect(onePage).toEqual({ recentComplaints: 4, unresolvedComplaints: 4 });
    expect(await historyBefore(shortPages(store), customer, '2026-11-20T09:00:00.000Z')).toEqual(onePage);
  });
});
