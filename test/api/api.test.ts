import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { configuredKeys, staticKeyRing } from '../../shared/keys/keys.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { deriveFeedbackId } from '../../shared/event.ts';
import { messageEvent } from '../support/feedback-event.ts';
import type { ErasureStore } from '../../shared/cases/ports.ts';
import type { Store } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { isStorableText } from '../../shared/text.ts';
import { createTestTable } from '../support/dynamodb.ts';
import { freePort } from '../support/emulators.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

const KEY = 'test-key-1';

async function setup(makeStore: () => Promise<Store & ErasureStore> = async () => new LocalStore()) {
  const store = await makeStore();
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => new Date('2026-11-25T00:00:00Z') }, timeZone: 'Asia/Shanghai' });
  const clock = { now: () => new Date('2026-11-25T00:00:00Z') };
  const app = createApiApp({ config: loadConfig({}), store, clock, keyRing: staticKeyRing(configuredKeys([KEY, 'second-key'])) });
  const get = (path: string, key: string | null = KEY) => app.request(path, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  const send = (id: string, identities: string[], receivedAt: string, text = '物流太慢了', verified = false) =>
    processEvent({ ...messageEvent('api-test', id, identities, receivedAt, text, verified ? { verifiedBy: 'sms' } : {}), channel: 'web', source: 'forms' });
  const post = (path: string, body?: unknown, key = KEY) =>
    app.request(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { store, app, get, send, post };
}

describe('timeline API', () => {
  it('finds a customer by any of its identities, normalising what the caller typed', async () => {
    const { get, send } = await setup();
    await send('1', ['email:li@example.com', 'phone:+8613800138000'], '2026-11-20T01:00:00.000Z');
    const byEmail = (await (await get('/v1/customers?identity=email:LI@example.com')).json()) as { customerId: string };
    const byPhone = (await (await get(`/v1/customers?identity=${encodeURIComponent('phone:138 0013 8000')}`)).json()) as { customerId: string };
    expect(byEmail.customerId).toMatch(/^cus_/);
    expect(byPhone.customerId).toBe(byEmail.customerId);
    const notFound = await get('/v1/customers?identity=email:nobody@example.com');
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect((await get('/v1/customers?identity=fax:123')).status).toBe(422);
    expect((await get('/v1/customers')).status).toBe(400);
  });

  it('answers a lookup by an identity that names none with 422 invalid_identity, as adding or removing that identity does; 400 is for the request\'s shape', async () => {
    const { get, post, send } = await setup();
    await send('1', ['email:li@example.com'], '2026-11-20T01:00:00.000Z');
    const { customerId } = (await (await get('/v1/customers?identity=email:li@example.com')).json()) as { customerId: string };
    for (const identity of ['fax:123', 'email:not-an-address', 'phone:12', 'wechat:../x', 'email', 'email:li\u202e@example.com', 'phone:138\u200b0013 8000', 'email:li\u00ad@example.com', 'wechat:o\u2060x', 'form:a\u0000b']) {
      const lookup = await get(`/v1/customers?identity=${encodeURIComponent(identity)}`);
      expect([lookup.status, await lookup.json()], identity).toEqual([422, { error: { code: 'invalid_identity', message: expect.any(String) } }]);
      const add = await post(`/v1/customers/${customerId}/identities`, { identity });
      expect(add.status, identity).toBe(422);
    }
    for (const query of ['', '?identity=', '?identity=ab', `?identity=email:${'a'.repeat(330)}@example.com`, '?identity=email:li@example.com&x=1']) {
      const refused = await get(`/v1/customers${query}`);
      expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code], query).toEqual([400, 'invalid_request']);
    }
  });

  it('reads a `+` typed into an identity as the plus sign it is, not as a space (which made +1… a Chinese national number: another customer)', async () => {
    const { get, send } = await setup();
    await send('us', ['phone:+14155550100'], '2026-11-20T01:00:00.000Z', undefined, true);
    await send('cn', ['phone:+8614155550100'], '2026-11-20T02:00:00.000Z', undefined, true);
    await send('tag', ['email:li.lei+shop@example.com'], '2026-11-20T03:00:00.000Z');
    const owner = async (query: string) => {
      const response = await get(`/v1/customers?identity=${query}`);
      return response.status === 200 ? ((await response.json()) as { identities: string[] }).identities : response.status;
    };
    // As the README and the OpenAPI document write them, and as curl sends them.
    expect(await owner('phone:+14155550100')).toEqual(['phone:+14155550100']);
    expect(await owner('phone:+1+415+555+0100')).toEqual(['phone:+14155550100']);
    expect(await owner('email:li.lei+shop@example.com')).toEqual(['email:li.lei+shop@example.com']);
    // Percent-encoded, and as a browser's URLSearchParams sends a number typed with spaces.
    expect(await owner('phone%3A%2B14155550100')).toEqual(['phone:+14155550100']);
    expect(await owner(new URLSearchParams({ identity: 'phone:+1 415 555 0100' }).toString().slice('identity='.length))).toEqual(['phone:+14155550100']);
    // Without the plus it would be a Chinese national number, and no Chinese number has that form.
    expect(await owner('phone:14155550100')).toBe(422);
    expect(await owner('email:li.lei%20shop@example.com')).toEqual(['email:li.lei+shop@example.com']);
  });

  it('serves the profile and a newest-first, cursor-paginated timeline; an old id after a merge answers with the merged one', async () => {
    const { get, send } = await setup();
    await send('a', ['email:a@example.com'], '2026-11-18T01:00:00.000Z', undefined, true);
    await send('b', ['phone:+8613900139000'], '2026-11-19T01:00:00.000Z', undefined, true);
    const absorbed = ((await (await get('/v1/customers?identity=phone:+8613900139000')).json()) as { customerId: string }).customerId;
    await send('c', ['email:a@example.com', 'phone:+8613900139000'], '2026-11-20T01:00:00.000Z', '谢谢，问题解决了，服务很好', true);

    const profile = (await (await get(`/v1/customers/${absorbed}`)).json()) as {
      customerId: string;
      identities: string[];
      counts: { total: number; byChannel: Record<string, number>; bySentiment: Record<string, number> };
      mergedFrom: { customerId: string }[];
    };
    expect(profile.customerId).not.toBe(absorbed);
    expect(profile.identities).toEqual(['email:a@example.com', 'phone:+8613900139000']);
    expect(profile.counts).toMatchObject({ total: 3, byChannel: { web: 3 }, bySentiment: { negative: 2, positive: 1 } });
    expect(profile.mergedFrom.map((m) => m.customerId)).toEqual([absorbed]);

    const page1 = (await (await get(`/v1/customers/${absorbed}/timeline?limit=2`)).json()) as { customerId: string; items: { receivedAt: string; classification: { sentiment: { label: string } } }[]; nextCursor: string };
    expect(page1.customerId).toBe(profile.customerId);
    expect(page1.items.map((i) => i.receivedAt)).toEqual(['2026-11-20T01:00:00.000Z', '2026-11-19T01:00:00.000Z']);
    expect(page1.items[0]?.classification.sentiment.label).toBe('positive');
    const page2 = (await (await get(`/v1/customers/${profile.customerId}/timeline?limit=2&cursor=${page1.nextCursor}`)).json()) as { items: { receivedAt: string }[]; nextCursor?: string };
    expect(page2.items.map((i) => i.receivedAt)).toEqual(['2026-11-18T01:00:00.000Z']);
    expect(page2.nextCursor).toBeUndefined();
  });

  it('serves one feedback item by id', async () => {
    const { get, send } = await setup();
    const outcome = await send('one', ['email:x@example.com'], '2026-11-20T01:00:00.000Z');
    const item = (await (await get(`/v1/feedback/${outcome.feedbackId}`)).json()) as { feedbackId: string; text: string };
    expect(item).toMatchObject({ feedbackId: outcome.feedbackId, text: '物流太慢了' });
    expect((await get(`/v1/feedback/${deriveFeedbackId('api-test', 'missing')}`)).status).toBe(404);
    expect((await get('/v1/feedback/not-an-id')).status).toBe(400);
  });

  it('lists the open queue and moves items through acknowledged to resolved, counting response times', async () => {
    const { store, app, send } = await setup();
    const first = await send('q1', ['email:q@example.com'], '2026-11-24T16:00:00.000Z');
    await send('q2', ['email:q@example.com'], '2026-11-24T17:00:00.000Z');
    const patch = (id: string, body: string) => app.request(`/v1/feedback/${id}`, { method: 'PATCH', body, headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' } });
    const open = (await (await app.request('/v1/feedback?status=open&limit=1', { headers: { authorization: `Bearer ${KEY}` } })).json()) as { items: { feedbackId: string }[]; nextCursor: string };
    expect(open.items).toHaveLength(1);
    expect(open.nextCursor).toBeTruthy();

    const acknowledged = await patch(first.feedbackId, JSON.stringify({ status: 'acknowledged' }));
    expect(acknowledged.status).toBe(200);
    expect(await acknowledged.json()).toMatchObject({ status: 'acknowledged', acknowledgedAt: '2026-11-25T00:00:00.000Z' });
    expect((await patch(first.feedbackId, JSON.stringify({ status: 'resolved' }))).status).toBe(200);
    const backwards = await patch(first.feedbackId, JSON.stringify({ status: 'acknowledged' }));
    expect(backwards.status).toBe(409);
    expect(((await backwards.json()) as { error: { code: string } }).error.code).toBe('invalid_transition');
    expect((await patch(first.feedbackId, JSON.stringify({ status: 'open' }))).status).toBe(409);
    expect((await patch(first.feedbackId, JSON.stringify({ status: 'closed' }))).status).toBe(400);
    expect((await patch(first.feedbackId, '{not json')).status).toBe(400);
    expect((await patch(deriveFeedbackId('api-test', 'nope'), JSON.stringify({ status: 'resolved' }))).status).toBe(404);
    // Received 16:00 UTC on the 24th, acknowledged and resolved at 00:00 UTC on the 25th: 8 h each, on Shanghai's 25th.
    expect((await store.getDailyCounters(['2026-11-25'])).get('2026-11-25')).toMatchObject({
      'response.acknowledged.count': 1,
      'response.acknowledged.seconds': 28_800,
      'response.resolved.count': 1,
      'response.resolved.seconds': 28_800,
    });
  });

  it.each([
    ['no key', null],
    ['an unknown key', 'wrong-key'],
  ])('refuses requests with %s', async (_case, key) => {
    const { get } = await setup();
    const response = await get('/v1/customers?identity=email:a@example.com', key);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it("answers the daily counters of the 30 reporting days ending today in the reporting zone when no range is given (the console asked for UTC dates: before 08:00 in Shanghai today was cut off)", async () => {
    const store = new LocalStore();
    const clock = { now: () => new Date('2026-11-24T20:00:00Z') };
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock, timeZone: 'Asia/Shanghai' });
    await processEvent({ ...messageEvent('api-test', 'today', ['email:early@example.com'], '2026-11-24T19:30:00.000Z', '物流太慢了'), channel: 'web', source: 'forms' });
    const app = createApiApp({ config: loadConfig({ REPORT_TIME_ZONE: 'Asia/Shanghai' }), store, clock, keyRing: staticKeyRing(configuredKeys([KEY])) });
    const response = await app.request('/v1/stats/daily', { headers: { authorization: `Bearer ${KEY}` } });
    expect(response.status).toBe(200);
    const { days } = (await response.json()) as { days: { day: string; counters: Record<string, number> }[] };
    expect(days).toHaveLength(30);
    expect([days[0]!.day, days.at(-1)!.day]).toEqual(['2026-10-27', '2026-11-25']);
    expect(days.at(-1)!.counters.total).toBe(1);
    const onlyTo = (await (await app.request('/v1/stats/daily?to=2026-11-10', { headers: { authorization: `Bearer ${KEY}` } })).json()) as { days: { day: string }[] };
    expect([onlyTo.days[0]!.day, onlyTo.days.at(-1)!.day]).toEqual(['2026-10-12', '2026-11-10']);
  });

  it('rejects malformed parameters with 400 and a machine-readable code', async () => {
    const { get, send } = await setup();
    await send('p', ['email:p@example.com'], '2026-11-20T01:00:00.000Z');
    const id = ((await (await get('/v1/customers?identity=email:p@example.com')).json()) as { customerId: string }).customerId;
    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'cursor=garbage']) {
      const response = await get(`/v1/customers/${id}/timeline?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code, query).toMatch(/invalid_request|invalid_cursor/);
    }
    expect((await get('/v1/customers/cus_bad')).status).toBe(400);
  });

  it('reads a limit only as plain decimal digits, on every listing: 0x10, 1e1, " 5", "+5", "5.0" get 400 invalid_request (they were read as 16, 10 and 5)', async () => {
    const { get, send } = await setup();
    await send('d', ['email:d@example.com'], '2026-11-20T01:00:00.000Z');
    const id = ((await (await get('/v1/customers?identity=email:d@example.com')).json()) as { customerId: string }).customerId;
    for (const listing of [`/v1/customers/${id}/timeline`, '/v1/feedback', '/v1/merge-suggestions', '/v1/erasures']) {
      for (const limit of ['0x10', '1e1', '%205', '5%20', '%2B5', '5.0', '', '0', '101', '00000000000000000000005']) {
        const response = await get(`${listing}?limit=${limit}`);
        expect([response.status, ((await response.json()) as { error?: { code: string } }).error?.code], `${listing} limit=${limit}`).toEqual([400, 'invalid_request']);
      }
      for (const limit of ['1', '05', '100']) expect((await get(`${listing}?limit=${limit}`)).status, `${listing} limit=${limit}`).toBe(200);
    }
  });

  it('refuses a query whose percent-escapes are not UTF-8 with 400 invalid_encoding, instead of keeping the escapes as text (a removal reason caf%E9 was recorded as "caf%E9")', async () => {
    const { app, get, send } = await setup();
    await send('q', ['email:q@example.com', 'phone:+8613800138000'], '2026-11-20T01:00:00.000Z');
    const { customerId } = (await (await get('/v1/customers?identity=email:q@example.com')).json()) as { customerId: string };
    const removal = await app.request(`/v1/customers/${customerId}/identities/phone:+8613800138000?reason=caf%E9`, { method: 'DELETE', headers: { authorization: `Bearer ${KEY}` } });
    expect([removal.status, ((await removal.json()) as { error: { code: string } }).error.code]).toEqual([400, 'invalid_encoding']);
    expect(((await (await get('/v1/customers?identity=phone:%2B8613800138000')).json()) as { customerId: string }).customerId).toBe(customerId);
    for (const query of ['identity=email:%ED%A0%80@example.com', 'identity=email:q@example.com&x=%FF']) {
      const response = await get(`/v1/customers?${query}`);
      expect([response.status, ((await response.json()) as { error: { code: string } }).error.code], query).toEqual([400, 'invalid_encoding']);
    }
    const readable = await app.request(`/v1/customers/${customerId}/identities/phone:+8613800138000?reason=${encodeURIComponent('号码 100% 换了')}`, { method: 'DELETE', headers: { authorization: `Bearer ${KEY}` } });
    expect(readable.status).toBe(200);
  });

  it('lists the complaint types with the configured taxonomy file, read on the first request for them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'api-taxonomy-')), 'taxonomy.json');
    writeFileSync(file, JSON.stringify({ types: [{ id: 'parking', labelZh: '停车', labelEn: 'Parking', keywords: { 停车难: 1.2 } }] }));
    const app = createApiApp({ config: loadConfig({ COMPLAINT_TAXONOMY_FILE: file }), store: new LocalStore(), keyRing: staticKeyRing(configuredKeys([KEY])) });
    const response = await app.request('/v1/complaint-types', { headers: { authorization: `Bearer ${KEY}` } });
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { id: string; labelZh: string; labelEn: string }[] };
    expect(items).toContainEqual({ id: 'parking', labelZh: '停车', labelEn: 'Parking' });
    expect(items.length).toBeGreaterThan(1);
  });

  it('serves health and the OpenAPI document without a key', async () => {
    const { get } = await setup();
    expect(await (await get('/healthz', null)).json()).toEqual({ status: 'ok' });
    const doc = (await (await get('/openapi.json', null)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/v1/complaint-types',
      '/v1/customers',
      '/v1/customers/{customerId}',
      '/v1/customers/{customerId}/export',
      '/v1/customers/{customerId}/identities',
      '/v1/customers/{customerId}/identities/{identity}',
      '/v1/customers/{customerId}/merge',
      '/v1/customers/{customerId}/timeline',
      '/v1/erasures',
      '/v1/feedback',
      '/v1/feedback/{feedbackId}',
      '/v1/me',
      '/v1/merge-suggestions',
      '/v1/merge-suggestions/{suggestionId}/accept',
      '/v1/merge-suggestions/{suggestionId}/dismiss',
      '/v1/merges/{mergeId}',
      '/v1/merges/{mergeId}/undo',
      '/v1/stats/daily',
    ]);
  });
});

const stores: [string, () => Promise<Store & ErasureStore>][] = [
  ['local store', async () => new LocalStore()],
  [
    'DynamoDB Local',
    async () => {
      return (await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store;
    },
  ],
];

describe.each(stores)('merges through the API on the %s', (_name, makeStore) => {
  type Timeline = { customerId: string; items: { feedbackId: string; customerId: string }[]; merges: { mergeId: string; by: string; reason: string; undoneAt?: string; undoneBy?: string }[] };
  type Profile = { customerId: string; identities: string[]; verifiedIdentities: string[]; firstSeen: string; lastSeen: string; counts: unknown };

  async function twoCustomers() {
    const context = await setup(makeStore);
    const { get, send } = context;
    await send('s1', ['email:keep@example.com'], '2026-11-18T01:00:00.000Z', '物流太慢了', true);
    await send('s2', ['email:keep@example.com'], '2026-11-18T02:00:00.000Z', '谢谢，服务很好', true);
    await send('s3', ['phone:+8613900139111'], '2026-11-19T01:00:00.000Z', '退款还没到', true);
    const id = async (identity: string) => ((await (await get(`/v1/customers?identity=${identity}`)).json()) as { customerId: string }).customerId;
    const survivor = await id('email:keep@example.com');
    const absorbed = await id('phone:+8613900139111');
    const state = async () => ({
      survivor: (await (await get(`/v1/customers/${survivor}`)).json()) as Profile,
      absorbed: (await (await get(`/v1/customers/${absorbed}`)).json()) as Profile,
      survivorTimeline: ((await (await get(`/v1/customers/${survivor}/timeline`)).json()) as Timeline).items,
      absorbedTimeline: ((await (await get(`/v1/customers/${absorbed}/timeline`)).json()) as Timeline).items,
    });
    return { ...context, survivor, absorbed, state };
  }

  it('merges two customers on request and undoes it exactly, recording who, when and why on both timelines', async () => {
    const { get, post, store, survivor, absorbed, state } = await twoCustomers();
    const before = await state();

    const merged = await post(`/v1/customers/${survivor}/merge`, { customerId: absorbed, reason: 'same person, confirmed on the phone' });
    expect(merged.status).toBe(200);
    const { mergeId, customerId } = (await merged.json()) as { mergeId: string; customerId: string };
    expect(customerId).toBe(survivor);
    const joined = (await (await get(`/v1/customers/${absorbed}/timeline`)).json()) as Timeline;
    expect(joined.customerId).toBe(survivor);
    expect(joined.items).toHaveLength(3);
    expect(joined.merges).toEqual([expect.objectContaining({ mergeId, by: 'FEEDBACK_API_KEYS#1', reason: 'same person, confirmed on the phone' })]);
    expect(await store.getIdentityOwner('phone:+8613900139111')).toBe(survivor);

    const undone = await post(`/v1/merges/${mergeId}/undo`, undefined, 'second-key');
    expect(undone.status).toBe(200);
    expect(await undone.json()).toMatchObject({ mergeId, undoneAt: '2026-11-25T00:00:00.000Z' });
    const after = await state();
    expect(after.survivorTimeline).toEqual(before.survivorTimeline);
    expect(after.absorbedTimeline).toEqual(before.absorbedTimeline);
    expect(after.survivor).toEqual(before.survivor);
    expect(after.absorbed).toEqual(before.absorbed);
    expect(await store.getIdentityOwner('phone:+8613900139111')).toBe(absorbed);
    const history = ((await (await get(`/v1/customers/${absorbed}/timeline`)).json()) as Timeline).merges;
    expect(history).toEqual([expect.objectContaining({ mergeId, undoneAt: '2026-11-25T00:00:00.000Z', undoneBy: 'FEEDBACK_API_KEYS#2' })]);
    expect(history[0]?.undoneBy).not.toBe(((await (await get(`/v1/merges/${mergeId}`)).json()) as { by: string }).by);
    // Undo is idempotent; a separated pair is never merged again by the processor.
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);
  });

  it('undoes two merges into one customer in the order they were made, or any other: every profile reads as before, first and last seen included', async () => {
    for (const order of [[0, 1], [1, 0]]) {
      const { get, post, send } = await setup(makeStore);
      // The absorbed customers wrote before and after the survivor: a merge moves its first and last seen.
      await send('a', ['phone:+8613900139201'], '2026-11-20T01:00:00.000Z', '物流太慢了', true);
      await send('b1', ['phone:+8613900139202'], '2026-11-18T01:00:00.000Z', '物流太慢了', true);
      await send('b2', ['phone:+8613900139202'], '2026-11-22T01:00:00.000Z', '谢谢', true);
      await send('c1', ['phone:+8613900139203'], '2026-11-19T01:00:00.000Z', '退款还没到', true);
      await send('c2', ['phone:+8613900139203'], '2026-11-23T01:00:00.000Z', '谢谢', true);
      const id = async (phone: string) => ((await (await get(`/v1/customers?identity=phone:%2B${phone}`)).json()) as { customerId: string }).customerId;
      const [a, b, c] = [await id('8613900139201'), await id('8613900139202'), await id('8613900139203')];
      const profile = async (customerId: string) => {
        const { merges: _merges, ...rest } = (await (await get(`/v1/customers/${customerId}`)).json()) as Profile & { merges?: unknown };
        return rest;
      };
      const before = [await profile(a), await profile(b), await profile(c)];
      const merges: string[] = [];
      for (const absorbed of [b, c]) merges.push(((await (await post(`/v1/customers/${a}/merge`, { customerId: absorbed })).json()) as { mergeId: string }).mergeId);
      for (const index of order) expect((await post(`/v1/merges/${merges[index]}/undo`)).status).toBe(200);
      expect([await profile(a), await profile(b), await profile(c)], `undone in the order ${order}`).toEqual(before);
    }
  });

  it("undoing the first of two merges into one customer leaves the second customer's identities with it, whatever a message named while merged", async () => {
    const { get, post, send } = await setup(makeStore);
    await send('a', ['email:a@example.com'], '2026-11-18T01:00:00.000Z');
    await send('b', ['phone:+8613900139302'], '2026-11-18T02:00:00.000Z');
    await send('c', ['email:c@example.com'], '2026-11-18T03:00:00.000Z');
    const id = async (identity: string) => ((await (await get(`/v1/customers?identity=${encodeURIComponent(identity)}`)).json()) as { customerId: string }).customerId;
    const [a, b, c] = [await id('email:a@example.com'), await id('phone:+8613900139302'), await id('email:c@example.com')];
    const merges: string[] = [];
    for (const absorbed of [b, c]) merges.push(((await (await post(`/v1/customers/${a}/merge`, { customerId: absorbed })).json()) as { mergeId: string }).mergeId);
    // A form naming what the two absorbed customers claimed: held as claims by the merged customer, it joins it.
    await send('b-and-c', ['phone:+8613900139302', 'email:c@example.com'], '2026-11-19T01:00:00.000Z');
    for (const mergeId of merges) expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);
    const identities = async (customerId: string) => ((await (await get(`/v1/customers/${customerId}`)).json()) as Profile).identities;
    expect([await identities(a), await identities(b), await identities(c)]).toEqual([['email:a@example.com'], ['phone:+8613900139302'], ['email:c@example.com']]);
    expect(await id('email:c@example.com')).toBe(c);
  });

  it('undoes an automatic merge the same way', async () => {
    const { send, post, get, survivor, absorbed, state } = await twoCustomers();
    const before = await state();
    await send('s4', ['email:keep@example.com', 'phone:+8613900139111'], '2026-11-20T01:00:00.000Z', '还是没解决', true);
    const joined = (await (await get(`/v1/customers/${absorbed}/timeline`)).json()) as Timeline;
    expect(joined.customerId).toBe(survivor);
    const [merge] = joined.merges;
    expect(merge).toMatchObject({ by: 'processor' });
    expect((await post(`/v1/merges/${merge!.mergeId}/undo`)).status).toBe(200);
    const after = await state();
    expect(after.absorbedTimeline).toEqual(before.absorbedTimeline);
    // The message that caused the merge stays with the survivor it was written to.
    expect(after.survivorTimeline.slice(1)).toEqual(before.survivorTimeline);
    await send('s5', ['email:keep@example.com', 'phone:+8613900139111'], '2026-11-21T01:00:00.000Z', '再问一次', true);
    expect(((await (await get(`/v1/customers/${absorbed}/timeline`)).json()) as Timeline).customerId).toBe(absorbed);
  });

  it('lists suggestions from claimed identities and lets a person accept or dismiss them', async () => {
    const { send, get, post, survivor, absorbed } = await twoCustomers();
    await send('claim1', ['email:keep@example.com'], '2026-11-21T01:00:00.000Z', 'please call me back');
    await send('claim2', ['phone:+8613900139111'], '2026-11-21T02:00:00.000Z', 'call me');
    type Suggestions = { items: { suggestionId: string; customerId: string; otherCustomerId: string; identity: string; status: string }[] };
    const open = (await (await get('/v1/merge-suggestions')).json()) as Suggestions;
    expect(open.items.map((s) => [s.otherCustomerId, s.identity])).toEqual([[absorbed, 'phone:+8613900139111'], [survivor, 'email:keep@example.com']]);
    const [toPhone, toEmail] = open.items;

    const accepted = await post(`/v1/merge-suggestions/${toEmail!.suggestionId}/accept`, { reason: 'checked the order history' });
    expect(accepted.status).toBe(200);
    const { mergeId } = (await accepted.json()) as { mergeId: string };
    const timeline = (await (await get(`/v1/customers/${survivor}/timeline`)).json()) as Timeline;
    expect(timeline.items.map((i) => i.feedbackId)).toContain(deriveFeedbackId('api-test', 'claim1'));
    expect(timeline.merges).toEqual([expect.objectContaining({ mergeId, reason: 'checked the order history' })]);

    const dismissed = await post(`/v1/merge-suggestions/${toPhone!.suggestionId}/dismiss`);
    expect(await dismissed.json()).toMatchObject({ status: 'dismissed', decidedBy: 'FEEDBACK_API_KEYS#1' });
    expect((await post(`/v1/merge-suggestions/${toPhone!.suggestionId}/dismiss`)).status).toBe(409);
    expect(((await (await get('/v1/merge-suggestions?status=open')).json()) as Suggestions).items).toEqual([]);
    expect(((await (await get('/v1/merge-suggestions?status=dismissed')).json()) as Suggestions).items).toHaveLength(1);
  });

  it('refuses a merge, accept, dismiss or undo body holding what the route does not take (a mistyped reason was dropped and the default recorded): 400, nothing merged or decided', async () => {
    const { send, get, post, survivor, absorbed } = await twoCustomers();
    await send('claim1', ['email:keep@example.com'], '2026-11-21T01:00:00.000Z', 'please call me back');
    const [suggestion] = ((await (await get('/v1/merge-suggestions')).json()) as { items: { suggestionId: string }[] }).items;
    const code = async (response: Response) => [response.status, ((await response.json()) as { error: { code: string } }).error.code];
    expect(await code(await post(`/v1/customers/${survivor}/merge`, { customerId: absorbed, reasn: 'same phone' }))).toEqual([400, 'invalid_request']);
    expect(await code(await post(`/v1/merge-suggestions/${suggestion!.suggestionId}/accept`, { reasn: 'checked the order history' }))).toEqual([400, 'invalid_request']);
    expect(await code(await post(`/v1/merge-suggestions/${suggestion!.suggestionId}/dismiss`, { reason: 'not the same person' }))).toEqual([400, 'invalid_request']);
    expect(((await (await get('/v1/merge-suggestions?status=open')).json()) as { items: unknown[] }).items).toHaveLength(1);
    expect(((await (await get(`/v1/customers/${absorbed}`)).json()) as { customerId: string }).customerId).toBe(absorbed);
    const { mergeId } = (await (await post(`/v1/customers/${survivor}/merge`, { customerId: absorbed })).json()) as { mergeId: string };
    expect(await code(await post(`/v1/merges/${mergeId}/undo`, { reason: 'wrong person' }))).toEqual([400, 'invalid_request']);
    expect(((await (await get(`/v1/merges/${mergeId}`)).json()) as { undoneAt?: string }).undoneAt).toBeUndefined();
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);
  });

  it('refuses a body naming a member twice (JSON.parse kept the last, so {"customerId":A,"customerId":B} merged B): 400 on every route, nothing merged, added or changed', async () => {
    const { app, send, get, post, survivor, absorbed } = await twoCustomers();
    const raw = (method: string, path: string, body: string) =>
      app.request(path, { method, headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body });
    const refusal = async (response: Response) => [response.status, ((await response.json()) as { error: { code: string; message: string } }).error];
    const named = (member: string) => ({ code: 'invalid_request', message: expect.stringContaining(member) });
    expect(await refusal(await raw('POST', `/v1/customers/${survivor}/merge`, `{"customerId":"${survivor}","customerId":"${absorbed}"}`))).toEqual([400, named('customerId')]);
    expect(((await (await get(`/v1/customers/${absorbed}`)).json()) as { customerId: string }).customerId).toBe(absorbed);
    expect(await refusal(await raw('POST', `/v1/customers/${survivor}/identities`, '{"identity":"email:a@example.com","identity":"email:b@example.com"}'))).toEqual([400, named('identity')]);
    expect((await get('/v1/customers?identity=email:b@example.com')).status).toBe(404);
    await send('case1', ['email:case@example.com'], '2026-11-21T01:00:00.000Z', '快递丢了');
    const feedbackId = deriveFeedbackId('api-test', 'case1');
    // A name escaped differently is the same name once read.
    expect(await refusal(await raw('PATCH', `/v1/feedback/${feedbackId}`, '{"status":"resolved","st\\u0061tus":"acknowledged"}'))).toEqual([400, named('status')]);
    expect(((await (await get(`/v1/feedback/${feedbackId}`)).json()) as { status: string }).status).toBe('open');
    // The same name inside a value, or in two objects, is no repetition.
    expect((await raw('PATCH', `/v1/feedback/${feedbackId}`, '{"note":"status, status","status":"acknowledged"}')).status).toBe(200);
    const { mergeId } = (await (await post(`/v1/customers/${survivor}/merge`, { customerId: absorbed })).json()) as { mergeId: string };
    expect(await refusal(await raw('POST', `/v1/merges/${mergeId}/undo`, '{"reason":"a","reason":"b"}'))).toEqual([400, expect.objectContaining({ code: 'invalid_request' })]);
    expect(((await (await get(`/v1/merges/${mergeId}`)).json()) as { undoneAt?: string }).undoneAt).toBeUndefined();
  });

  it('answers bad merge requests with 4xx and a machine-readable code', async () => {
    const { post, survivor, absorbed } = await twoCustomers();
    const code = async (response: Response) => [response.status, ((await response.json()) as { error: { code: string } }).error.code];
    expect(await code(await post(`/v1/customers/${survivor}/merge`, { customerId: survivor }))).toEqual([409, 'already_merged']);
    expect(await code(await post(`/v1/customers/${survivor}/merge`, { customerId: `cus_${'0'.repeat(26)}` }))).toEqual([404, 'not_found']);
    expect(await code(await post(`/v1/customers/${survivor}/merge`, { customerId: 'nope' }))).toEqual([400, 'invalid_request']);
    expect(await code(await post(`/v1/customers/${survivor}/merge`))).toEqual([400, 'invalid_request']);
    expect(await code(await post(`/v1/merges/mrg_${'0'.repeat(26)}/undo`))).toEqual([404, 'not_found']);
    expect(await code(await post('/v1/merges/nope/undo'))).toEqual([400, 'invalid_request']);
    expect(await code(await post(`/v1/merge-suggestions/sug_${'0'.repeat(26)}/accept`))).toEqual([404, 'not_found']);
    expect(await code(await post(`/v1/merge-suggestions/sug_${'0'.repeat(26)}/dismiss`))).toEqual([404, 'not_found']);
    const first = (await (await post(`/v1/customers/${survivor}/merge`, { customerId: absorbed })).json()) as { mergeId: string };
    expect(await code(await post(`/v1/customers/${survivor}/merge`, { customerId: absorbed }))).toEqual([409, 'already_merged']);
    expect(first.mergeId).toMatch(/^mrg_/);
  });

  it('refuses a reason of nothing a reader sees with 400 on every route that takes one, as a note, merging and changing nothing (a reason of spaces or a zero-width space was recorded)', async () => {
    const { app, post, get, survivor, absorbed } = await twoCustomers();
    const code = async (response: Response) => [response.status, ((await response.json()) as { error: { code: string } }).error.code];
    const auth = { authorization: `Bearer ${KEY}` };
    for (const reason of ['   ', '\u200b', '\u202e\u2060']) {
      expect(await code(await post(`/v1/customers/${survivor}/merge`, { customerId: absorbed, reason })), JSON.stringify(reason)).toEqual([400, 'invalid_request']);
      expect(await code(await post(`/v1/merge-suggestions/sug_${'0'.repeat(26)}/accept`, { reason })), JSON.stringify(reason)).toEqual([400, 'invalid_request']);
      expect(await code(await post(`/v1/customers/${survivor}/identities`, { identity: 'email:new@example.com', reason })), JSON.stringify(reason)).toEqual([400, 'invalid_request']);
      const removal = await app.request(`/v1/customers/${survivor}/identities/email:keep@example.com?reason=${encodeURIComponent(reason)}`, { method: 'DELETE', headers: auth });
      expect(await code(removal), JSON.stringify(reason)).toEqual([400, 'invalid_request']);
    }
    expect(((await (await get(`/v1/customers/${absorbed}`)).json()) as Profile).customerId).toBe(absorbed);
    expect((await post(`/v1/customers/${survivor}/merge`, { customerId: absorbed, reason: '同一个人' })).status).toBe(200);
  });

  it('answers two people merging one pair in opposite directions at once with one merge and a 409, never a 500', async () => {
    const { post, get, survivor, absorbed } = await twoCustomers();
    const answers = await Promise.all([post(`/v1/customers/${survivor}/merge`, { customerId: absorbed }), post(`/v1/customers/${absorbed}/merge`, { customerId: survivor })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const conflict = answers.find((a) => a.status === 409)!;
    expect(((await conflict.json()) as { error: { code: string } }).error.code).toBe('already_merged');
    const [one, other] = await Promise.all([survivor, absorbed].map(async (id) => ((await (await get(`/v1/customers/${id}`)).json()) as Profile).customerId));
    expect(one).toBe(other);
  });

  it('merges one customer into two others at once as it would one after the other, instead of a 409 saying they are one already', async () => {
    const { post, get, send, survivor, absorbed } = await twoCustomers();
    await send('t1', ['wechat:oThird'], '2026-11-20T01:00:00.000Z', '发票呢', true);
    const third = ((await (await get('/v1/customers?identity=wechat:oThird')).json()) as { customerId: string }).customerId;
    const answers = await Promise.all([post(`/v1/customers/${survivor}/merge`, { customerId: absorbed }), post(`/v1/customers/${third}/merge`, { customerId: absorbed })]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const ids = await Promise.all([survivor, absorbed, third].map(async (id) => ((await (await get(`/v1/customers/${id}`)).json()) as Profile).customerId));
    expect(new Set(ids).size).toBe(1);
  });

  it('answers a method a route does not take with 405, Allow and the JSON error body', async () => {
    const { app } = await setup();
    for (const [method, path] of [['PUT', '/v1/customers'], ['PUT', '/v1/feedback/fb_00000000000000000000000000'], ['DELETE', '/healthz'], ['POST', '/openapi.json']] as const) {
      const response = await app.request(path, { method, headers: { authorization: `Bearer ${KEY}` } });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('allow'), `${method} ${path}`).toMatch(/GET/);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed');
    }
    expect((await app.request('/nowhere', { method: 'PUT' })).status).toBe(404);
  });

  it('answers a method a route does not take with 405 (or 404 where no route is) whatever its body: a PATCH with none, or one of another type, is not 415', async () => {
    const { app } = await setup();
    for (const [path, status] of [['/v1/customers', 405], ['/v1/customers/cus_00000000000000000000000000', 405], ['/v1/merges/mrg_00000000000000000000000000/undo', 405], ['/v1/nope', 404]] as const) {
      for (const body of [undefined, 'x']) {
        const response = await app.request(path, { method: 'PATCH', headers: { authorization: `Bearer ${KEY}`, ...(body ? { 'content-type': 'text/plain' } : {}) }, ...(body ? { body } : {}) });
        expect(response.status, `PATCH ${path} ${body ? 'with a text body' : 'without a body'}`).toBe(status);
        if (status === 405) expect(response.headers.get('allow'), path).toMatch(/GET|POST/);
      }
    }
  });

  it('answers a status change without a JSON content type with 415, and a move back with 409', async () => {
    const { get, send, app } = await setup();
    const { feedbackId } = await send('s', ['email:s@example.com'], '2026-11-20T01:00:00.000Z');
    const patch = (body: string, headers: Record<string, string>) =>
      app.request(`/v1/feedback/${feedbackId}`, { method: 'PATCH', body, headers: { authorization: `Bearer ${KEY}`, ...headers } });
    const noType = await patch('{"status":"resolved"}', {});
    expect(noType.status).toBe(415);
    expect(((await noType.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
    expect((await patch('{"status":"resolved"}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await patch('{"status":"resolved"}', { 'content-type': 'application/json' })).status).toBe(200);
    for (const back of ['acknowledged', 'open']) {
      const response = await patch(JSON.stringify({ status: back }), { 'content-type': 'application/json; charset=utf-8' });
      expect(response.status, back).toBe(409);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_transition');
    }
    expect(((await (await get(`/v1/feedback/${feedbackId}`)).json()) as { status: string }).status).toBe('resolved');
  });

  it('answers a merge or a suggestion decision whose body is not JSON with 415, as a status change', async () => {
    const { app } = await setup();
    const customer = `cus_${'1'.repeat(26)}`;
    for (const [path, headers] of [
      [`/v1/customers/${customer}/merge`, { 'content-type': 'text/plain' }],
      [`/v1/customers/${customer}/merge`, {}],
      [`/v1/merge-suggestions/sug_${'0'.repeat(26)}/accept`, { 'content-type': 'text/plain' }],
    ] as const) {
      const response = await app.request(path, { method: 'POST', body: JSON.stringify({ customerId: `cus_${'2'.repeat(26)}` }), headers: { authorization: `Bearer ${KEY}`, ...headers } });
      expect([response.status, ((await response.json()) as { error: { code: string } }).error.code], `${path} ${JSON.stringify(headers)}`).toEqual([415, 'unsupported_media_type']);
    }
  });

  it.each([
    ['application/json ;charset=utf-8'],
    ['application/json\t;charset=utf-8'],
    ['application/json ; charset="UTF-8"'],
    ['APPLICATION/JSON'],
    ['Application/Json;Charset=UTF-8'],
    ['application/json;'],
  ])('reads %j as JSON on every JSON route, as RFC 9110 and the webhooks do (whitespace before ; got 415 from the route validator)', async (contentType) => {
    const { get, send, app } = await setup();
    const { feedbackId } = await send('mt', ['email:mt@example.com'], '2026-11-20T01:00:00.000Z');
    await send('mt2', ['email:mt2@example.com'], '2026-11-20T02:00:00.000Z');
    const customerOf = async (identity: string) => ((await (await get(`/v1/customers?identity=${identity}`)).json()) as { customerId: string }).customerId;
    const [survivor, absorbed] = [await customerOf('email:mt@example.com'), await customerOf('email:mt2@example.com')];
    const request = (method: string, path: string, body: string) => app.request(path, { method, body, headers: { authorization: `Bearer ${KEY}`, 'content-type': contentType } });
    const statusOf = async (response: Response) => [response.status, response.status < 300 ? 'ok' : ((await response.json()) as { error: { code: string } }).error.code];

    expect(await statusOf(await request('PATCH', `/v1/feedback/${feedbackId}`, '{"status":"acknowledged","note":"on it"}'))).toEqual([200, 'ok']);
    expect(await statusOf(await request('POST', `/v1/customers/${survivor}/identities`, '{"identity":"phone:+8613800138000"}'))).toEqual([201, 'ok']);
    const merged = await request('POST', `/v1/customers/${survivor}/merge`, `{"customerId":"${absorbed}","reason":"same person"}`);
    expect(merged.status).toBe(200);
    const { mergeId } = (await merged.json()) as { mergeId: string };
    expect(await statusOf(await request('POST', `/v1/merges/${mergeId}/undo`, '{}'))).toEqual([200, 'ok']);
    // No such suggestion: the body was read and found valid, so the route itself answers.
    expect(await statusOf(await request('POST', `/v1/merge-suggestions/sug_${'0'.repeat(26)}/accept`, '{"reason":"same phone"}'))).toEqual([404, 'not_found']);
    expect(await statusOf(await request('POST', `/v1/merge-suggestions/sug_${'0'.repeat(26)}/dismiss`, ''))).toEqual([404, 'not_found']);

    const item = (await (await get(`/v1/feedback/${feedbackId}`)).json()) as { status: string; history: { note?: string }[] };
    expect([item.status, item.history.at(-1)?.note]).toEqual(['acknowledged', 'on it']);
    expect(((await (await get(`/v1/customers/${survivor}`)).json()) as { identities: string[] }).identities).toContain('phone:+8613800138000');
  });

  it('names a repeated member cut to 40 units without halving an emoji: the error body is text', async () => {
    const { app } = await setup();
    const name = `${'a'.repeat(39)}😀`;
    const body = `{"${name}": 1, "${name}": 2}`;
    const response = await app.request(`/v1/customers/cus_${'1'.repeat(26)}/merge`, { method: 'POST', body, headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' } });
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect([response.status, error.code]).toEqual([400, 'invalid_request']);
    expect(isStorableText(error.message), error.message).toBe(true);
    expect(error.message).toContain('a'.repeat(39));
  });

  it('refuses a body that is not UTF-8 (400 invalid_encoding) or declares another charset (415 unsupported_charset) on every route, storing nothing', async () => {
    const { get, send, app } = await setup();
    const { feedbackId } = await send('enc', ['email:enc@example.com'], '2026-11-20T01:00:00.000Z');
    const request = (method: string, path: string, body: Uint8Array, contentType: string) =>
      app.request(path, { method, body, headers: { authorization: `Bearer ${KEY}`, 'content-type': contentType } });
    // {"note":"é"} in Latin-1: one byte 0xE9 that UTF-8 cannot read (was kept as U+FFFD).
    const latin1Note = Uint8Array.from([...Buffer.from('{"note":"'), 0xe9, ...Buffer.from('"}')]);
    const latin1Reason = Uint8Array.from([...Buffer.from(`{"customerId":"cus_${'2'.repeat(26)}","reason":"`), 0xe9, ...Buffer.from('"}')]);
    for (const [method, path, body] of [
      ['PATCH', `/v1/feedback/${feedbackId}`, latin1Note],
      ['POST', `/v1/customers/cus_${'1'.repeat(26)}/merge`, latin1Reason],
      ['POST', `/v1/merge-suggestions/sug_${'0'.repeat(26)}/accept`, Uint8Array.from([...Buffer.from('{"reason":"'), 0xff, ...Buffer.from('"}')])],
    ] as const) {
      const response = await request(method, path, body, 'application/json');
      expect([response.status, ((await response.json()) as { error: { code: string } }).error.code], path).toEqual([400, 'invalid_encoding']);
    }
    const declared = await request('PATCH', `/v1/feedback/${feedbackId}`, latin1Note, 'application/json; charset=iso-8859-1');
    expect([declared.status, ((await declared.json()) as { error: { code: string } }).error.code]).toEqual([415, 'unsupported_charset']);
    const utf8 = await request('PATCH', `/v1/feedback/${feedbackId}`, Buffer.from('{"note":"é 😀"}'), 'application/json; charset="UTF-8"');
    expect(utf8.status).toBe(200);
    const item = (await (await get(`/v1/feedback/${feedbackId}`)).json()) as { history: { note?: string }[] };
    expect(item.history.map((change) => change.note)).toEqual(['é 😀']);
  });

  it('refuses a body declared compressed with 415 unsupported_content_encoding (gzip was read as its compressed bytes: 400 "not valid UTF-8"), changing nothing', async () => {
    const { get, send, app } = await setup();
    const { feedbackId } = await send('coded', ['email:coded@example.com'], '2026-11-20T01:00:00.000Z');
    const patch = (body: Uint8Array | string, contentEncoding: string) =>
      app.request(`/v1/feedback/${feedbackId}`, { method: 'PATCH', body, headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', 'content-encoding': contentEncoding } });
    const note = JSON.stringify({ note: 'called back' });
    for (const [body, coding] of [[gzipSync(note), 'gzip'], [note, 'br']] as const) {
      const response = await patch(body, coding);
      expect([coding, response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([coding, 415, 'unsupported_content_encoding']);
    }
    expect(((await (await get(`/v1/feedback/${feedbackId}`)).json()) as { history?: unknown[] }).history ?? []).toEqual([]);
    expect((await patch(note, 'identity')).status).toBe(200);
  });

  it('takes an empty body sent as JSON to a route whose body is optional as no body (accept), and refuses it where one is needed (merge)', async () => {
    const { app } = await setup();
    const post = (path: string) => app.request(path, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' } });
    const accept = await post(`/v1/merge-suggestions/sug_${'0'.repeat(26)}/accept`);
    expect([accept.status, ((await accept.json()) as { error: { code: string } }).error.code]).toEqual([404, 'not_found']);
    const merge = await post(`/v1/customers/cus_${'1'.repeat(26)}/merge`);
    expect([merge.status, ((await merge.json()) as { error: { code: string } }).error.code]).toEqual([400, 'invalid_request']);
  });

  it('declares in the OpenAPI document the identity and cursor formats it enforces', async () => {
    const { get } = await setup();
    type Parameter = { name: string; schema: { pattern?: string; maxLength?: number } };
    const doc = (await (await get('/openapi.json', null)).json()) as { paths: Record<string, Record<string, { parameters: Parameter[] }>> };
    const parameter = (path: string, name: string) => doc.paths[path]!['get']!.parameters.find((p) => p.name === name)!.schema;
    const identity = parameter('/v1/customers', 'identity');
    expect(identity.pattern).toBeDefined();
    const identityPattern = new RegExp(identity.pattern!);
    for (const valid of ['email:a@b.com', 'phone:+86 138 0013 8000', 'wechat:oXdd35Fh8cg8FJyThL0ODDYhAVOI']) expect(identityPattern.test(valid), valid).toBe(true);
    for (const invalid of ['mail:a@b.com', 'email:', 'email:a\u0000@b.com']) expect(identityPattern.test(invalid), invalid).toBe(false);
    for (const [path, name] of [['/v1/customers/{customerId}/timeline', 'cursor'], ['/v1/feedback', 'cursor']]) {
      const cursor = parameter(path!, name!);
      expect(cursor.pattern, path).toBe('^[A-Za-z0-9_-]+$');
      expect(cursor.maxLength, path).toBe(200);
    }
    for (const value of ['a b', 'x'.repeat(201), '=', '%00']) {
      const response = await get(`/v1/feedback?status=open&cursor=${encodeURIComponent(value)}`);
      expect(response.status, value).toBe(400);
    }
  });
});

describe('the API when DynamoDB refuses for a while', () => {
  /**
   * What DynamoDB answers under contention or load, after the SDK's own retries: each is "try
   * again later", never the request's fault, and never a 500. Injected after the seeding, on the
   * writes a status change and a merge make (the transaction, and the single-item writes around it).
   */
  const faults: [string, () => Error][] = [
    ['a transaction cancelled for throttling', () => new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: [{ Code: 'None' }, { Code: 'ThrottlingError', Message: 'Throughput exceeds the current capacity for one or more global secondary indexes' }] })],
    ['a transaction cancelled for provisioned throughput', () => new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: [{ Code: 'ProvisionedThroughputExceeded' }, { Code: 'None' }] })],
    ['transactions that keep conflicting with other writers', () => new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }] })],
    ['a single write conflicting with a transaction in flight', () => Object.assign(new Error('Transaction is ongoing for the item'), { name: 'TransactionConflictException', $fault: 'client', $metadata: { httpStatusCode: 400 } })],
    ['an idempotent transaction still in progress', () => Object.assign(new Error('Transaction in progress'), { name: 'TransactionInProgressException', $fault: 'client', $metadata: { httpStatusCode: 400 } })],
    ['a request timeout', () => Object.assign(new Error('Request timed out'), { name: 'RequestTimeoutException', $fault: 'client', $metadata: { httpStatusCode: 400 } })],
  ];
  it.each(faults)('%s: a status change and a merge answer 503 store_unavailable with Retry-After, and change nothing', async (_, fault) => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    let failing = false;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (failing && /Write|Put|Update/.test(context.commandName ?? '')) throw fault();
        return next(args);
      },
      { step: 'deserialize', name: 'injectFault' },
    );
    const { app, get, send, post } = await setup(async () => new DynamoStore(tableName, client));
    await send('f1', ['email:fault.a@example.com'], '2026-11-20T01:00:00.000Z', '物流太慢了', true);
    await send('f2', ['phone:+8613900139123'], '2026-11-20T02:00:00.000Z', '物流太慢了', true);
    const customer = async (identity: string) => ((await (await get(`/v1/customers?identity=${encodeURIComponent(identity)}`)).json()) as { customerId: string }).customerId;
    const [a, b] = [await customer('email:fault.a@example.com'), await customer('phone:+8613900139123')];
    const item = deriveFeedbackId('api-test', 'f1');
    failing = true;
    const answers = [
      await app.request(`/v1/feedback/${item}`, { method: 'PATCH', body: JSON.stringify({ status: 'resolved' }), headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' } }),
      await post(`/v1/customers/${a}/merge`, { customerId: b, reason: 'same person' }),
    ];
    failing = false;
    for (const answer of answers) {
      expect([answer.status, answer.headers.get('retry-after'), await answer.json()]).toEqual([503, '1', { error: { code: 'store_unavailable', message: expect.any(String) } }]);
    }
    expect(((await (await get(`/v1/feedback/${item}`)).json()) as { status: string }).status).toBe('open');
    expect(await customer('phone:+8613900139123')).toBe(b);
  });
});

describe('the API when its database cannot be reached', () => {
  it('answers 503 store_unavailable with Retry-After, not 500, once the SDK has given up retrying', async () => {
    const port = await freePort();
    const unreachable = new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', maxAttempts: 2, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const { get } = await setup(async () => new DynamoStore('no-table', unreachable));
    const response = await get('/v1/customers?identity=email:someone@example.com');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({ error: { code: 'store_unavailable', message: expect.any(String) } });
  });
});
