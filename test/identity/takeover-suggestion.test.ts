/**
 * A verified sender takes over an identity someone else only claimed (a form that typed it): the
 * suggestion names the one who typed it as the claimant (`customerId`) and the verified sender as
 * the identity's holder, so accepting it merges the claimant into the sender. It was raised the
 * other way round: accepting moved the verified sender into the stranger who typed the address.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { staticKeyRing } from '../../shared/keys/keys.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';

const NOW = new Date('2026-11-25T00:00:00Z');
const KEY = 'takeover-key';

describe('a merge suggestion raised by a verified takeover of a claim', () => {
  it('names the earlier claimant as customerId and the verified sender as the holder; accepting merges the claimant into the sender', async () => {
    const store = new LocalStore();
    const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => NOW }, keyRing: staticKeyRing([{ id: 'key_w', name: 'agent', scope: 'write', hash: createHash('sha256').update(KEY).digest('hex') }]) });
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => NOW }, timeZone: 'Asia/Shanghai' });
    const send = async (id: string, identities: string[], receivedAt: string, verified: boolean) => {
      const event = messageEvent('takeover-suggestion', id, identities, receivedAt, '快递三天还没到', verified ? { verifiedBy: 'email' } : {});
      await processEvent(event);
      return (await store.getFeedback(event.feedbackId))!.customerId;
    };
    const claimant = await send('form', ['email:owner@example.com', 'phone:+8613800138000'], '2026-11-20T01:00:00.000Z', false);
    const sender = await send('mail', ['email:owner@example.com'], '2026-11-21T01:00:00.000Z', true);
    expect(sender).not.toBe(claimant);
    expect(await store.getIdentityOwner('email:owner@example.com')).toBe(sender);

    const headers = { authorization: `Bearer ${KEY}` };
    const { items } = (await (await app.request('/v1/merge-suggestions', { headers })).json()) as { items: { suggestionId: string; customerId: string; otherCustomerId: string; identity: string }[] };
    expect(items.map(({ customerId, otherCustomerId, identity }) => ({ customerId, otherCustomerId, identity }))).toEqual([{ customerId: claimant, otherCustomerId: sender, identity: 'email:owner@example.com' }]);
    const accepted = await app.request(`/v1/merge-suggestions/${items[0]!.suggestionId}/accept`, { method: 'POST', headers });
    expect(((await accepted.json()) as { customerId: string }).customerId).toBe(sender);
    expect((await store.getCustomer(claimant))!.mergedInto).toBe(sender);
  });
});
