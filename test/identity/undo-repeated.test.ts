/**
 * An undo asked for again (a client's retry, a second person's click) after the two customers
 * were merged again by another merge: the repeated undo answers the undone merge and leaves the
 * new merge's work alone. Through the API app and the processor on both stores.
 */
import { describe, expect, it } from 'vitest';
import { mergeApi, mergeStores } from '../support/merge-api.ts';

describe.each(mergeStores)('an undo asked for again after the two were merged again, on the %s', (_name, makeStore) => {
  it('leaves what the new merge brought with the survivor, and its own undo hands it all back', async () => {
    const { store, send, post, merge, timeline } = await mergeApi(makeStore, `undo-repeated-${_name}`);
    const survivorOwn = await send('s1', 'phone:+8613700137001', '2026-11-20T01:00:00.000Z', '东西坏了，要换货');
    const survivor = survivorOwn.customerId;
    const absorbed = (await send('a1', 'phone:+8613700137002', '2026-11-20T02:00:00.000Z', '快递三天还没到，太失望了')).customerId;
    const first = await merge(survivor, absorbed);
    // Written to the survivor while merged, by the absorbed customer's phone: the undo carries it back.
    const carried = await send('a2', 'phone:+8613700137002', '2026-11-21T01:00:00.000Z', '退款一直没到账，很生气');
    expect((await post(`/v1/merges/${first}/undo`)).status).toBe(200);
    const again = await merge(survivor, absorbed);
    const merged = await timeline(absorbed);
    const survivorMerged = (await store.getCustomer(survivor))!;

    expect((await post(`/v1/merges/${first}/undo`)).status).toBe(200);
    expect(await timeline(absorbed)).toEqual(merged);
    expect((await store.getCustomer(survivor))!.counts).toEqual(survivorMerged.counts);
    expect((await store.getCustomer(absorbed))!.mergedInto).toBe(survivor);
    expect(await store.getIdentityOwner('phone:+8613700137002')).toBe(survivor);

    expect((await post(`/v1/merges/${again}/undo`)).status).toBe(200);
    expect((await timeline(survivor)).items.map((item) => item.feedbackId)).toEqual([survivorOwn.feedbackId]);
    const own = await timeline(absorbed);
    expect(own.customerId).toBe(absorbed);
    expect(own.items.map((item) => [item.feedbackId, item.mergedVia ?? []])).toEqual([[carried.feedbackId, []], [expect.any(String), []]]);
    expect((await store.getCustomer(survivor))!.counts.total).toBe(1);
    expect((await store.getCustomer(absorbed))!.counts.total).toBe(2);
  });
});
