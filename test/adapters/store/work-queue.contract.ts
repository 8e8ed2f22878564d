/** The WorkQueueStore part of the store contract: case changes and the work queue. */
import { describe, expect, it } from 'vitest';
import type { WorkQueueFilter } from '../../../shared/cases/work-queue.ts';
import { InvalidCursorError, type Store } from '../../../shared/ports.ts';
import { CASE_HISTORY_BYTES_KEPT, caseRevision, changeFeedbackStatus } from '../../../shared/timeline/status.ts';
import { commitOf, customer, record } from '../../support/records.ts';

export function workQueueStoreContract(name: string, makeStore: () => Promise<Store>) {
  describe(`WorkQueueStore contract: ${name}`, () => {
    it('keeps the latest case changes within a budget and counts the older: 100 of the longest notes, then status moves, never outgrow an item; revisions go on counting', async () => {
      const store = await makeStore();
      await store.createCustomer({ ...customer('cus_a', '2026-08-01T00:00:00.000Z'), counts: { complaints: 1, 'complaints.open': 1 } });
      const item = record({ customerId: 'cus_a', receivedAt: '2026-08-01T01:00:00.000Z' });
      await store.commitFeedback(commitOf(item));
      let minute = 0;
      const dependencies = { store, clock: { now: () => new Date(Date.parse('2026-08-02T00:00:00.000Z') + (minute += 1) * 60_000) }, timeZone: 'Asia/Shanghai' };
      // 2,000 characters of 3 bytes: 6 KB a note, ~60 of them pass DynamoDB's 400 KB.
      for (let i = 0; i < 100; i += 1) expect((await changeFeedbackStatus(dependencies, item.feedbackId, { note: `${i}`.padEnd(2000, '退') }, 'agent-1')).status).toBe('changed');
      expect((await changeFeedbackStatus(dependencies, item.feedbackId, { status: 'resolved' }, 'agent-1', 99)).status).toBe('stale');
      expect((await changeFeedbackStatus(dependencies, item.feedbackId, { status: 'resolved' }, 'agent-1', 100)).status).toBe('changed');
      const stored = (await store.getFeedback(item.feedbackId))!;
      expect(caseRevision(stored)).toBe(101);
      expect(stored.status).toBe('resolved');
      expect(stored.history!.at(-1)).toMatchObject({ by: 'agent-1', status: { from: 'open', to: 'resolved' } });
      expect(stored.history!.at(-2)!.note).toBe('99'.padEnd(2000, '退'));
      expect(Buffer.byteLength(JSON.stringify(stored.history))).toBeLessThanOrEqual(CASE_HISTORY_BYTES_KEPT);
      expect(stored.olderCaseChanges).toEqual({ count: 101 - stored.history!.length, status: 'open' });
      expect((await store.getCustomer('cus_a'))!.counts['complaints.open'] ?? 0).toBe(0);
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
      const august = { from: '2026-07-31T16:00:00.000Z', to: '2026-08-31T16:00:00.000Z' };
      expect(await store.listUrgent('open', august, 10)).toEqual([]);
      expect((await store.listUrgent('resolved', august, 10)).map((i) => i.feedbackId)).toEqual([urgent.feedbackId]);
      expect((await store.getDailyCounters(['2026-08-02'])).get('2026-08-02')).toEqual({ 'response.resolved.count': 1, 'response.resolved.seconds': 86_400 });
      expect((await store.getCustomer('cus_a'))?.counts['complaints.open']).toBe(0);
    });

    it("revises an item's classification once, from the one read: urgent list, work queue and the day's urgent counter follow; a status change after it keeps it", async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_r', '2026-08-01T00:00:00.000Z'));
      const base = record({ customerId: 'cus_r', receivedAt: '2026-08-01T01:00:00.000Z' }).classification;
      const urgentClassification = { ...base, urgent: true, urgentReason: 'repeated unresolved complaint (2 unresolved before it)', explanations: ['urgent: repeated unresolved complaint (2 unresolved before it)'] };
      const item = record({ customerId: 'cus_r', receivedAt: '2026-08-01T01:00:00.000Z', classification: urgentClassification });
      await store.commitFeedback(commitOf(item, { total: 1, urgent: 1 }));
      const august = { from: '2026-07-31T16:00:00.000Z', to: '2026-08-31T16:00:00.000Z' };
      const queue = async (filter: WorkQueueFilter) => (await store.listWorkQueue({ filter, limit: 10 })).items.map((i) => [i.feedbackId, i.classification.urgent]);
      expect((await store.listUrgent('open', august, 10)).map((i) => i.feedbackId)).toEqual([item.feedbackId]);

      const calm = { ...base, explanations: [] };
      expect(await store.reviseClassification({ feedbackId: item.feedbackId, from: urgentClassification, to: calm })).toBe('revised');
      expect(await store.reviseClassification({ feedbackId: item.feedbackId, from: urgentClassification, to: calm })).toBe('changed');
      expect(await store.reviseClassification({ feedbackId: 'fb_00000000000000000000000000', from: urgentClassification, to: calm })).toBe('gone');
      expect((await store.getFeedback(item.feedbackId))?.classification).toEqual(calm);
      expect(await store.listUrgent('open', august, 10)).toEqual([]);
      expect(await queue({})).toEqual([[item.feedbackId, false]]);
      expect(await queue({ urgent: true })).toEqual([]);
      expect((await store.getDailyCounters(['2026-08-01'])).get('2026-08-01')).toEqual({ total: 1 });
      // A revision of a revised item is guarded on the revised classification.
      expect(await store.reviseClassification({ feedbackId: item.feedbackId, from: calm, to: urgentClassification })).toBe('revised');
      expect((await store.listUrgent('open', august, 10)).map((i) => i.feedbackId)).toEqual([item.feedbackId]);
      expect(await store.reviseClassification({ feedbackId: item.feedbackId, from: urgentClassification, to: calm })).toBe('revised');

      const event = { at: '2026-08-02T01:00:00.000Z', by: 'agent', status: { from: 'open' as const, to: 'acknowledged' as const } };
      const acknowledged = await store.changeStatus({ feedbackId: item.feedbackId, from: 'open', to: 'acknowledged', revision: 0, event, at: event.at, day: '2026-08-02', aggregateDeltas: {}, customerDeltas: {} });
      expect(acknowledged).toMatchObject({ status: 'acknowledged', classification: calm });
      expect(await store.listUrgent('acknowledged', august, 10)).toEqual([]);
      expect(await queue({ status: 'acknowledged' })).toEqual([[item.feedbackId, false]]);
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

    it('changes the statuses of many items at once without calling concurrent writers a conflict', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-08-01T00:00:00.000Z'));
      const items = Array.from({ length: 12 }, (_, i) => record({ customerId: 'cus_a', receivedAt: `2026-08-01T01:00:${String(i).padStart(2, '0')}.000Z` }));
      for (const item of items) await store.commitFeedback(commitOf(item));
      const at = '2026-08-02T01:00:00.000Z';
      const changes = items.map((item) => ({ feedbackId: item.feedbackId, from: 'open' as const, to: 'acknowledged' as const, revision: 0, event: { at, by: 'agent', status: { from: 'open' as const, to: 'acknowledged' as const } }, at, day: '2026-08-02', aggregateDeltas: { 'response.acknowledged.count': 1 }, customerDeltas: {} }));
      const outcomes = await Promise.all(changes.map((change) => store.changeStatus(change)));
      expect(outcomes.filter((o) => o === 'conflict')).toEqual([]);
      expect((await store.getDailyCounters(['2026-08-02'])).get('2026-08-02')).toEqual({ 'response.acknowledged.count': 12 });
    });

    it('keeps every one of many agents noting one item at the same moment: a concurrent writer is retried, never answered with a conflict', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-08-01T00:00:00.000Z'));
      const item = record({ customerId: 'cus_a', receivedAt: '2026-08-01T01:00:00.000Z' });
      await store.commitFeedback(commitOf(item));
      const dependencies = { store, clock: { now: () => new Date('2026-08-02T01:00:00.000Z') }, timeZone: 'Asia/Shanghai' };
      const agents = Array.from({ length: 8 }, (_, i) => `agent ${i}`);
      const outcomes = await Promise.all(agents.map((agent, i) => changeFeedbackStatus(dependencies, item.feedbackId, { note: `${agent} called the customer`, ...(i === 0 ? { status: 'acknowledged' as const } : {}) }, agent)));
      expect(outcomes.map((outcome) => outcome.status)).toEqual(agents.map(() => 'changed'));
      const kept = (await store.getFeedback(item.feedbackId))!;
      expect(kept.history!.map((event) => event.by).sort()).toEqual(agents);
      expect(kept.status).toBe('acknowledged');
    });
  });
}
