/**
 * Merges in a chain (A into B, B into C, …) through the API and the processor on the local store:
 * each moves the items again and stacks one more merge id on them (`mergedVia`, what an undo
 * pops), so a chain past MAX_MERGE_CHAIN is not merged further: a person gets 409
 * `merge_chain_too_long`, a message proving two customers one person records a suggestion, and
 * undoing the chain's last merge makes room again.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { MAX_MERGE_CHAIN } from '../../shared/identity/bounds.ts';
import { staticKeyRing } from '../../shared/keys/keys.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';

const NOW = new Date('2026-11-25T00:00:00Z');
const KEY = 'merge-chain-write-key';
const ADMIN_KEY = 'merge-chain-admin-key';

function setup() {
  const store = new LocalStore();
  const keyRing = staticKeyRing([
    { id: 'key_write', name: 'agent-write', scope: 'write', hash: createHash('sha256').update(KEY).digest('hex') },
    { id: 'key_admin', name: 'admin', scope: 'admin', hash: createHash('sha256').update(ADMIN_KEY).digest('hex') },
  ]);
  const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => NOW }, keyRing });
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => NOW }, timeZone: 'Asia/Shanghai' });
  const send = async (id: string, identities: string[], receivedAt: string) => {
    const event = messageEvent('merge-chain', id, identities, receivedAt, '房间空调坏了', { verifiedBy: 'email' });
    await processEvent(event);
    return (await store.getFeedback(event.feedbackId))!;
  };
  const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
  const post = (path: string, body?: unknown) => app.request(path, { method: 'POST', headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  const get = async <T>(path: string) => (await (await app.request(path, { headers })).json()) as T;
  const erase = (path: string) => app.request(path, { method: 'DELETE', headers: { authorization: `Bearer ${ADMIN_KEY}` } });
  return { store, send, post, get, erase };
}

describe('merges in a chain', () => {
  it(`stop at ${MAX_MERGE_CHAIN} standing merges: a person gets 409 merge_chain_too_long, a message a suggestion, and an undo makes room`, async () => {
    const { store, send, post, get } = setup();
    const anchor = await send('anchor', ['email:anchor@example.com'], '2026-11-01T00:00:00.000Z');
    const chain = [];
    for (let i = 0; i <= MAX_MERGE_CHAIN; i += 1) chain.push((await send(`c${i}`, [`email:c${i}@example.com`], `2026-11-02T00:00:${String(i % 60).padStart(2, '0')}.${String(i).padStart(3, '0')}Z`)).customerId);
    const mergeIds: string[] = [];
    for (let i = 0; i < MAX_MERGE_CHAIN; i += 1) {
      const merged = await post(`/v1/customers/${chain[i + 1]}/merge`, { customerId: chain[i], reason: 'one guest' });
      expect(merged.status).toBe(200);
      mergeIds.push(((await merged.json()) as { mergeId: string }).mergeId);
    }
    const deepest = chain[MAX_MERGE_CHAIN]!;
    const first = await get<{ items: { feedbackId: string; mergedVia?: string[] }[] }>(`/v1/customers/${deepest}/timeline?limit=100`);
    expect(Math.max(...first.items.map((item) => item.mergedVia?.length ?? 0))).toBe(MAX_MERGE_CHAIN);

    const refused = await post(`/v1/customers/${anchor.customerId}/merge`, { customerId: deepest });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('merge_chain_too_long');
    // The anchor is the older: a message proving the two one person would merge the deepest into it.
    const both = await send('both', ['email:anchor@example.com', `email:c${MAX_MERGE_CHAIN}@example.com`], '2026-11-03T00:00:00.000Z');
    expect(both.customerId).toBe(anchor.customerId);
    expect((await store.getCustomer(deepest))!.mergedInto).toBeUndefined();
    const { items } = await get<{ items: { customerId: string; otherCustomerId: string }[] }>('/v1/merge-suggestions?status=open');
    expect(items).toEqual([expect.objectContaining({ customerId: anchor.customerId, otherCustomerId: deepest })]);

    // Undone, the last merge of the chain takes its depth with it: the deepest absorbed nobody else.
    expect((await post(`/v1/merges/${mergeIds.at(-1)}/undo`)).status).toBe(200);
    expect((await store.getCustomer(deepest))!.mergeChain).toBeUndefined();
    expect((await post(`/v1/customers/${anchor.customerId}/merge`, { customerId: deepest })).status).toBe(200);
  }, 60_000);

  it('a customer at the far end of a chain as long as one may be stands for the whole person: found, exported and erased with it', async () => {
    const { store, send, post, get, erase } = setup();
    const chain: string[] = [];
    const items: string[] = [];
    for (let i = 0; i <= MAX_MERGE_CHAIN; i += 1) {
      const sent = await send(`far${i}`, [`email:far${i}@example.com`], `2026-11-02T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`);
      chain.push(sent.customerId);
      items.push(sent.feedbackId);
    }
    for (let i = 0; i < MAX_MERGE_CHAIN; i += 1) expect((await post(`/v1/customers/${chain[i + 1]}/merge`, { customerId: chain[i] })).status).toBe(200);
    const person = chain[MAX_MERGE_CHAIN];

    expect((await get<{ customerId: string }>(`/v1/customers/${chain[0]}`)).customerId).toBe(person);
    const exported = await get<{ customer: { customerId: string }; items: { feedbackId: string }[] }>(`/v1/customers/${chain[0]}/export`);
    expect(exported.customer.customerId).toBe(person);
    expect(exported.items.map((item) => item.feedbackId).sort()).toEqual([...items].sort());

    const erased = await erase(`/v1/customers/${chain[0]}`);
    expect(erased.status).toBe(200);
    expect(((await erased.json()) as { customers: number; items: number })).toMatchObject({ customers: MAX_MERGE_CHAIN + 1, items: MAX_MERGE_CHAIN + 1 });
    for (const id of chain) expect(await store.getCustomer(id)).toBeUndefined();
    expect(await store.getIdentityOwner(`email:far${MAX_MERGE_CHAIN}@example.com`)).toBeUndefined();
  }, 60_000);
});
