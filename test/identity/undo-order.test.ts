/**
 * Undoing one of two merges into a customer while the other stands (issue 13's merge/undo check):
 * a message brought in by the standing merge, processed on its own customer before that merge,
 * keeps the classification it was made with. Through the API app on both stores, with a clock
 * that moves, so what was processed before and after each merge is told apart.
 */
import { describe, expect, it } from 'vitest';
import { mergeApi, mergeStores } from '../support/merge-api.ts';

describe.each(mergeStores)('undoing one of two merges into one customer on the %s', (_name, makeStore) => {
  it('a message the other merge brought in, processed on its own customer before it, keeps its urgency whatever order the merges are undone in', async () => {
    for (const order of [[0, 1], [1, 0]]) {
      const { store, send, post, merge } = await mergeApi(makeStore, `undo-order-${order}`);
      // The survivor has two open complaints; the customer merged in second has one of its own.
      const survivor = (await send('s1', 'phone:+8613500135001', '2026-11-20T01:00:00.000Z', '快递三天还没到，太失望了')).customerId;
      await send('s2', 'phone:+8613500135001', '2026-11-20T02:00:00.000Z', '退款一直没到账，很生气');
      const first = (await send('x1', 'phone:+8613500135002', '2026-11-20T03:00:00.000Z', '谢谢，客服态度很好，非常满意')).customerId;
      const second = (await send('c1', 'phone:+8613500135003', '2026-11-21T01:00:00.000Z', '东西坏了，要换货')).customerId;
      const merges = [await merge(survivor, first)];
      // Processed on its own customer, one open complaint before it, while the first merge stands.
      const own = await send('c2', 'phone:+8613500135003', '2026-11-22T01:00:00.000Z', '快递三天还没到，太失望了');
      merges.push(await merge(survivor, second));

      for (const index of order) expect((await post(`/v1/merges/${merges[index]}/undo`)).status).toBe(200);
      const after = (await store.getFeedback(own.feedbackId))!;
      expect(after.customerId).toBe(second);
      expect(after.classification, `undone in the order ${order}`).toEqual(own.classification);
    }
  });

  it('a message processed while the undone merge stood is judged again on its own customer\'s history as it stood then, not on what a later merge brought in', async () => {
    for (const order of [[0, 1], [1, 0]]) {
      const { store, send, post, merge } = await mergeApi(makeStore, `undo-order-later-${order}`);
      // What the message reads as on a customer with the same one open complaint, never merged.
      await send('t1', 'phone:+8613600136009', '2026-11-20T01:00:00.000Z', '东西坏了，要换货');
      const alone = await send('t2', 'phone:+8613600136009', '2026-11-22T01:00:00.000Z', '快递三天还没到，太失望了');

      const survivor = (await send('s1', 'phone:+8613600136001', '2026-11-20T01:00:00.000Z', '东西坏了，要换货')).customerId;
      const first = (await send('b1', 'phone:+8613600136002', '2026-11-20T02:00:00.000Z', '退款一直没到账，很生气')).customerId;
      // The customer merged in later has open complaints from before the message.
      const second = (await send('c1', 'phone:+8613600136003', '2026-11-20T03:00:00.000Z', '退款一直没到账，很生气')).customerId;
      await send('c2', 'phone:+8613600136003', '2026-11-20T04:00:00.000Z', '东西坏了，要换货');
      const merges = [await merge(survivor, first)];
      // Judged on both merged customers' open complaints.
      const whileMerged = await send('s2', 'phone:+8613600136001', '2026-11-22T01:00:00.000Z', '快递三天还没到，太失望了');
      expect(whileMerged.classification.urgent).toBe(true);
      merges.push(await merge(survivor, second));

      for (const index of order) expect((await post(`/v1/merges/${merges[index]}/undo`)).status).toBe(200);
      expect((await store.getFeedback(whileMerged.feedbackId))!.classification, `undone in the order ${order}`).toEqual(alone.classification);
    }
  });
});
