/** The PendingWorkStore part of the store contract: the customers the scheduled sweep finishes the work of. */
import { describe, expect, it } from 'vitest';
import { InvalidCursorError, type Store } from '../../../shared/ports.ts';
import { customer } from '../../support/records.ts';

const request = (survivorId: string, absorbedId: string, mergedAt: string) => ({ survivorId, absorbedId, mergedAt, by: 'key_1', reason: 'same person' });

async function started(store: Store, survivorId: string, absorbedId: string, mergedAt: string): Promise<string> {
  const outcome = await store.beginMerge(request(survivorId, absorbedId, mergedAt));
  if (outcome.status !== 'started') throw new Error(`merge ${absorbedId} → ${survivorId} did not start`);
  return outcome.mergeId;
}

/** Every customer with work under way, page after page. */
async function listedAll(store: Store, limit: number): Promise<string[]> {
  const listed: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.customersWithPendingWork({ limit, cursor });
    listed.push(...page.items.map((listedCustomer) => listedCustomer.customerId));
    cursor = page.nextCursor;
  } while (cursor);
  return listed;
}

export function pendingWorkContract(name: string, makeStore: () => Promise<Store>) {
  describe(`PendingWorkStore contract: ${name}`, () => {
    it('lists the customers with a merge or an undo under way, each as it is now, until the last of its work is finished; never one with none', async () => {
      const store = await makeStore();
      for (const id of ['cus_a', 'cus_b', 'cus_c', 'cus_d', 'cus_e', 'cus_f']) await store.createCustomer(customer(id, '2026-06-01T00:00:00.000Z', [`email:${id}@example.com`]));
      expect(await store.customersWithPendingWork({ limit: 10 })).toEqual({ items: [] });

      // cus_a: a merge under way. cus_c: a merge finished, then its undo under way, and a second merge under way.
      await started(store, 'cus_a', 'cus_b', '2026-06-02T00:00:00.000Z');
      const undone = await started(store, 'cus_c', 'cus_d', '2026-06-02T00:00:00.000Z');
      await store.finishMerge('cus_c', 'cus_d');
      await started(store, 'cus_c', 'cus_f', '2026-06-03T00:00:00.000Z');
      expect((await store.undoMerge({ mergeId: undone, at: '2026-06-04T00:00:00.000Z', by: 'key_2' })).status).toBe('undone');
      const { items } = await store.customersWithPendingWork({ limit: 10 });
      expect(items.map((listed) => listed.customerId)).toEqual(['cus_a', 'cus_c']);
      expect(items[0]).toEqual(await store.getCustomer('cus_a'));
      expect(items[1]).toMatchObject({ pendingMerges: ['cus_f'], pendingUndos: [undone] });

      await store.finishMerge('cus_a', 'cus_b');
      await store.finishUndo('cus_c', undone);
      expect(await listedAll(store, 10)).toEqual(['cus_c']);
      await store.finishMerge('cus_c', 'cus_f');
      expect(await listedAll(store, 10)).toEqual([]);
      // Finishing again (a second finisher of the same work) lists nothing again.
      await store.finishMerge('cus_c', 'cus_f');
      expect(await listedAll(store, 10)).toEqual([]);
    });

    it('reads a page at a time with a cursor of its own', async () => {
      const store = await makeStore();
      for (const id of ['cus_a', 'cus_b', 'cus_c', 'cus_d', 'cus_e', 'cus_f']) await store.createCustomer(customer(id, '2026-06-01T00:00:00.000Z', [`email:${id}@example.com`]));
      for (const [survivorId, absorbedId] of [['cus_a', 'cus_b'], ['cus_c', 'cus_d'], ['cus_e', 'cus_f']]) await started(store, survivorId!, absorbedId!, '2026-06-02T00:00:00.000Z');
      const first = await store.customersWithPendingWork({ limit: 2 });
      expect(first.items.map((listed) => listed.customerId)).toEqual(['cus_a', 'cus_c']);
      expect(await listedAll(store, 2)).toEqual(['cus_a', 'cus_c', 'cus_e']);
      await expect(store.customersWithPendingWork({ limit: 2, cursor: 'not-a-cursor' })).rejects.toThrow(InvalidCursorError);
    });
  });
}
