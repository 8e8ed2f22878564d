/**
 * A person accepts a suggestion whose two customers merges through a third made one (409
 * `already_merged`: the suggestion is closed, accepted with no merge of its own) while another
 * person undoes the merge that made them one (audit, session 51). The undo opens again the
 * suggestions closed as already merged that it parts; the accept's close could land just after
 * that pass had read the suggestion still open, leaving it closed with its two customers apart for
 * good. Forced here: the undo runs, whole, between the accept's reading of the suggestion and its
 * write closing it (DynamoDB: inside a middleware hook of that write; local: before the store's
 * decision, which reads and writes in one step).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { loadConfig } from '../../shared/config.ts';
import { canonical, mergeCustomers, undoMerge } from '../../shared/identity/merges.ts';
import { staticKeyRing } from '../../shared/keys/keys.ts';
import type { ErasureStore } from '../../shared/cases/ports.ts';
import type { Store } from '../../shared/ports.ts';
import { racedStore } from '../support/raced-dynamo-store.ts';
import { customer } from '../support/records.ts';

const NOW = new Date('2026-07-05T00:00:00.000Z');
const KEY = 'accept-during-undo-key';
const SUGGESTION = `sug_${'c'.repeat(26)}`;

/** The store the API writes through, and a hook that makes `meanwhile` run inside the accept's closing write. */
type RacedAccept = (meanwhile: (other: Store) => Promise<void>) => Promise<{ store: Store & ErasureStore; arm: () => void }>;

const stores: [string, RacedAccept][] = [
  [
    'local store',
    async (meanwhile) => {
      const local = new LocalStore();
      let armed = false;
      const store = new Proxy(local, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (property !== 'decideMergeSuggestion') return typeof value === 'function' ? value.bind(target) : value;
          return async (...args: Parameters<Store['decideMergeSuggestion']>) => {
            if (armed) {
              armed = false;
              await meanwhile(local);
            }
            return target.decideMergeSuggestion(...args);
          };
        },
      });
      return { store, arm: () => (armed = true) };
    },
  ],
  [
    'DynamoDB Local',
    async (meanwhile) => {
      const raced = await racedStore((commandName, input) => commandName === 'UpdateItemCommand' && input.includes(`SUGGEST#${SUGGESTION}`), meanwhile);
      return { store: raced.store, arm: raced.arm };
    },
  ],
];

const partings = [
  ['the undo alone', false],
  // Review, session 51: the parted customer merged elsewhere before the close: the parting undo is found down its path.
  ['the undo, then the parted customer merged into a fourth', true],
] as const;

describe.each(stores)('accepting a suggestion closed as already merged while an undo parts its two customers, on the %s', (_name, makeRaced) => {
  it.each(partings)('leaves it open, marked with that undo, whichever lands first: %s', async (_parting, mergedElsewhere) => {
    let throughThird = '';
    const { store, arm } = await makeRaced(async (other) => {
      await undoMerge(other, { mergeId: throughThird, at: '2026-07-04T00:00:00.000Z', by: 'agent-wang' });
      if (mergedElsewhere) await mergeCustomers(other, { survivorId: 'cus_y', absorbedId: 'cus_c', mergedAt: '2026-07-04T00:30:00.000Z', by: 'agent-zhao', reason: 'same person' });
    });
    for (const [id, identity] of [['cus_h', 'email:h@example.com'], ['cus_c', 'phone:+8613800138000'], ['cus_t', 'phone:+8613900139000'], ['cus_y', 'wechat:oY000000000000000000000001']] as const) {
      await store.createCustomer(customer(id, '2026-06-01T00:00:00.000Z', [identity]));
      await store.claimIdentity(identity, id);
    }
    const suggestion = { suggestionId: SUGGESTION, customerId: 'cus_c', otherCustomerId: 'cus_h', identity: 'email:h@example.com', feedbackId: 'fb_c', createdAt: '2026-06-30T00:00:00.000Z', status: 'open' as const };
    await store.suggestMerge(suggestion);
    const merge = async (survivorId: string, absorbedId: string, mergedAt: string) => ((await mergeCustomers(store, { survivorId, absorbedId, mergedAt, by: 'agent-li', reason: 'same person' })) as { mergeId: string }).mergeId;
    await merge('cus_t', 'cus_h', '2026-07-02T00:00:00.000Z');
    throughThird = await merge('cus_t', 'cus_c', '2026-07-02T01:00:00.000Z');

    const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => NOW }, keyRing: staticKeyRing([{ id: 'key_write', name: 'agent-li', scope: 'admin', hash: createHash('sha256').update(KEY).digest('hex') }]) });
    arm();
    const accepted = await app.request(`/v1/merge-suggestions/${SUGGESTION}/accept`, { method: 'POST', headers: { authorization: `Bearer ${KEY}` } });
    expect(accepted.status).toBe(409);
    expect(await accepted.json()).toMatchObject({ error: { code: 'already_merged' } });

    // The undo landed inside the accept: the two are apart, so the question stands again.
    expect((await canonical(store, 'cus_c'))?.customerId).toBe(mergedElsewhere ? 'cus_y' : 'cus_c');
    expect((await canonical(store, 'cus_h'))?.customerId).toBe('cus_t');
    expect(await store.getMergeSuggestion(SUGGESTION)).toEqual({ ...suggestion, undoneAt: '2026-07-04T00:00:00.000Z', undoneBy: 'agent-wang', undoneMergeId: throughThird });
    expect((await store.listMergeSuggestions('open', { limit: 10 })).items.map((open) => open.suggestionId)).toEqual([SUGGESTION]);
  });
});
