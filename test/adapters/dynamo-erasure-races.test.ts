import { describe, expect, inject, it } from 'vitest';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { eraseCustomer } from '../../shared/cases/erasure.ts';
import { mergeCustomers, undoMerge } from '../../shared/identity/merges.ts';
import { racedStore } from '../support/raced-dynamo-store.ts';

// An erasure redacts items other writers read, change and write back: run it between such a
// writer's reads and its write, and no copy of the erased identity may outlive it.
const AT = '2026-07-01T00:00:00.000Z';
const ERASED = 'email:eb@example.com';

const erase = (store: DynamoStore, customerId: string) => eraseCustomer({ store, clock: { now: () => new Date('2026-07-04T00:00:00.000Z') } }, customerId, 'admin');
const moveToNewHolder = async (store: DynamoStore, from: string, to: string) => {
  expect((await store.removeIdentity({ customerId: from, identity: ERASED, at: '2026-07-03T00:00:00.000Z', by: 'agent-li', reason: 'wrong' })).status).toBe('removed');
  expect((await store.addIdentity({ customerId: to, identity: ERASED, at: '2026-07-03T01:00:00.000Z', by: 'agent-li', reason: 'hers' })).status).toBe('added');
};

describe('DynamoStore erasure racing an undo', () => {
  it('an erasure between the undo’s reads and its write sends the undo to read again: no record of changes or merge item keeps the erased identity', async () => {
    const { store, holding, everything, arm } = await racedStore(
      // The undo's put of the former-holder marker comes after its reads, before its transaction.
      (commandName, input) => commandName === 'BatchWriteItemCommand' && input.includes('eb@example.com'),
      async (other) => expect(await erase(other, 'cus_n')).toBeDefined(),
    );
    await holding('cus_a', ['phone:+8613800138000']);
    await holding('cus_b', ['phone:+8613900139000', ERASED]);
    await holding('cus_n', ['phone:+8613700137000']);
    const merged = await mergeCustomers(store, { survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: '2026-07-02T00:00:00.000Z', by: 'agent-li', reason: 'same person' });
    if (merged.status !== 'merged') throw new Error(`merge ${merged.status}`);
    await moveToNewHolder(store, 'cus_a', 'cus_n');
    arm();
    expect((await undoMerge(store, { mergeId: merged.mergeId, at: '2026-07-04T00:00:00.000Z', by: 'agent-wang' })).status).toBe('undone');
    expect(JSON.stringify((await store.getCustomer('cus_b'))!.identityChanges ?? [])).not.toContain('eb@example.com');
    expect((await store.getMerge(merged.mergeId))!.absorbedIdentities).not.toContain(ERASED);
    expect(await everything()).not.toContain('eb@example.com');
  });

  /** cus_b, holding the email, merged into cus_a, which gives it to cus_n: the undo of that merge, armed. */
  async function undoOfMovedIdentity(raced: Awaited<ReturnType<typeof racedStore>>) {
    await raced.holding('cus_a', ['phone:+8613800138000']);
    await raced.holding('cus_b', ['phone:+8613900139000', ERASED]);
    await raced.holding('cus_n', ['phone:+8613700137000']);
    const merged = await mergeCustomers(raced.store, { survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: '2026-07-02T00:00:00.000Z', by: 'agent-li', reason: 'same person' });
    if (merged.status !== 'merged') throw new Error(`merge ${merged.status}`);
    await moveToNewHolder(raced.store, 'cus_a', 'cus_n');
    raced.arm();
    return merged.mergeId;
  }

  it('an undo that another undo of the same merge overtakes, after an erasure, leaves no marker keyed by the erased identity (found by review)', async () => {
    let mergeId = '';
    const raced = await racedStore(
      (commandName, input) => commandName === 'BatchWriteItemCommand' && input.includes('eb@example.com'),
      async (other) => {
        await erase(other, 'cus_n');
        // A second request for the same undo (a double click, a client's retry) runs to the end meanwhile.
        expect((await undoMerge(other, { mergeId, at: '2026-07-04T00:00:30.000Z', by: 'agent-zhao' })).status).toBe('undone');
      },
    );
    mergeId = await undoOfMovedIdentity(raced);
    expect((await undoMerge(raced.store, { mergeId, at: '2026-07-04T00:00:00.000Z', by: 'agent-wang' })).status).toBe('already');
    expect(await raced.everything()).not.toContain('eb@example.com');
  });

  it('an undo whose transaction fails outright after an erasure leaves no marker keyed by the erased identity, and its repeat undoes (found by review)', async () => {
    let failing = false;
    const raced = await racedStore(
      (commandName, input) => (commandName === 'BatchWriteItemCommand' && input.includes('eb@example.com')) || (failing && commandName === 'TransactWriteItemsCommand'),
      async (other) => {
        if (failing) throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
        await erase(other, 'cus_n');
        failing = true;
        raced.arm();
      },
    );
    const mergeId = await undoOfMovedIdentity(raced);
    await expect(undoMerge(raced.store, { mergeId, at: '2026-07-04T00:00:00.000Z', by: 'agent-wang' })).rejects.toThrow(/unavailable/);
    expect(await raced.everything()).not.toContain('eb@example.com');
    expect((await undoMerge(raced.store, { mergeId, at: '2026-07-04T00:01:00.000Z', by: 'agent-wang' })).status).toBe('undone');
    expect(await raced.everything()).not.toContain('eb@example.com');
  });
});

describe('DynamoStore erasure racing a decision on a suggestion', () => {
  const QUOTED = 'email:h@example.com';
  /** A suggestion between cus_c and cus_h quoting h's email, which then moves to cus_p, whose erasure runs just before `write`. */
  async function quotingMovedIdentity(write: string) {
    const raced = await racedStore(
      (commandName, input) => ['PutItemCommand', 'UpdateItemCommand'].includes(commandName) && input.includes(write),
      async (other) => expect(await erase(other, 'cus_p')).toBeDefined(),
    );
    await raced.holding('cus_h', [QUOTED, 'phone:+8613800138000']);
    await raced.holding('cus_c', ['phone:+8613900139000']);
    await raced.holding('cus_p', ['phone:+8613700137000']);
    await raced.store.suggestMerge({ suggestionId: 'sug_1', customerId: 'cus_c', otherCustomerId: 'cus_h', identity: QUOTED, feedbackId: 'fb_c', createdAt: AT, status: 'open' });
    return raced;
  }
  const moveQuoted = async (store: DynamoStore, from: string) => {
    expect((await store.removeIdentity({ customerId: from, identity: QUOTED, at: '2026-07-03T00:00:00.000Z', by: 'agent-li', reason: 'wrong' })).status).toBe('removed');
    expect((await store.addIdentity({ customerId: 'cus_p', identity: QUOTED, at: '2026-07-03T01:00:00.000Z', by: 'agent-li', reason: 'hers' })).status).toBe('added');
  };

  it('a suggestion reopened by an undo keeps the marker an erasure put in its quoted identity’s place meanwhile', async () => {
    const { store, everything, arm } = await quotingMovedIdentity('undoneMergeId');
    const merged = await mergeCustomers(store, { survivorId: 'cus_h', absorbedId: 'cus_c', mergedAt: '2026-07-02T00:00:00.000Z', by: 'agent-li', reason: 'accepted' }, 'sug_1');
    if (merged.status !== 'merged') throw new Error(`merge ${merged.status}`);
    await moveQuoted(store, 'cus_h');
    arm();
    expect((await undoMerge(store, { mergeId: merged.mergeId, at: '2026-07-04T00:00:00.000Z', by: 'agent-wang' })).status).toBe('undone');
    expect(await store.getMergeSuggestion('sug_1')).toMatchObject({ status: 'open', identity: 'erased:email', undoneMergeId: merged.mergeId });
    expect(await store.mergeSuggestionsQuoting(QUOTED)).toEqual([]);
    expect(await everything()).not.toContain('h@example.com');
  });

  it('a suggestion dismissed keeps the marker an erasure put in its quoted identity’s place between the read and the write', async () => {
    const { store, everything, arm } = await quotingMovedIdentity('decidedBy');
    await moveQuoted(store, 'cus_h');
    arm();
    expect(await store.decideMergeSuggestion({ suggestionId: 'sug_1', status: 'dismissed', at: '2026-07-04T00:00:00.000Z', by: 'agent-wang' })).toMatchObject({ status: 'dismissed', identity: 'erased:email' });
    expect(await store.getMergeSuggestion('sug_1')).toMatchObject({ status: 'dismissed', identity: 'erased:email', decidedBy: 'agent-wang' });
    expect(await everything()).not.toContain('h@example.com');
  });
});
