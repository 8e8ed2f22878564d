/**
 * A message whose verified identities prove two customers one person, when the merge would leave
 * one customer past the identity bound (identity/bounds.ts): the merge is not made, a suggestion
 * records it, and the message is committed, also when the two grow past the bound between the
 * processor's read and its merge (the store refuses; the event is resolved again).
 */
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { MAX_IDENTITIES } from '../../shared/identity/bounds.ts';
import type { MergeRequest } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';

const NOW = new Date('2026-11-25T00:00:00Z');
const AT = NOW.toISOString();

/** The local store, where someone adds identities to the absorbed side just before the first merge is begun. */
class GrowingBeforeMerge extends LocalStore {
  grown = false;
  override async beginMerge(request: MergeRequest) {
    if (!this.grown) {
      this.grown = true;
      for (let i = 0; i < 50; i += 1) await this.addIdentity({ customerId: request.absorbedId, identity: `form:late${i}`, at: AT, by: 'agent', reason: 'typed in meanwhile' });
    }
    return super.beginMerge(request);
  }
}

describe('a merge the identity bound refuses', () => {
  it('grown past the bound between the read and the merge: no merge, an open suggestion, the message on the oldest customer', async () => {
    const store = new GrowingBeforeMerge();
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => NOW }, timeZone: 'Asia/Shanghai' });
    const send = async (id: string, identities: string[], receivedAt: string) => {
      const event = messageEvent('identity-bound', id, identities, receivedAt, '快递三天还没到', { verifiedBy: 'sms' });
      await processEvent(event);
      return (await store.getFeedback(event.feedbackId))!;
    };
    const older = await send('older', ['phone:+8613800138000'], '2026-11-20T01:00:00.000Z');
    const newer = await send('newer', ['email:newer@example.com'], '2026-11-20T02:00:00.000Z');
    for (let i = 0; i < 55; i += 1) await store.addIdentity({ customerId: older.customerId, identity: `wechat:o${i}`, at: AT, by: 'agent', reason: 'confirmed' });
    const both = await send('both', ['phone:+8613800138000', 'email:newer@example.com'], '2026-11-21T01:00:00.000Z');
    expect(store.grown).toBe(true);
    expect(both.customerId).toBe(older.customerId);
    expect((await store.getCustomer(newer.customerId))!.mergedInto).toBeUndefined();
    expect(await store.listMerges(older.customerId)).toEqual([]);
    expect((await store.getCustomer(older.customerId))!.identities.length + (await store.getCustomer(newer.customerId))!.identities.length).toBeGreaterThan(MAX_IDENTITIES);
    const { items } = await store.listMergeSuggestions('open', { limit: 10 });
    expect(items).toEqual([expect.objectContaining({ customerId: older.customerId, otherCustomerId: newer.customerId, feedbackId: both.feedbackId })]);
  });
});
