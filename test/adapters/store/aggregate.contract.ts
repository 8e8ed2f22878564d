/** The AggregateStore part of the store contract: day aggregates and digest reads. */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../shared/ports.ts';
import { commitOf, customer, incompressibleText, minutesFrom, record } from '../../support/records.ts';

export function aggregateStoreContract(name: string, makeStore: () => Promise<Store>) {
  describe(`AggregateStore contract: ${name}`, () => {
    it('serves the bounded digest reads: counters by day, complaint types, urgent items, customers at risk', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-07-01T00:00:00.000Z'));
      const delivery = (receivedAt: string, urgent = false) =>
        record({ customerId: 'cus_a', receivedAt, classification: { ...record({ customerId: 'x', receivedAt }).classification, urgent } });
      const items = [delivery('2026-07-01T01:00:00.000Z'), delivery('2026-07-01T05:00:00.000Z', true), delivery('2026-07-02T03:00:00.000Z'), delivery('2026-07-03T03:00:00.000Z')];
      for (const item of items) await store.commitFeedback(commitOf(item, { total: 1, 'complaint.delivery': 1 }));
      const counters = await store.getDailyCounters(['2026-07-01', '2026-07-02', '2026-06-30']);
      expect(Object.fromEntries(counters)).toEqual({ '2026-07-01': { total: 2, 'complaint.delivery': 2 }, '2026-07-02': { total: 1, 'complaint.delivery': 1 } });
      const quotes = await store.listByComplaintType('delivery', ['2026-07-01', '2026-07-02'], 2);
      expect(quotes.map((q) => q.receivedAt)).toEqual(['2026-07-02T03:00:00.000Z', '2026-07-01T05:00:00.000Z']);
      expect(await store.listByComplaintType('privacy_security', ['2026-07-01'], 5)).toEqual([]);
      const july = { from: '2026-06-30T16:00:00.000Z', to: '2026-07-03T16:00:00.000Z' };
      expect((await store.listUrgent('open', july, 10)).map((i) => i.feedbackId)).toEqual([items[1]!.feedbackId]);

      for (const [customerId, negatives] of [['cus_r1', 2], ['cus_r2', 5], ['cus_r3', 3]] as const) {
        await store.createCustomer(customer(customerId, '2026-07-01T00:00:00.000Z'));
        const item = record({ customerId, receivedAt: '2026-07-01T09:00:00.000Z' });
        await store.commitFeedback({
          ...commitOf(item),
          derive: () => ({ aggregateDeltas: {}, atRisk: { customerId, day: '2026-07-01', negativesLastWeek: negatives, reason: 'repeated_negative', feedbackId: item.feedbackId } }),
        });
      }
      const atRisk = await store.listAtRisk(['2026-07-01'], 2);
      expect(atRisk.map((r) => [r.customerId, r.negativesLastWeek, r.reason])).toEqual([['cus_r2', 5, 'repeated_negative'], ['cus_r3', 3, 'repeated_negative']]);
    });

    it('keeps one at-risk entry per customer and day, ranked by its latest count; an earlier day keeps its own', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_g', '2026-07-01T00:00:00.000Z'));
      await store.createCustomer(customer('cus_h', '2026-07-01T00:00:00.000Z'));
      const flag = async (customerId: string, day: string, negatives: number, hour: string) => {
        const item = record({ customerId, receivedAt: `${day}T${hour}:00:00.000Z` });
        await store.commitFeedback({ ...commitOf(item), derive: () => ({ aggregateDeltas: {}, atRisk: { customerId, day, negativesLastWeek: negatives, reason: 'repeated_negative', feedbackId: item.feedbackId } }) });
      };
      await flag('cus_g', '2026-07-01', 2, '01');
      await flag('cus_h', '2026-07-02', 3, '01');
      await flag('cus_g', '2026-07-02', 2, '02');
      await flag('cus_g', '2026-07-02', 4, '03');
      const ranked = async (day: string) => (await store.listAtRisk([day], 10)).map((r) => [r.customerId, r.negativesLastWeek]);
      expect(await ranked('2026-07-02')).toEqual([['cus_g', 4], ['cus_h', 3]]);
      expect(await ranked('2026-07-01')).toEqual([['cus_g', 2]]);
    });

    it('raises the entries a late message revised: a day keeps the one with most negatives, the profile the latest day\'s, a customer merged away nothing', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_late', '2026-07-01T00:00:00.000Z'));
      const flagged = record({ customerId: 'cus_late', receivedAt: '2026-07-03T09:00:00.000Z' });
      const entry = (day: string, negativesLastWeek: number, reason: 'repeated_negative' | 'negative_after_positive' = 'repeated_negative') => ({ customerId: 'cus_late', day, negativesLastWeek, reason, feedbackId: flagged.feedbackId });
      await store.commitFeedback({ ...commitOf(flagged), derive: () => ({ aggregateDeltas: {}, atRisk: entry('2026-07-03', 2) }) });
      const seen: string[] = [];
      await store.raiseAtRisk('cus_late', async (current) => {
        seen.push(current.atRisk!.day);
        return { entries: [entry('2026-07-02', 1, 'negative_after_positive'), entry('2026-07-03', 3)] };
      });
      // A revision that read less, finishing later, does not lower a day's entry or the profile's flag.
      await store.raiseAtRisk('cus_late', async () => ({ entries: [entry('2026-07-03', 2), entry('2026-07-01', 2)] }));
      const listed = async (day: string) => (await store.listAtRisk([day], 10)).map((r) => [r.negativesLastWeek, r.reason]);
      expect([seen, await listed('2026-07-01'), await listed('2026-07-02'), await listed('2026-07-03')]).toEqual([['2026-07-03'], [[2, 'repeated_negative']], [[1, 'negative_after_positive']], [[3, 'repeated_negative']]]);
      expect((await store.getCustomer('cus_late'))?.atRisk).toEqual({ day: '2026-07-03', negativesLastWeek: 3, reason: 'repeated_negative', feedbackId: flagged.feedbackId });

      await store.createCustomer(customer('cus_keeps', '2026-07-01T00:00:00.000Z'));
      await store.beginMerge({ survivorId: 'cus_keeps', absorbedId: 'cus_late', mergedAt: '2026-07-04T00:00:00.000Z', by: 'test', reason: 'test' });
      let derived = false;
      await store.raiseAtRisk('cus_late', async () => {
        derived = true;
        return { entries: [entry('2026-07-04', 4)] };
      });
      expect([derived, await listed('2026-07-04')]).toEqual([false, []]);
    });

    it('keeps the first positive a revision found when the profile has none or a later one, never a later one', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_first', '2026-07-01T00:00:00.000Z'));
      const firstPositive = async () => (await store.getCustomer('cus_first'))?.firstPositive;
      await store.raiseAtRisk('cus_first', async () => ({ entries: [], firstPositive: '2026-07-05T00:00:00.000Z#b' }));
      const found = [await firstPositive()];
      await store.raiseAtRisk('cus_first', async () => ({ entries: [], firstPositive: '2026-07-09T00:00:00.000Z#c' }));
      found.push(await firstPositive());
      await store.raiseAtRisk('cus_first', async () => ({ entries: [], firstPositive: '2026-07-02T00:00:00.000Z#a' }));
      found.push(await firstPositive());
      expect(found).toEqual(['2026-07-05T00:00:00.000Z#b', '2026-07-05T00:00:00.000Z#b', '2026-07-02T00:00:00.000Z#a']);
    });

    it('grants a claim to the first caller only', async () => {
      const store = await makeStore();
      expect(await store.claimOnce('digest#daily#2026-07-01', '2026-07-02T00:00:00.000Z')).toBe(true);
      expect(await store.claimOnce('digest#daily#2026-07-01', '2026-07-02T00:01:00.000Z')).toBe(false);
      expect(await store.claimOnce('digest#daily#2026-07-02', '2026-07-03T00:00:00.000Z')).toBe(true);
    });
    it('lets a released claim be taken again, and releasing an absent claim is harmless', async () => {
      const store = await makeStore();
      expect(await store.claimOnce('digest#daily#2026-07-01', '2026-07-02T00:00:00.000Z')).toBe(true);
      await store.releaseClaim('digest#daily#2026-07-01');
      await store.releaseClaim('digest#daily#2026-07-09');
      expect(await store.claimOnce('digest#daily#2026-07-01', '2026-07-02T01:00:00.000Z')).toBe(true);
      expect(await store.claimOnce('digest#daily#2026-07-01', '2026-07-02T02:00:00.000Z')).toBe(false);
    });


    it('lists urgent items received within a range only: both sides of midnight', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-09-01T00:00:00.000Z'));
      const urgentAt = (receivedAt: string) =>
        record({ customerId: 'cus_a', receivedAt, classification: { ...record({ customerId: 'x', receivedAt }).classification, urgent: true } });
      // Shanghai's 2026-09-02 is [2026-09-01T16:00Z, 2026-09-02T16:00Z).
      const items = ['2026-09-01T15:59:59.999Z', '2026-09-01T16:00:00.000Z', '2026-09-02T15:59:59.999Z', '2026-09-02T16:00:00.000Z'].map(urgentAt);
      for (const item of items) await store.commitFeedback(commitOf(item));
      const day = await store.listUrgent('open', { from: '2026-09-01T16:00:00.000Z', to: '2026-09-02T16:00:00.000Z' }, 10);
      expect(day.map((i) => i.receivedAt)).toEqual(['2026-09-02T15:59:59.999Z', '2026-09-01T16:00:00.000Z']);
      expect(await store.listUrgent('open', { from: '2026-09-01T16:00:00.000Z', to: '2026-09-02T16:00:00.000Z' }, 1)).toHaveLength(1);
      // Oldest first: the one that has waited longest, in one item's read.
      const oldest = await store.listUrgent('open', { from: '2026-09-01T16:00:00.000Z', to: '2026-09-02T16:00:00.000Z' }, 1, 'oldest');
      expect(oldest.map((i) => i.receivedAt)).toEqual(['2026-09-01T16:00:00.000Z']);
      const ascending = await store.listUrgent('open', { from: '2026-09-01T16:00:00.000Z', to: '2026-09-02T16:00:00.000Z' }, 10, 'oldest');
      expect(ascending.map((i) => i.receivedAt)).toEqual(['2026-09-01T16:00:00.000Z', '2026-09-02T15:59:59.999Z']);
    });

    it('lists every urgent item up to the limit however long they are (DynamoDB answers at most 1 MB a query)', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-09-01T00:00:00.000Z'));
      const text = incompressibleText(7);
      const times = minutesFrom('2026-09-02T00:00:00.000Z', 10);
      for (const receivedAt of times) {
        await store.commitFeedback(commitOf(record({ customerId: 'cus_a', receivedAt, text, classification: { ...record({ customerId: 'x', receivedAt }).classification, urgent: true } })));
      }
      const day = { from: '2026-09-01T16:00:00.000Z', to: '2026-09-02T16:00:00.000Z' };
      expect((await store.listUrgent('open', day, 20)).map((item) => item.receivedAt)).toEqual([...times].reverse());
      expect(await store.listUrgent('open', day, 8)).toHaveLength(8);
      expect((await store.listUrgent('open', day, 20, 'oldest')).map((item) => item.receivedAt)).toEqual(times);
    });
  });
}
