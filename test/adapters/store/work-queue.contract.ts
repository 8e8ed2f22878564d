/** The WorkQueueStore part of the store contract: the work queue. */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../shared/ports.ts';
import { commitOf, customer, record } from '../../support/records.ts';

export function workQueueStoreContract(name: string, makeStore: () => Promise<Store>) {
  describe(`WorkQueueStore contract: ${name}`, () => {
    it('changes a status once from the status it was in, moving counters and the status queues', async () => {
      const store = await makeStore();
      await store.createCustomer({ ...customer('cus_a', '2026-08-01T00:00:00.000Z'), counts: { 'complaints.open': 1 } });
      const urgent = record({ customerId: 'cus_a', receivedAt: '2026-08-01T01:00:00.000Z', classification: { ...record({ customerId: 'x', receivedAt: '2026-08-01T01:00:00.000Z' }).classification, urgent: true } });
      const other = record({ customerId: 'cus_a', receivedAt: '2026-08-01T02:00:00.000Z' });
      await store.commitFeedback(commitOf(urgent));
      await store.commitFeedback(commitOf(other));
      expect((await store.listByStatus('open', { limit: 10 })).items.map((i) => i.feedbackId)).toEqual([other.feedbackId, urgent.feedbackId]);
      const change = { feedbackId: urgent.feedbackId, from: 'open' as const, to: 'resolved' as const, at: '2026-08-02T01:00:00.000Z', day: '2026-08-02', aggregateDeltas: { 'response.resolved.count': 1, 'response.resolved.seconds': 86_400 }, customerDeltas: { 'complaints.open': -1 } };
      const changed = await store.changeStatus(change);
      expect(changed).toMatchObject({ status: 'resolved', resolvedAt: '2026-08-02T01:00:00.000Z' });
      expect(await store.changeStatus(change)).toBe('conflict');
      expect(await store.changeStatus({ ...change, feedbackId: 'fb_00000000000000000000000000' })).toBeUndefined();
      expect((await store.listByStatus('open', { limit: 10 })).items.map((i) => i.feedbackId)).toEqual([other.feedbackId]);
      expect((await store.listByStatus('resolved', { limit: 10 })).items.map((i) => i.feedbackId)).toEqual([urgent.feedbackId]);
      const august = { from: '2026-07-31T16:00:00.000Z', to: '2026-08-31T16:00:00.000Z' };
      expect(await store.listUrgent('open', august, 10)).toEqual([]);
      expect((await store.listUrgent('resolved', august, 10)).map((i) => i.feedbackId)).toEqual([urgent.feedbackId]);
      expect((await store.getDailyCounters(['2026-08-02'])).get('2026-08-02')).toEqual({ 'response.resolved.count': 1, 'response.resolved.seconds': 86_400 });
      expect((await store.getCustomer('cus_a'))?.counts['complaints.open']).toBe(0);
    });

    it('changes the statuses of many items at once without calling concurrent writers a conflict', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-08-01T00:00:00.000Z'));
      const items = Array.from({ length: 12 }, (_, i) => record({ customerId: 'cus_a', receivedAt: `2026-08-01T01:00:${String(i).padStart(2, '0')}.000Z` }));
      for (const item of items) await store.commitFeedback(commitOf(item));
      const changes = items.map((item) => ({ feedbackId: item.feedbackId, from: 'open' as const, to: 'acknowledged' as const, at: '2026-08-02T01:00:00.000Z', day: '2026-08-02', aggregateDeltas: { 'response.acknowledged.count': 1 }, customerDeltas: {} }));
      const outcomes = await Promise.all(changes.map((change) => store.changeStatus(change)));
      expect(outcomes.filter((o) => o === 'conflict')).toEqual([]);
      expect((await store.getDailyCounters(['2026-08-02'])).get('2026-08-02')).toEqual({ 'response.acknowledged.count': 12 });
    });
  });
}
