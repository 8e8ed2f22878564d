/** The TimelineStore part of the store contract: the per-customer timeline. */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../shared/ports.ts';
import { IdentitiesMovedError, InvalidCursorError } from '../../../shared/ports.ts';
import { commitOf, customer, incompressibleText, minutesFrom, record } from '../../support/records.ts';

export function timelineStoreContract(name: string, makeStore: () => Promise<Store>) {
  describe(`TimelineStore contract: ${name}`, () => {
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

    it('refuses a commit naming an identity the customer held when the message was resolved and holds no more (IdentitiesMovedError): the message is resolved again', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_x', '2026-11-20T00:00:00.000Z', ['phone:+8613800138551']));
      const item = record({ customerId: 'cus_x', receivedAt: '2026-11-20T01:00:00.000Z', identities: ['email:gone@example.com'] });
      const commit = commitOf(item);
      await expect(store.commitFeedback({ ...commit, customer: { ...commit.customer, addIdentities: [], heldIdentities: ['email:gone@example.com'] } })).rejects.toBeInstanceOf(IdentitiesMovedError);
      expect(await store.getFeedback(item.feedbackId)).toBeUndefined();
      expect(await store.commitFeedback({ ...commit, customer: { ...commit.customer, addIdentities: [], heldIdentities: ['phone:+8613800138551'] } })).toBe('written');
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

    it('reads down to a place, its item included, and says no more follow once there', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-04-01T00:00:00.000Z'));
      for (const receivedAt of minutesFrom('2026-04-02T00:00:00.000Z', 6)) await store.commitFeedback(commitOf(record({ customerId: 'cus_a', receivedAt })));
      const all = (await store.listTimeline('cus_a', { limit: 10 })).items;
      const place = (index: number) => ({ receivedAt: all[index]!.receivedAt, feedbackId: all[index]!.feedbackId });
      expect(await store.listTimeline('cus_a', { limit: 10, downTo: place(3) })).toEqual({ items: all.slice(0, 4) });
      const first = await store.listTimeline('cus_a', { limit: 2, after: place(0), downTo: place(3) });
      expect(first.items).toEqual(all.slice(1, 3));
      expect(await store.listTimeline('cus_a', { limit: 2, cursor: first.nextCursor, downTo: place(3) })).toEqual({ items: all.slice(3, 4) });
      // As many items as the limit between an item and the place: nothing more follows.
      expect(await store.listTimeline('cus_a', { limit: 2, after: place(1), downTo: place(3) })).toEqual({ items: all.slice(2, 4) });
      expect(await store.listTimeline('cus_a', { limit: 5, after: place(3), downTo: place(3) })).toEqual({ items: [] });
      expect(await store.listTimeline('cus_a', { limit: 5, after: place(3), downTo: place(1) })).toEqual({ items: [] });
    });

    it('pages a timeline of long messages to its end (DynamoDB answers at most 1 MB a query)', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-04-01T00:00:00.000Z'));
      const text = incompressibleText(1);
      const times = minutesFrom('2026-04-02T00:00:00.000Z', 10);
      for (const receivedAt of times) await store.commitFeedback(commitOf(record({ customerId: 'cus_a', receivedAt, text })));
      const listed: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listTimeline('cus_a', { limit: 20, ...(cursor ? { cursor } : {}) });
        listed.push(...page.items.map((item) => item.receivedAt));
        cursor = page.nextCursor;
      } while (cursor);
      expect(listed).toEqual([...times].reverse());
    });

    it('ends a page at maxBytes of items, with at least one, and goes on from there', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-04-01T00:00:00.000Z'));
      const times = ['2026-04-03T10:00:00.000Z', '2026-04-02T10:00:00.000Z', '2026-04-01T10:00:00.000Z'];
      for (const receivedAt of times) await store.commitFeedback(commitOf(record({ customerId: 'cus_a', receivedAt })));
      const first = await store.listTimeline('cus_a', { limit: 20, maxBytes: 1 });
      const second = await store.listTimeline('cus_a', { limit: 20, maxBytes: 1, cursor: first.nextCursor });
      const rest = await store.listTimeline('cus_a', { limit: 20, cursor: second.nextCursor });
      expect([first, second, rest].map((page) => page.items.map((item) => item.receivedAt))).toEqual([[times[0]], [times[1]], [times[2]]]);
      expect(rest.nextCursor).toBeUndefined();
    });

    it('reads items by id as their last write left them, in the order asked, more than one request holds', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-06-01T00:00:00.000Z'));
      await store.createCustomer(customer('cus_b', '2026-06-01T00:00:00.000Z'));
      // DynamoDB answers at most 100 keys a request.
      const items = Array.from({ length: 101 }, (_, i) => record({ customerId: 'cus_a', receivedAt: new Date(Date.parse('2026-06-01T01:00:00.000Z') + i * 60_000).toISOString() }));
      for (const item of items) await store.commitFeedback(commitOf(item));
      const merge = await store.beginMerge({ survivorId: 'cus_b', absorbedId: 'cus_a', mergedAt: '2026-06-02T00:00:00.000Z', by: 'processor', reason: 'test' });
      if (merge.status !== 'started') throw new Error('merge did not start');
      await store.moveFeedback({ feedbackId: items[7]!.feedbackId, from: 'cus_a', to: 'cus_b', mergedVia: [merge.mergeId], mergeId: merge.mergeId, counted: 1 });
      const asked = [...items].reverse().map((item) => item.feedbackId);
      const read = await store.getFeedbackNow([asked[0]!, 'fb_00000000000000000000000000', ...asked.slice(1)]);
      expect(read.map((item) => item.feedbackId)).toEqual(asked);
      expect(read.find((item) => item.feedbackId === items[7]!.feedbackId)?.customerId).toBe('cus_b');
      expect(read.filter((item) => item.customerId === 'cus_a')).toHaveLength(100);
      expect(await store.getFeedbackNow([])).toEqual([]);
    });

    it('moves an item to another timeline when it is re-pointed', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-05-01T00:00:00.000Z'));
      const item = record({ customerId: 'cus_a', receivedAt: '2026-05-01T01:00:00.000Z' });
      await store.commitFeedback(commitOf(item));
      await store.createCustomer(customer('cus_b', '2026-05-02T00:00:00.000Z'));
      const merge = await store.beginMerge({ survivorId: 'cus_b', absorbedId: 'cus_a', mergedAt: '2026-05-03T00:00:00.000Z', by: 'processor', reason: 'test' });
      if (merge.status !== 'started') throw new Error('merge did not start');
      const move = { feedbackId: item.feedbackId, from: 'cus_a', to: 'cus_b', mergedVia: [merge.mergeId], mergeId: merge.mergeId, counted: 1 as const };
      await store.moveFeedback(move);
      await store.moveFeedback(move);
      expect((await store.getMerge(merge.mergeId))?.movedItems).toBe(1);
      expect((await store.listTimeline('cus_a', { limit: 5 })).items).toEqual([]);
      const moved = (await store.listTimeline('cus_b', { limit: 5 })).items;
      expect(moved.map((i) => [i.feedbackId, i.customerId, i.originalCustomerId, i.mergedVia])).toEqual([[item.feedbackId, 'cus_b', 'cus_a', [merge.mergeId]]]);
      await store.moveFeedback({ ...move, from: 'cus_b', to: 'cus_a', mergedVia: [], counted: -1 });
      expect((await store.getMerge(merge.mergeId))?.movedItems).toBe(0);
      expect((await store.listTimeline('cus_a', { limit: 5 })).items).toEqual([item]);
    });
    it("moves an item with its own counts, once, when it carries them, and moves last seen with it", async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-05-01T00:00:00.000Z'));
      await store.createCustomer(customer('cus_b', '2026-05-02T00:00:00.000Z'));
      const item = record({ customerId: 'cus_a', receivedAt: '2026-05-04T01:00:00.000Z' });
      await store.commitFeedback({ ...commitOf(item), customer: { ...commitOf(item).customer, countDeltas: { total: 1, 'channel.sms': 1 } } });
      const merge = await store.beginMerge({ survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: '2026-05-03T00:00:00.000Z', by: 'processor', reason: 'test' });
      if (merge.status !== 'started') throw new Error('merge did not start');
      const move = { feedbackId: item.feedbackId, from: 'cus_a', to: 'cus_b', mergedVia: [], mergeId: merge.mergeId, counted: 0 as const, carried: { counts: { total: 1, 'channel.sms': 1 }, lastSeen: { receivedAt: item.receivedAt, fromLastSeen: '2026-05-01T00:00:00.000Z' } } };
      await store.moveFeedback(move);
      await store.moveFeedback(move);
      const nonZero = (counts: Record<string, number> | undefined) => Object.fromEntries(Object.entries(counts ?? {}).filter(([, v]) => v !== 0));
      expect(nonZero((await store.getCustomer('cus_a'))?.counts)).toEqual({});
      expect(nonZero((await store.getCustomer('cus_b'))?.counts)).toEqual({ total: 1, 'channel.sms': 1 });
      expect((await store.getCustomer('cus_b'))?.lastSeen).toBe(item.receivedAt);
      expect((await store.getCustomer('cus_a'))?.lastSeen).toBe('2026-05-01T00:00:00.000Z');
      expect((await store.getMerge(merge.mergeId))?.movedItems ?? 0).toBe(0);
      expect((await store.listTimeline('cus_b', { limit: 5 })).items.map((i) => i.feedbackId)).toEqual([item.feedbackId]);
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

    it("reads on after a place in time on any customer's timeline: one place serves every customer of a person", async () => {
      const store = await makeStore();
      for (const id of ['cus_a', 'cus_b']) await store.createCustomer(customer(id, '2026-04-01T00:00:00.000Z'));
      const instant = '2026-04-02T10:00:00.000Z';
      // Three at one instant: the place's id decides which of them come after it.
      const [low, middle, high] = ['1', '2', '3'].map((n) => record({ customerId: 'cus_a', receivedAt: instant, feedbackId: `fb_${n.repeat(26)}` }));
      const older = record({ customerId: 'cus_a', receivedAt: '2026-04-01T10:00:00.000Z' });
      const newer = record({ customerId: 'cus_a', receivedAt: '2026-04-03T10:00:00.000Z' });
      const elsewhere = record({ customerId: 'cus_b', receivedAt: '2026-04-01T12:00:00.000Z' });
      for (const item of [low!, middle!, high!, older, newer, elsewhere]) await store.commitFeedback(commitOf(item));
      const after = { receivedAt: instant, feedbackId: middle!.feedbackId };
      expect((await store.listTimeline('cus_a', { limit: 10, after })).items.map((i) => i.feedbackId)).toEqual([low!.feedbackId, older.feedbackId]);
      expect((await store.listTimeline('cus_b', { limit: 10, after })).items.map((i) => i.feedbackId)).toEqual([elsewhere.feedbackId]);
      const first = await store.listTimeline('cus_a', { limit: 1, after: { receivedAt: newer.receivedAt, feedbackId: newer.feedbackId } });
      const rest = await store.listTimeline('cus_a', { limit: 10, after: { receivedAt: newer.receivedAt, feedbackId: newer.feedbackId }, cursor: first.nextCursor });
      expect([...first.items, ...rest.items].map((i) => i.feedbackId)).toEqual([high!.feedbackId, middle!.feedbackId, low!.feedbackId, older.feedbackId]);
      expect((await store.listTimeline('cus_a', { limit: 10, after: { receivedAt: older.receivedAt, feedbackId: older.feedbackId } })).items).toEqual([]);
    });
  });
}
