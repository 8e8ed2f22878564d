/**
 * The contract every Store adapter meets, run by each adapter's test file as
 * `storeContract('name', makeStore)`: the embedded local store and DynamoDB (on DynamoDB Local)
 * must answer every call the same way, so local mode behaves like AWS.
 */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../shared/ports.ts';
import { InvalidCursorError } from '../../shared/ports.ts';
import { commitOf, customer, record } from '../support/records.ts';

export function storeContract(name: string, makeStore: () => Promise<Store>) {
  describe(`Store contract: ${name}`, () => {
    it('hands an identity to its first claimant and keeps it there', async () => {
      const store = await makeStore();
      expect(await store.claimIdentity('email:a@example.com', 'cus_a')).toBe('cus_a');
      expect(await store.claimIdentity('email:a@example.com', 'cus_b')).toBe('cus_a');
      expect(await store.getIdentityOwner('email:a@example.com')).toBe('cus_a');
      await store.pointIdentity('email:a@example.com', 'cus_b');
      expect(await store.getIdentityOwner('email:a@example.com')).toBe('cus_b');
      expect(await store.getIdentityOwner('phone:+8613800138000')).toBeUndefined();
    });

    it('creates a customer once', async () => {
      const store = await makeStore();
      expect(await store.createCustomer(customer('cus_a', '2026-01-01T00:00:00.000Z'))).toBe(true);
      expect(await store.createCustomer(customer('cus_a', '2026-02-01T00:00:00.000Z'))).toBe(false);
      expect((await store.getCustomer('cus_a'))?.firstSeen).toBe('2026-01-01T00:00:00.000Z');
      expect(await store.getCustomer('cus_missing')).toBeUndefined();
    });

    it('commits an item once: a second commit of the same id changes nothing', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-03-01T08:00:00.000Z'));
      const item = record({ customerId: 'cus_a', receivedAt: '2026-03-02T08:00:00.000Z', displayName: '李雷' });
      const commit = { ...commitOf(item, { total: 1, 'channel.web': 1 }), customer: { ...commitOf(item).customer, displayName: '李雷', countDeltas: { total: 1, 'channel.web': 1 } } };
      expect(await store.commitFeedback(commit)).toBe('written');
      expect(await store.commitFeedback(commit)).toBe('duplicate');
      expect(await store.getFeedback(item.feedbackId)).toEqual(item);
      const stored = await store.getCustomer('cus_a');
      expect(stored?.counts).toEqual({ total: 1, 'channel.web': 1 });
      expect(stored?.identities).toEqual(['email:a@example.com']);
      expect(stored?.lastSeen).toBe('2026-03-02T08:00:00.000Z');
      expect(stored?.displayName).toBe('李雷');
      expect((await store.getDailyCounters(['2026-03-02'])).get('2026-03-02')).toEqual({ total: 1, 'channel.web': 1 });
    });

    it('keeps first and last seen as the earliest and latest items, whatever the order of arrival', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-03-05T00:00:00.000Z'));
      await store.commitFeedback(commitOf(record({ customerId: 'cus_a', receivedAt: '2026-03-09T00:00:00.000Z' })));
      await store.commitFeedback(commitOf(record({ customerId: 'cus_a', receivedAt: '2026-03-01T00:00:00.000Z' })));
      const stored = await store.getCustomer('cus_a');
      expect([stored?.firstSeen, stored?.lastSeen]).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-09T00:00:00.000Z']);
      expect(stored?.counts.total).toBe(2);
    });

    it('pages a timeline newest first with opaque cursors, and rejects cursors it did not issue', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-04-01T00:00:00.000Z'));
      const times = ['2026-04-03T10:00:00.000Z', '2026-04-01T10:00:00.000Z', '2026-04-05T10:00:00.000Z', '2026-04-02T10:00:00.000Z', '2026-04-04T10:00:00.000Z'];
      for (const receivedAt of times) await store.commitFeedback(commitOf(record({ customerId: 'cus_a', receivedAt })));
      const first = await store.listTimeline('cus_a', { limit: 2 });
      const second = await store.listTimeline('cus_a', { limit: 2, cursor: first.nextCursor });
      const third = await store.listTimeline('cus_a', { limit: 2, cursor: second.nextCursor });
      expect([...first.items, ...second.items, ...third.items].map((i) => i.receivedAt)).toEqual([...times].sort().reverse());
      expect(third.nextCursor).toBeUndefined();
      expect((await store.listTimeline('cus_a', { limit: 5 })).nextCursor).toBeUndefined();
      await expect(store.listTimeline('cus_a', { limit: 2, cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidCursorError);
      expect((await store.listTimeline('cus_nobody', { limit: 5 })).items).toEqual([]);
    });

    it('reads a timeline as it stood before an instant, for history-based rules on late items', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-04-01T00:00:00.000Z'));
      const times = ['2026-04-01T10:00:00.000Z', '2026-04-02T10:00:00.000Z', '2026-04-03T10:00:00.000Z', '2026-04-04T10:00:00.000Z'];
      for (const receivedAt of times) await store.commitFeedback(commitOf(record({ customerId: 'cus_a', receivedAt })));
      const before = await store.listTimeline('cus_a', { limit: 10, receivedBefore: '2026-04-03T10:00:00.000Z' });
      expect(before.items.map((i) => i.receivedAt)).toEqual(['2026-04-02T10:00:00.000Z', '2026-04-01T10:00:00.000Z']);
      const first = await store.listTimeline('cus_a', { limit: 1, receivedBefore: '2026-04-04T00:00:00.000Z' });
      const second = await store.listTimeline('cus_a', { limit: 5, receivedBefore: '2026-04-04T00:00:00.000Z', cursor: first.nextCursor });
      expect([...first.items, ...second.items].map((i) => i.receivedAt)).toEqual([...times.slice(0, 3)].reverse());
      expect((await store.listTimeline('cus_a', { limit: 5, receivedBefore: '2026-04-01T10:00:00.000Z' })).items).toEqual([]);
    });

    it('moves an item to another timeline when it is re-pointed', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-05-01T00:00:00.000Z'));
      const item = record({ customerId: 'cus_a', receivedAt: '2026-05-01T01:00:00.000Z' });
      await store.commitFeedback(commitOf(item));
      await store.setFeedbackCustomer(item.feedbackId, 'cus_b');
      expect((await store.listTimeline('cus_a', { limit: 5 })).items).toEqual([]);
      const moved = (await store.listTimeline('cus_b', { limit: 5 })).items;
      expect(moved.map((i) => [i.feedbackId, i.customerId, i.originalCustomerId])).toEqual([[item.feedbackId, 'cus_b', 'cus_a']]);
    });

    it('merges a customer once, folding identities, counts and first/last seen into the survivor', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_old', '2026-06-01T00:00:00.000Z', ['email:a@example.com']));
      await store.createCustomer({ ...customer('cus_new', '2026-06-03T00:00:00.000Z', ['phone:+8613800138000']), counts: { total: 2, 'channel.sms': 2 } });
      await store.commitFeedback({
        ...commitOf(record({ customerId: 'cus_new', receivedAt: '2026-06-03T12:00:00.000Z', identities: ['phone:+8613800138000'] })),
        customer: { customerId: 'cus_new', addIdentities: [], seenAt: '2026-06-03T12:00:00.000Z', countDeltas: { total: 1, 'channel.sms': 1 } },
      });
      const request = { survivorId: 'cus_old', absorbedId: 'cus_new', mergedAt: '2026-06-04T00:00:00.000Z', causeFeedbackId: 'fb_00000000000000000000000000' };
      const merge = {
        ...request,
        absorbedIdentities: ['phone:+8613800138000'],
        absorbedCounts: { total: 3, 'channel.sms': 3 },
        absorbedFirstSeen: '2026-06-03T00:00:00.000Z',
        absorbedLastSeen: '2026-06-03T12:00:00.000Z',
      };
      expect(await store.beginMerge(request)).toBe('started');
      expect(await store.beginMerge({ ...request, mergedAt: '2026-06-05T00:00:00.000Z' })).toBe('already');
      const survivor = await store.getCustomer('cus_old');
      expect(survivor?.identities).toEqual(['email:a@example.com', 'phone:+8613800138000']);
      // The snapshot is taken at merge time: it includes the item committed just before.
      expect(survivor?.counts).toEqual({ total: 3, 'channel.sms': 3 });
      expect(survivor?.lastSeen).toBe('2026-06-03T12:00:00.000Z');
      expect(survivor?.pendingMerges).toEqual(['cus_new']);
      expect((await store.getCustomer('cus_new'))?.mergedInto).toBe('cus_old');
      await store.finishMerge('cus_old', 'cus_new');
      expect((await store.getCustomer('cus_old'))?.pendingMerges ?? []).toEqual([]);
      expect(await store.listMerges('cus_old')).toEqual([merge]);
      expect(await store.listMerges('cus_new')).toEqual([]);
    });

    it('takes a merged-away customer off the new-customer count of the day it was counted on', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_old', '2026-06-01T00:00:00.000Z', ['email:a@example.com']));
      await store.createCustomer(customer('cus_new', '2026-06-03T00:00:00.000Z', ['phone:+8613800138000']));
      const first = record({ customerId: 'cus_new', receivedAt: '2026-06-03T12:00:00.000Z' });
      const commit = commitOf(first, { total: 1, 'customers.new': 1 });
      await store.commitFeedback({ ...commit, customer: { ...commit.customer, newOnDay: '2026-06-03' } });
      const later = record({ customerId: 'cus_new', receivedAt: '2026-06-04T12:00:00.000Z' });
      const laterCommit = commitOf(later, { total: 1 });
      await store.commitFeedback({ ...laterCommit, customer: { ...laterCommit.customer, newOnDay: '2026-06-04' } });
      expect((await store.getCustomer('cus_new'))?.newOnDay).toBe('2026-06-03');
      const request = { survivorId: 'cus_old', absorbedId: 'cus_new', mergedAt: '2026-06-05T00:00:00.000Z', causeFeedbackId: 'fb_00000000000000000000000000' };
      expect(await store.beginMerge(request)).toBe('started');
      expect(await store.beginMerge(request)).toBe('already');
      expect((await store.getDailyCounters(['2026-06-03'])).get('2026-06-03')).toEqual({ total: 1, 'customers.new': 0 });
      expect((await store.listMerges('cus_old'))[0]?.absorbedNewOnDay).toBe('2026-06-03');
    });

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
          atRisk: { customerId, day: '2026-07-01', negativesLastWeek: negatives, reason: 'repeated_negative', feedbackId: item.feedbackId },
        });
      }
      const atRisk = await store.listAtRisk(['2026-07-01'], 2);
      expect(atRisk.map((r) => [r.customerId, r.negativesLastWeek, r.reason])).toEqual([['cus_r2', 5, 'repeated_negative'], ['cus_r3', 3, 'repeated_negative']]);
    });

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
    });
  });
}
