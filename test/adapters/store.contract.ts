/**
 * The contract every Store adapter meets, run by each adapter's test file as
 * `storeContract('name', makeStore)`: the embedded local store and DynamoDB (on DynamoDB Local)
 * must answer every call the same way, so local mode behaves like AWS.
 */
import { describe, expect, it } from 'vitest';
import type { ErasureStore, WorkQueueStore } from '../../shared/cases/ports.ts';
import type { Store } from '../../shared/ports.ts';
import { InvalidCursorError } from '../../shared/ports.ts';
import type { WorkQueueFilter } from '../../shared/cases/work-queue.ts';
import { commitOf, customer, record } from '../support/records.ts';

export function storeContract(name: string, makeStore: () => Promise<Store & WorkQueueStore & ErasureStore>) {
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
      expect((await store.listUrgent('open', 10)).map((i) => i.feedbackId)).toEqual([items[1]!.feedbackId]);

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

    it('changes a status once from the status and history it was in, moving counters and the work queue', async () => {
      const store = await makeStore();
      await store.createCustomer({ ...customer('cus_a', '2026-08-01T00:00:00.000Z'), counts: { 'complaints.open': 1 } });
      const urgent = record({ customerId: 'cus_a', receivedAt: '2026-08-01T01:00:00.000Z', classification: { ...record({ customerId: 'x', receivedAt: '2026-08-01T01:00:00.000Z' }).classification, urgent: true } });
      const other = record({ customerId: 'cus_a', receivedAt: '2026-08-01T02:00:00.000Z' });
      await store.commitFeedback(commitOf(urgent));
      await store.commitFeedback(commitOf(other));
      const queue = async (filter: WorkQueueFilter) => (await store.listWorkQueue({ filter, limit: 10 })).items.map((i) => i.feedbackId);
      expect(await queue({})).toEqual([urgent.feedbackId, other.feedbackId]);
      expect(await queue({ status: 'open' })).toEqual([urgent.feedbackId, other.feedbackId]);
      const event = { at: '2026-08-02T01:00:00.000Z', by: 'agent-1', status: { from: 'open' as const, to: 'resolved' as const }, note: '已退款' };
      const change = { feedbackId: urgent.feedbackId, from: 'open' as const, to: 'resolved' as const, revision: 0, event, assignee: '王芳', at: '2026-08-02T01:00:00.000Z', day: '2026-08-02', aggregateDeltas: { 'response.resolved.count': 1, 'response.resolved.seconds': 86_400 }, customerDeltas: { 'complaints.open': -1 } };
      const changed = await store.changeStatus(change);
      expect(changed).toMatchObject({ status: 'resolved', resolvedAt: '2026-08-02T01:00:00.000Z', assignee: '王芳', history: [event] });
      expect(await store.changeStatus(change)).toBe('conflict');
      expect(await store.changeStatus({ ...change, from: 'resolved', to: 'resolved', event: { at: change.at, by: 'agent-2', note: 'n' } })).toBe('conflict');
      expect(await store.changeStatus({ ...change, feedbackId: 'fb_00000000000000000000000000' })).toBeUndefined();
      expect(await queue({})).toEqual([other.feedbackId]);
      expect(await queue({ status: 'resolved' })).toEqual([urgent.feedbackId]);
      const note = { at: '2026-08-02T02:00:00.000Z', by: 'agent-2', note: '客户确认' };
      const noted = await store.changeStatus({ ...change, from: 'resolved', to: 'resolved', revision: 1, event: note, assignee: '', aggregateDeltas: {}, customerDeltas: {} });
      expect(noted).toMatchObject({ status: 'resolved', history: [event, note] });
      expect(typeof noted === 'object' && 'assignee' in noted).toBe(false);
      expect(await store.listUrgent('open', 10)).toEqual([]);
      expect((await store.listUrgent('resolved', 10)).map((i) => i.feedbackId)).toEqual([urgent.feedbackId]);
      expect((await store.getDailyCounters(['2026-08-02'])).get('2026-08-02')).toEqual({ 'response.resolved.count': 1, 'response.resolved.seconds': 86_400 });
      expect((await store.getCustomer('cus_a'))?.counts['complaints.open']).toBe(0);
    });

    it('lists the work queue by every filter, from its own index, newest first with cursors; praise and interactions stay out', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_q', '2026-09-01T00:00:00.000Z'));
      const base = record({ customerId: 'x', receivedAt: '2026-09-01T00:00:00.000Z' }).classification;
      const items = [
        record({ customerId: 'cus_q', receivedAt: '2026-09-01T01:00:00.000Z', channel: 'email' }),
        record({ customerId: 'cus_q', receivedAt: '2026-09-02T01:00:00.000Z', channel: 'sms', classification: { ...base, urgent: true, complaintTypes: [{ type: 'refund', confidence: 0.8 }] } }),
        record({ customerId: 'cus_q', receivedAt: '2026-09-03T01:00:00.000Z', classification: { ...base, intent: 'inquiry', sentiment: { label: 'neutral', score: 0 }, complaintTypes: [] } }),
        record({ customerId: 'cus_q', receivedAt: '2026-09-04T01:00:00.000Z', classification: { ...base, intent: 'praise', sentiment: { label: 'positive', score: 0.9 }, complaintTypes: [] } }),
        record({ customerId: 'cus_q', receivedAt: '2026-09-05T01:00:00.000Z', kind: 'interaction' }),
        record({ customerId: 'cus_q', receivedAt: '2026-09-06T01:00:00.000Z', channel: 'wechat' }),
      ];
      for (const item of items) await store.commitFeedback(commitOf(item));
      const [email, urgentSms, inquiry, , , wechat] = items.map((i) => i.feedbackId);
      const queue = async (filter: WorkQueueFilter) => (await store.listWorkQueue({ filter, limit: 10 })).items.map((i) => i.feedbackId);
      expect(await queue({})).toEqual([urgentSms, wechat, inquiry, email]);
      expect(await queue({ urgent: true })).toEqual([urgentSms]);
      expect(await queue({ urgent: false })).toEqual([wechat, inquiry, email]);
      expect(await queue({ channel: 'email' })).toEqual([email]);
      expect(await queue({ intent: 'inquiry' })).toEqual([inquiry]);
      expect(await queue({ intent: 'praise' })).toEqual([]);
      expect(await queue({ sentiment: 'negative' })).toEqual([wechat, urgentSms, email]);
      expect(await queue({ type: 'delivery' })).toEqual([wechat, email]);
      expect(await queue({ type: 'delivery', channel: 'wechat' })).toEqual([wechat]);
      expect(await queue({ from: '2026-09-02T00:00:00.000Z', to: '2026-09-03T01:00:00.000Z' })).toEqual([inquiry, urgentSms]);
      expect(await queue({ sentiment: 'negative', to: '2026-09-02T01:00:00.000Z' })).toEqual([urgentSms, email]);
      expect(await queue({ status: 'acknowledged' })).toEqual([]);
      const pages: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listWorkQueue({ filter: { sentiment: 'negative', from: '2026-09-01T00:00:00.000Z' }, limit: 1, ...(cursor ? { cursor } : {}) });
        pages.push(...page.items.map((i) => i.feedbackId));
        cursor = page.nextCursor;
      } while (cursor);
      expect(pages).toEqual([wechat, urgentSms, email]);
      const first = await store.listWorkQueue({ filter: {}, limit: 2 });
      const rest = await store.listWorkQueue({ filter: {}, limit: 2, cursor: first.nextCursor });
      expect([...first.items, ...rest.items].map((i) => i.feedbackId)).toEqual([urgentSms, wechat, inquiry, email]);
      await expect(store.listWorkQueue({ filter: {}, limit: 2, cursor: 'bogus' })).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it('erases a person: customers, identities, items and every index entry; the erasure record stays', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_e', '2026-10-01T00:00:00.000Z', ['email:e@example.com']));
      await store.createCustomer(customer('cus_k', '2026-10-01T00:00:00.000Z', ['email:k@example.com']));
      await store.claimIdentity('email:e@example.com', 'cus_e');
      await store.claimIdentity('email:k@example.com', 'cus_k');
      const erased = record({ customerId: 'cus_e', receivedAt: '2026-10-01T01:00:00.000Z', identities: ['email:e@example.com'], classification: { ...record({ customerId: 'x', receivedAt: '2026-10-01T00:00:00.000Z' }).classification, urgent: true } });
      const kept = record({ customerId: 'cus_k', receivedAt: '2026-10-01T02:00:00.000Z', identities: ['email:k@example.com'] });
      await store.commitFeedback({ ...commitOf(erased), atRisk: { customerId: 'cus_e', day: '2026-10-01', negativesLastWeek: 3, reason: 'repeated_negative', feedbackId: erased.feedbackId } });
      await store.commitFeedback(commitOf(kept));
      const plan = {
        customers: [(await store.getCustomer('cus_e'))!],
        identities: ['email:e@example.com'],
        items: [erased],
        record: { erasureId: 'er_1', at: '2026-10-02T00:00:00.000Z', by: 'admin', subjectHash: 'a'.repeat(64), customers: 1, identities: 1, items: 1 },
      };
      await store.erase(plan);
      await store.erase(plan);
      expect(await store.getCustomer('cus_e')).toBeUndefined();
      expect(await store.getIdentityOwner('email:e@example.com')).toBeUndefined();
      expect(await store.getFeedback(erased.feedbackId)).toBeUndefined();
      expect((await store.listTimeline('cus_e', { limit: 5 })).items).toEqual([]);
      expect((await store.listWorkQueue({ filter: {}, limit: 10 })).items.map((i) => i.feedbackId)).toEqual([kept.feedbackId]);
      expect((await store.listByComplaintType('delivery', ['2026-10-01'], 10)).map((i) => i.feedbackId)).toEqual([kept.feedbackId]);
      expect(await store.listUrgent('open', 10)).toEqual([]);
      expect(await store.listAtRisk(['2026-10-01'], 10)).toEqual([]);
      expect(await store.getIdentityOwner('email:k@example.com')).toBe('cus_k');
      expect((await store.getDailyCounters(['2026-10-01'])).get('2026-10-01')).toEqual({ total: 2 });
      expect((await store.listErasures()).map((e) => e.erasureId)).toEqual(['er_1']);
    });

    it('grants a claim to the first caller only', async () => {
      const store = await makeStore();
      expect(await store.claimOnce('digest#daily#2026-07-01', '2026-07-02T00:00:00.000Z')).toBe(true);
      expect(await store.claimOnce('digest#daily#2026-07-01', '2026-07-02T00:01:00.000Z')).toBe(false);
      expect(await store.claimOnce('digest#daily#2026-07-02', '2026-07-03T00:00:00.000Z')).toBe(true);
    });
  });
}
