/** The new-customer count in the store contract: a customer counts once, on its earliest message's day. */
import { describe, expect, it } from 'vitest';
import type { FeedbackRecord } from '../../../shared/model.ts';
import type { FeedbackCommit, Store } from '../../../shared/ports.ts';
import { newCustomerOnCommit } from '../../../shared/timeline/new-customers.ts';
import { commitOf, customer, record } from '../../support/records.ts';

/** The commit the processor makes: the new-customer rule decided against the profile as the store finds it. */
export function countingCommit(item: FeedbackRecord): FeedbackCommit {
  return {
    ...commitOf(item),
    derive: (current) => {
      const newCustomer = newCustomerOnCommit(current, item.day);
      return { aggregateDeltas: { total: 1, ...(newCustomer ? { 'customers.new': 1 } : {}) }, ...newCustomer };
    },
  };
}

export function newCustomersContract(name: string, makeStore: () => Promise<Store>) {
  describe(`new-customer counts contract: ${name}`, () => {
    const newOn = async (store: Store, days: string[]) => {
      const counters = await store.getDailyCounters(days);
      return Object.fromEntries(days.map((day) => [day, counters.get(day)?.['customers.new'] ?? 0]));
    };
    const message = (customerId: string, receivedAt: string) => record({ customerId, receivedAt });

    it('counts a customer new on its earliest message\'s day, whatever order its messages are committed in', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_ooo', '2026-11-20T02:00:00.000Z'));
      for (const receivedAt of ['2026-11-20T02:00:00.000Z', '2026-11-18T02:00:00.000Z', '2026-11-16T02:00:00.000Z', '2026-11-19T02:00:00.000Z', '2026-11-16T09:00:00.000Z']) {
        await store.commitFeedback(countingCommit(message('cus_ooo', receivedAt)));
      }
      expect(await newOn(store, ['2026-11-16', '2026-11-18', '2026-11-19', '2026-11-20'])).toEqual({ '2026-11-16': 1, '2026-11-18': 0, '2026-11-19': 0, '2026-11-20': 0 });
      expect((await store.getCustomer('cus_ooo'))?.newOnDay).toBe('2026-11-16');
    });

    it('counts the two of a merge as one, on the earlier day whichever survives; the undo counts each on its own day again', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_older', '2026-06-03T00:00:00.000Z', ['email:a@example.com']));
      await store.createCustomer(customer('cus_newer', '2026-06-10T00:00:00.000Z', ['phone:+8613800138000']));
      await store.commitFeedback(countingCommit(message('cus_older', '2026-06-03T12:00:00.000Z')));
      await store.commitFeedback(countingCommit(message('cus_newer', '2026-06-10T12:00:00.000Z')));
      const days = ['2026-06-03', '2026-06-10'];
      expect(await newOn(store, days)).toEqual({ '2026-06-03': 1, '2026-06-10': 1 });
      // A person merges the older customer into the newer one.
      const started = await store.beginMerge({ survivorId: 'cus_newer', absorbedId: 'cus_older', mergedAt: '2026-06-11T00:00:00.000Z', by: 'key_1', reason: 'same person' });
      expect(started.status).toBe('started');
      expect(await newOn(store, days)).toEqual({ '2026-06-03': 1, '2026-06-10': 0 });
      expect((await store.getCustomer('cus_newer'))?.newOnDay).toBe('2026-06-03');
      // A later message of the merged person is no new customer.
      await store.commitFeedback(countingCommit(message('cus_newer', '2026-06-12T12:00:00.000Z')));
      const mergeId = (await store.listMerges('cus_newer'))[0]!.mergeId;
      expect((await store.undoMerge({ mergeId, at: '2026-06-13T00:00:00.000Z', by: 'key_1' })).status).toBe('undone');
      expect(await newOn(store, [...days, '2026-06-12'])).toEqual({ '2026-06-03': 1, '2026-06-10': 1, '2026-06-12': 0 });
      expect((await store.getCustomer('cus_newer'))?.newOnDay).toBe('2026-06-10');
      expect((await store.getCustomer('cus_older'))?.newOnDay).toBe('2026-06-03');
    });

    it('moves the merged count for a message of an earlier day while merged; the undo takes it back from there, and the derivation moves a side to its earliest message\'s day once', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_s', '2026-06-10T00:00:00.000Z', ['email:s@example.com']));
      await store.createCustomer(customer('cus_a', '2026-06-03T00:00:00.000Z', ['phone:+8613800138000']));
      await store.commitFeedback(countingCommit(message('cus_s', '2026-06-10T12:00:00.000Z')));
      await store.commitFeedback(countingCommit(message('cus_a', '2026-06-03T12:00:00.000Z')));
      await store.beginMerge({ survivorId: 'cus_s', absorbedId: 'cus_a', mergedAt: '2026-06-11T00:00:00.000Z', by: 'key_1', reason: 'same person' });
      // Late mail of the survivor's own, from before either.
      await store.commitFeedback(countingCommit(message('cus_s', '2026-05-30T12:00:00.000Z')));
      const days = ['2026-05-30', '2026-06-03', '2026-06-10'];
      expect(await newOn(store, days)).toEqual({ '2026-05-30': 1, '2026-06-03': 0, '2026-06-10': 0 });
      const mergeId = (await store.listMerges('cus_s'))[0]!.mergeId;
      await store.undoMerge({ mergeId, at: '2026-06-13T00:00:00.000Z', by: 'key_1' });
      expect(await newOn(store, days)).toEqual({ '2026-05-30': 0, '2026-06-03': 1, '2026-06-10': 1 });
      // The undo's derivation from the survivor's own messages finds the late one.
      const derive = async () => ({ entries: [], earliestDay: '2026-05-30' });
      await store.reviseDerived('cus_s', [], derive);
      await store.reviseDerived('cus_s', [], derive);
      expect(await newOn(store, days)).toEqual({ '2026-05-30': 1, '2026-06-03': 1, '2026-06-10': 0 });
      expect((await store.getCustomer('cus_s'))?.newOnDay).toBe('2026-05-30');
    });

    it('keeps an automatic merge as it was: the older survivor keeps its day, the undo gives the newer one its own back', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_s', '2026-06-01T00:00:00.000Z', ['email:s@example.com']));
      await store.createCustomer(customer('cus_a', '2026-06-03T00:00:00.000Z', ['phone:+8613800138000']));
      await store.commitFeedback(countingCommit(message('cus_s', '2026-06-01T12:00:00.000Z')));
      await store.commitFeedback(countingCommit(message('cus_a', '2026-06-03T12:00:00.000Z')));
      await store.beginMerge({ survivorId: 'cus_s', absorbedId: 'cus_a', mergedAt: '2026-06-11T00:00:00.000Z', by: 'processor', reason: 'same person' });
      const merge = (await store.listMerges('cus_s'))[0]!;
      expect(merge).toMatchObject({ survivorNewOnDay: '2026-06-01', absorbedNewOnDay: '2026-06-03', mergedNewOnDay: '2026-06-01' });
      expect(await newOn(store, ['2026-06-01', '2026-06-03'])).toEqual({ '2026-06-01': 1, '2026-06-03': 0 });
      await store.undoMerge({ mergeId: merge.mergeId, at: '2026-06-13T00:00:00.000Z', by: 'key_1' });
      expect(await newOn(store, ['2026-06-01', '2026-06-03'])).toEqual({ '2026-06-01': 1, '2026-06-03': 1 });
      expect((await store.getCustomer('cus_s'))?.newOnDay).toBe('2026-06-01');
    });
  });
}
