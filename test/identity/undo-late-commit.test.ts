import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import type { FeedbackCommit } from '../../shared/ports.ts';
import { mergeCustomers, undoMerge } from '../../shared/identity/merges.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';

const classifier = createLocalClassifier();
const A_PHONE = 'phone:+8613800138551';
const B_MAIL = 'email:b-late@example.com';

function verified(id: string, identities: string[], receivedAt: string): FeedbackEvent {
  return { schemaVersion: 1, feedbackId: deriveFeedbackId('undo-late-commit', id), channel: 'email', source: 'email', kind: 'message', receivedAt, identities, verifiedIdentities: identities, text: '退款还没到，请尽快处理', metadata: {} };
}

/**
 * A message of the absorbed customer is resolved to the merged customer, and its commit is held
 * back (a slow classification, SDK retries) until the merge has been undone and the undo has
 * finished handing items back: the message still goes with the absorbed customer.
 */
describe('a message resolved through a merge that is undone before it commits', () => {
  it('goes with the customer its identity leads to after the undo', async () => {
    const local = new LocalStore();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reachedCommit: () => void = () => {};
    const atCommit = new Promise<void>((resolve) => (reachedCommit = resolve));
    const late = verified('late', [B_MAIL], '2026-11-20T13:00:00.000Z');
    let holdOnce = true;
    const store = new Proxy(local, {
      get(target, name, receiver) {
        if (name === 'commitFeedback') {
          return async (commit: FeedbackCommit) => {
            if (commit.record.feedbackId === late.feedbackId && holdOnce) {
              holdOnce = false;
              reachedCommit();
              await held;
            }
            return target.commitFeedback(commit);
          };
        }
        const value = Reflect.get(target, name, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const now = new Date('2026-11-20T12:00:00Z');
    const processEvent = createEventProcessor({ store, classifier, clock: { now: () => now }, timeZone: 'Asia/Shanghai' });
    await processEvent(verified('a1', [A_PHONE], '2026-11-18T01:00:00.000Z'));
    await processEvent(verified('b1', [B_MAIL], '2026-11-19T01:00:00.000Z'));
    const [a, b] = [(await store.getIdentityOwner(A_PHONE))!, (await store.getIdentityOwner(B_MAIL))!];
    const merged = await mergeCustomers(store, { survivorId: a, absorbedId: b, mergedAt: now.toISOString(), by: 'key_1', reason: 'same person' });
    if (merged.status !== 'merged') throw new Error(`not merged: ${merged.status}`);

    const processing = processEvent(late);
    await atCommit;
    expect((await undoMerge(store, { mergeId: merged.mergeId, at: now.toISOString(), by: 'key_2' })).status).toBe('undone');
    release();
    expect(await processing).toMatchObject({ status: 'written', customerId: b });
    expect((await store.getFeedback(late.feedbackId))!.customerId).toBe(b);
    expect((await store.getCustomer(b))!.counts.total).toBe(2);
    expect((await store.getCustomer(a))!.counts.total).toBe(1);
  });

});
