import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import { configuredKeys, newApiKey, staticKeyRing } from '../../shared/keys/keys.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { finishPending } from '../../shared/identity/merges.ts';

const ADMIN = 'admin-key';
const now = new Date('2026-11-25T00:00:00Z');

async function setup() {
  const store = new LocalStore();
  const clock = { now: () => now };
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock, timeZone: 'Asia/Shanghai' });
  const reader = newApiKey('reader', 'read', now.toISOString());
  const writer = newApiKey('王芳', 'write', now.toISOString());
  const app = createApiApp({ config: loadConfig({}), store, clock, keyRing: staticKeyRing([...configuredKeys([ADMIN]), reader.entry, writer.entry]) });
  const call = async (method: string, path: string, { key = ADMIN, body }: { key?: string; body?: unknown } = {}) => {
    const response = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  // Identities as a verifying channel (a signed webhook) delivers them: they may merge customers.
  const send = (id: string, identities: string[], receivedAt: string, text: string, channel: FeedbackEvent['channel'] = 'web') =>
    processEvent({ schemaVersion: 1, feedbackId: deriveFeedbackId('cases-test', id), channel, source: channel, kind: 'message', receivedAt, identities, verifiedIdentities: identities, text, metadata: {} } satisfies FeedbackEvent).then(
      (outcome) => outcome as { feedbackId: string; customerId: string },
    );
  // Identities as a web form delivers them: claims, which never attach to another person's customer.
  const claim = (id: string, identities: string[], receivedAt: string, text: string) =>
    processEvent({ schemaVersion: 1, feedbackId: deriveFeedbackId('cases-test', id), channel: 'web', source: 'contact', kind: 'message', receivedAt, identities, text, metadata: {} } satisfies FeedbackEvent).then(
      (outcome) => outcome as { feedbackId: string; customerId: string },
    );
  return { store, app, call, send, claim, readKey: reader.key, writeKey: writer.key };
}

describe('case changes made on what the caller read (If-Match)', () => {
  it("a change decided on a revision the item has left gets 412 stale_revision and changes nothing; a colleague's assignment is never silently overwritten", async () => {
    const { app, send, store } = await setup();
    const { feedbackId } = await send('stale', ['email:stale@example.com'], '2026-11-20T01:00:00.000Z', '快递一周了还没到，太慢了');
    const request = async (method: string, headers: Record<string, string>, body?: unknown) => {
      const response = await app.request(`/v1/feedback/${feedbackId}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN}`, ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as { error?: { code: string } } };
    };
    // Two agents read the item, revision "0".
    const read = await request('GET', {});
    expect([read.status, read.etag]).toEqual([200, '"0"']);
    const first = await request('PATCH', { 'if-match': read.etag! }, { assignee: '王芳' });
    expect([first.status, first.etag]).toEqual([200, '"1"']);
    const second = await request('PATCH', { 'if-match': read.etag! }, { assignee: '李雷', status: 'acknowledged' });
    expect([second.status, second.body]).toEqual([412, { error: { code: 'stale_revision', message: expect.any(String) } }]);
    expect(await store.getFeedback(feedbackId)).toMatchObject({ assignee: '王芳', status: 'open', history: [expect.objectContaining({ assignee: '王芳' })] });
    // Read again, decided again: it applies. `*` and no header apply to the item as it is.
    expect((await request('PATCH', { 'if-match': first.etag! }, { status: 'acknowledged' })).status).toBe(200);
    expect((await request('PATCH', { 'if-match': '*' }, { note: '已联系快递' })).etag).toBe('"3"');
    // The API issues strong tags only, and If-Match compares strongly (RFC 9110 13.1.1): a weak tag can never match, so it is the caller's mistake, not a stale read.
    // A tag spelled otherwise than issued ("03" for "3") is no tag of ours either, though it reads as the same number.
    for (const malformed of ['3', '"abc"', '"1", "2"', '"-1"', 'W/"3"', 'w/"3"', '"03"', '"3.0"', '"+3"', '" 3"']) {
      const refused = await request('PATCH', { 'if-match': malformed }, { note: 'x' });
      expect([refused.status, refused.body.error?.code], malformed).toEqual([400, 'invalid_request']);
    }
    expect((await store.getFeedback(feedbackId))?.history).toHaveLength(3);
  });
});

describe('work queue API', () => {
  it('puts urgent open complaints first, keeps praise out, and filters by every parameter', async () => {
    const { call, send } = await setup();
    const complaint = await send('c', ['email:a@example.com'], '2026-11-20T01:00:00.000Z', '快递一周了还没到，太慢了', 'email');
    const urgent = await send('u', ['phone:+8613800138000'], '2026-11-19T01:00:00.000Z', '产品漏电把孩子电伤了，我要投诉到消协并起诉你们', 'sms');
    const praise = await send('p', ['email:b@example.com'], '2026-11-22T01:00:00.000Z', '客服小王态度特别好，谢谢你们！');
    const ids = (body: { items: { feedbackId: string }[] }) => body.items.map((i) => i.feedbackId);

    const queue = await call('GET', '/v1/feedback');
    expect(queue.status).toBe(200);
    expect(ids(queue.body)).toEqual([urgent.feedbackId, complaint.feedbackId]);
    expect(ids(queue.body)).not.toContain(praise.feedbackId);
    expect(ids((await call('GET', '/v1/feedback?urgent=true')).body)).toEqual([urgent.feedbackId]);
    expect(ids((await call('GET', '/v1/feedback?channel=email')).body)).toEqual([complaint.feedbackId]);
    expect(ids((await call('GET', '/v1/feedback?type=delivery')).body)).toEqual([complaint.feedbackId]);
    expect(ids((await call('GET', '/v1/feedback?intent=complaint&sentiment=negative')).body)).toEqual([complaint.feedbackId, urgent.feedbackId]);
    expect(ids((await call('GET', '/v1/feedback?from=2026-11-19&to=2026-11-19')).body)).toEqual([urgent.feedbackId]);
    expect(ids((await call('GET', '/v1/feedback?from=2026-11-20T00:00:00%2B08:00&to=2026-11-20T09:00:00%2B08:00')).body)).toEqual([complaint.feedbackId]);
    // An offset typed with its plus sign, as curl sends it (a query's + reads as a space).
    expect(ids((await call('GET', '/v1/feedback?from=2026-11-20T00:00:00+08:00&to=2026-11-20T09:00:00+08:00')).body)).toEqual([complaint.feedbackId]);
    for (const bad of ['status=closed', 'urgent=yes', 'channel=fax', 'from=yesterday', 'from=2026-11-22&to=2026-11-21', 'sentiment=angry', 'cursor=zzz']) {
      const response = await call('GET', `/v1/feedback?${bad}`);
      expect(response.status, bad).toBe(400);
      expect(response.body.error.code, bad).toMatch(/^invalid_/);
    }
  });

  it('refuses unknown query parameters on every /v1 route with 400', async () => {
    const { call, send } = await setup();
    const item = await send('x', ['email:x@example.com'], '2026-11-20T01:00:00.000Z', '退款一直没到账');
    for (const path of [
      '/v1/feedback?statuss=open',
      `/v1/feedback/${item.feedbackId}?verbose=1`,
      `/v1/customers?identity=email:x@example.com&expand=all`,
      `/v1/customers/${item.customerId}?x=1`,
      `/v1/customers/${item.customerId}/timeline?limit=5&order=asc`,
      `/v1/customers/${item.customerId}/export?format=csv`,
      '/v1/stats/daily?from=2026-11-01&to=2026-11-02&tz=UTC',
      '/v1/me?x=1',
      '/v1/complaint-types?lang=zh',
    ]) {
      const response = await call('GET', path);
      expect(response.status, path).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('unknown parameter') });
    }
  });
});

describe('case handling API', () => {
  it('keeps status, note and assignee as history with who made each change; reopening counts the complaint open again', async () => {
    const { call, send, store, writeKey } = await setup();
    const item = await send('h', ['email:h@example.com'], '2026-11-24T16:00:00.000Z', '送错货了，要求换货');
    const path = `/v1/feedback/${item.feedbackId}`;
    const acknowledged = await call('PATCH', path, { key: writeKey, body: { status: 'acknowledged', assignee: '王芳', note: '已联系仓库' } });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({ status: 'acknowledged', assignee: '王芳' });
    expect((await call('PATCH', path, { key: writeKey, body: { note: '仓库确认错发' } })).body.status).toBe('acknowledged');
    expect((await call('PATCH', path, { key: writeKey, body: { status: 'resolved', note: '已补发' } })).body.status).toBe('resolved');
    expect((await call('GET', '/v1/feedback')).body.items).toEqual([]);
    expect((await call('PATCH', path, { key: writeKey, body: { status: 'reopened', note: '客户说还没收到' } })).body.status).toBe('reopened');
    expect((await call('GET', '/v1/feedback')).body.items.map((i: { feedbackId: string }) => i.feedbackId)).toEqual([item.feedbackId]);
    expect((await call('GET', '/v1/feedback?status=reopened')).body.items).toHaveLength(1);
    expect((await call('PATCH', path, { body: { status: 'resolved' } })).status).toBe(200);

    const stored = (await call('GET', path)).body;
    expect(stored.history.map((e: { by: string; status?: { to: string }; note?: string; assignee?: string }) => [e.by, e.status?.to, e.note, e.assignee])).toEqual([
      ['王芳', 'acknowledged', '已联系仓库', '王芳'],
      ['王芳', undefined, '仓库确认错发', undefined],
      ['王芳', 'resolved', '已补发', undefined],
      ['王芳', 'reopened', '客户说还没收到', undefined],
      ['FEEDBACK_API_KEYS', 'resolved', undefined, undefined],
    ]);
    expect(stored.history.every((e: { at: string }) => e.at === now.toISOString())).toBe(true);
    // The timeline carries the same history.
    const timeline = (await call('GET', `/v1/customers/${item.customerId}/timeline`)).body;
    expect(timeline.items[0].history).toHaveLength(5);
    // Response times count the first acknowledgement and the first resolution only.
    expect((await store.getDailyCounters(['2026-11-25'])).get('2026-11-25')).toMatchObject({ 'response.acknowledged.count': 1, 'response.resolved.count': 1 });
    expect((await store.getCustomer(item.customerId))?.counts['complaints.open']).toBe(0);

    for (const body of [{}, { note: '' }, { status: 'resolved', extra: 1 }, { note: 'x'.repeat(2001) }]) {
      const response = await call('PATCH', path, { key: writeKey, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('invalid_request');
    }
    expect((await call('PATCH', path, { body: { status: 'acknowledged' } })).body.error.code).toBe('invalid_transition');
  });
});

describe('a case change sent again (its answer lost after the write landed)', () => {
  it('refuses a note of nothing visible and an assignee that is invisible or breaks a line with 400, as it refuses a blank note, changing nothing (they were kept: an item assigned to nobody anyone could see)', async () => {
    const { call, send } = await setup();
    const item = await send('v', ['email:v@example.com'], '2026-11-24T16:00:00.000Z', '送错货了，要求换货');
    const path = `/v1/feedback/${item.feedbackId}`;
    for (const body of [{ note: '\u200b' }, { note: '\u202e\u2060 ' }, { assignee: '\u202e\u200b' }, { assignee: '王芳\r\nX-Assigned: 1' }, { assignee: 'a\tb' }]) {
      const answer = await call('PATCH', path, { body });
      expect([answer.status, answer.body.error?.code], JSON.stringify(body)).toEqual([400, 'invalid_request']);
    }
    expect((await call('GET', path)).body.history ?? []).toEqual([]);
    expect((await call('PATCH', path, { body: { assignee: '王芳', note: '第一行\n第二行' } })).status).toBe(200);
    expect((await call('PATCH', path, { body: { assignee: '' } })).body.assignee).toBeUndefined();
  });

  it('is answered with the item as it stands and records its note once; a different note, or another caller, is a new entry', async () => {
    const { call, send, writeKey } = await setup();
    const item = await send('retry', ['email:retry@example.com'], '2026-11-24T16:00:00.000Z', '退款一直没到账');
    const path = `/v1/feedback/${item.feedbackId}`;
    const change = { status: 'resolved', note: '已退款', assignee: 'li' };
    expect((await call('PATCH', path, { key: writeKey, body: change })).status).toBe(200);
    const again = await call('PATCH', path, { key: writeKey, body: change });
    expect([again.status, again.body.status, again.body.history.length]).toEqual([200, 'resolved', 1]);
    expect((await call('PATCH', path, { key: writeKey, body: { note: '已退款' } })).body.history).toHaveLength(1);
    expect((await call('PATCH', path, { key: writeKey, body: { note: '客户确认收到' } })).body.history).toHaveLength(2);
    expect((await call('PATCH', path, { body: { note: '客户确认收到' } })).body.history).toHaveLength(3);
  });
});

describe('scopes', () => {
  it('lets a read key read but change nothing, a write key change cases but not erase; 403 forbidden otherwise', async () => {
    const { call, send, readKey, writeKey } = await setup();
    const item = await send('s', ['email:s@example.com'], '2026-11-20T01:00:00.000Z', '质量太差了');
    expect((await call('GET', '/v1/feedback', { key: readKey })).status).toBe(200);
    expect((await call('GET', '/v1/me', { key: readKey })).body).toMatchObject({ name: 'reader', scope: 'read' });
    const forbidden = await call('PATCH', `/v1/feedback/${item.feedbackId}`, { key: readKey, body: { status: 'resolved' } });
    expect(forbidden).toEqual({ status: 403, body: { error: { code: 'forbidden', message: expect.stringContaining('write') } } });
    expect((await call('GET', `/v1/feedback/${item.feedbackId}`)).body.status).toBe('open');
    expect((await call('DELETE', `/v1/customers/${item.customerId}`, { key: readKey })).status).toBe(403);
    expect((await call('DELETE', `/v1/customers/${item.customerId}`, { key: writeKey })).status).toBe(403);
    expect((await call('GET', '/v1/erasures', { key: writeKey })).status).toBe(403);
    expect((await call('GET', `/v1/customers/${item.customerId}`)).status).toBe(200);
  });
});

describe('export and erasure', () => {
  it('exports everything about a person, then erases it so that nothing of it answers; the erasure is logged without personal data', async () => {
    const { call, send, store } = await setup();
    await send('e1', ['email:li@example.com'], '2026-11-20T01:00:00.000Z', '快递太慢了');
    await send('e2', ['phone:+8613900139000'], '2026-11-21T01:00:00.000Z', '退款还没到');
    const both = await send('e3', ['email:li@example.com', 'phone:+8613900139000'], '2026-11-22T01:00:00.000Z', '我是李雷，两个问题都没解决');
    const other = await send('o', ['email:other@example.com'], '2026-11-22T02:00:00.000Z', '包装破损');
    await call('PATCH', `/v1/feedback/${both.feedbackId}`, { body: { note: '李雷来电' } });

    const exported = await call('GET', `/v1/customers/${both.customerId}/export`);
    expect(exported.status).toBe(200);
    expect(exported.body.identities).toEqual(['email:li@example.com', 'phone:+8613900139000']);
    expect(exported.body.items).toHaveLength(3);
    expect(exported.body.mergedCustomers).toHaveLength(1);
    expect(exported.body.items[0].history[0].note).toBe('李雷来电');

    const erased = await call('DELETE', `/v1/customers/${both.customerId}`);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ by: 'FEEDBACK_API_KEYS', customers: 2, identities: 2, items: 3 });
    const log = await call('GET', '/v1/erasures');
    expect(log.body.items).toHaveLength(1);
    expect(JSON.stringify(log.body)).not.toMatch(/li@example|8613900139000|李雷|cus_|fb_/);

    for (const path of [
      '/v1/customers?identity=email:li@example.com',
      '/v1/customers?identity=phone:+8613900139000',
      `/v1/customers/${both.customerId}`,
      `/v1/customers/${exported.body.mergedCustomers[0].customerId}`,
      `/v1/customers/${both.customerId}/timeline`,
      `/v1/customers/${both.customerId}/export`,
      ...exported.body.items.map((i: { feedbackId: string }) => `/v1/feedback/${i.feedbackId}`),
    ]) {
      expect((await call('GET', path)).status, path).toBe(404);
    }
    expect((await call('DELETE', `/v1/customers/${both.customerId}`)).status).toBe(404);
    expect((await call('GET', '/v1/feedback')).body.items.map((i: { feedbackId: string }) => i.feedbackId)).toEqual([other.feedbackId]);
    expect((await call('GET', `/v1/feedback/${other.feedbackId}`)).status).toBe(200);
    const counters = (await store.getDailyCounters(['2026-11-20'])).get('2026-11-20');
    expect(counters?.total).toBe(1);
  });

  it("takes the erased person's identities out of what others claimed about them (a marker says one was erased), and keeps the others' words", async () => {
    const { call, send, claim } = await setup();
    const phone = 'phone:+8613900139000';
    // A friend typed the phone first (holding it as a claim), the person's own SMS took it over, then
    // the friend wrote twice more (each a customer of its own: a claim on a verified phone joins nobody).
    const before = await claim('f1', ['email:friend@example.com', phone], '2026-11-19T01:00:00.000Z', '我朋友的快递丢了');
    const person = await send('p1', [phone], '2026-11-20T01:00:00.000Z', '快递丢了，没人管', 'sms');
    const after = [
      await claim('f2', ['email:friend@example.com', phone], '2026-11-21T01:00:00.000Z', '替朋友反映 13900139000 的快递问题'),
      await claim('f3', ['email:friend@example.com', phone], '2026-11-22T01:00:00.000Z', '还是没人回复朋友'),
    ];
    expect(JSON.stringify((await call('GET', '/v1/merge-suggestions?status=open')).body)).toContain('+8613900139000');

    expect((await call('DELETE', `/v1/customers/${person.customerId}`)).status).toBe(200);
    const friend = [before, ...after].map((item) => item.feedbackId);
    const reads = [
      ...friend.map((id) => `/v1/feedback/${id}`),
      ...[before, ...after].flatMap(({ customerId }) => [`/v1/customers/${customerId}`, `/v1/customers/${customerId}/timeline`, `/v1/customers/${customerId}/export`]),
      '/v1/feedback',
      ...(['open', 'accepted', 'dismissed'] as const).map((status) => `/v1/merge-suggestions?status=${status}`),
    ];
    for (const path of reads) expect(JSON.stringify((await call('GET', path)).body), path).not.toContain('+8613900139000');
    for (const id of friend) {
      const item = (await call('GET', `/v1/feedback/${id}`)).body;
      expect(item.identities, id).toEqual(['email:friend@example.com', 'erased:phone']);
    }
    // Their own words stay as they wrote them, the number in them included.
    expect((await call('GET', `/v1/feedback/${after[0]!.feedbackId}`)).body.text).toBe('替朋友反映 13900139000 的快递问题');
  });

  it("finds the others' claims on the person's phone through the customers who held it before them (a claim on a friend's claim left no suggestion with the person)", async () => {
    const { call, send, claim } = await setup();
    const phone = 'phone:+8613900139001';
    // One friend typed the phone first, a second friend typed it while the first held it (their
    // suggestion names the phone, not the person), then the person's own SMS took it over.
    const first = await claim('g1', ['email:first@example.com', phone], '2026-11-18T01:00:00.000Z', '朋友的快递丢了');
    const second = await claim('h1', ['email:second@example.com', phone], '2026-11-19T01:00:00.000Z', '帮朋友问快递');
    const person = await send('q1', [phone], '2026-11-20T01:00:00.000Z', '快递丢了，没人管', 'sms');
    expect(new Set([first.customerId, second.customerId, person.customerId]).size).toBe(3);

    expect((await call('DELETE', `/v1/customers/${person.customerId}`)).status).toBe(200);
    const reads = [
      ...[first, second].flatMap(({ feedbackId, customerId }) => [`/v1/feedback/${feedbackId}`, `/v1/customers/${customerId}`, `/v1/customers/${customerId}/timeline`, `/v1/customers/${customerId}/export`]),
      '/v1/feedback',
      ...(['open', 'accepted', 'dismissed'] as const).map((status) => `/v1/merge-suggestions?status=${status}`),
    ];
    for (const path of reads) expect(JSON.stringify((await call('GET', path)).body), path).not.toContain('+8613900139001');
    expect((await call('GET', `/v1/feedback/${second.feedbackId}`)).body.identities).toEqual(['email:second@example.com', 'erased:phone']);
    expect((await call('GET', `/v1/feedback/${second.feedbackId}`)).body.text).toBe('帮朋友问快递');
  });

  it("leaves nothing of the person in a merge between others that brought the phone along, and undoing that merge after the erasure brings nothing back", async () => {
    const { call, send, claim } = await setup();
    const phone = 'phone:+8613900139002';
    // A friend typed the phone with a shared address; a person merged the friend into the address's
    // holder; then the phone's owner texted from it (taking it over: it came with an address they do not prove).
    const holder = await claim('m1', ['email:shared@example.com'], '2026-11-17T01:00:00.000Z', '问一下发票');
    const friend = await claim('m2', ['email:shared@example.com', 'email:friend2@example.com', phone], '2026-11-18T01:00:00.000Z', '朋友的快递丢了');
    const [suggestion] = (await call('GET', '/v1/merge-suggestions?status=open')).body.items;
    const accepted = await call('POST', `/v1/merge-suggestions/${suggestion.suggestionId}/accept`);
    expect(accepted.status).toBe(200);
    const person = await send('m3', [phone], '2026-11-20T01:00:00.000Z', '快递丢了，没人管', 'sms');
    expect([holder.customerId, friend.customerId]).not.toContain(person.customerId);

    expect((await call('DELETE', `/v1/customers/${person.customerId}`)).status).toBe(200);
    const reads = () => [holder, friend].flatMap(({ feedbackId, customerId }) => [`/v1/feedback/${feedbackId}`, `/v1/customers/${customerId}`, `/v1/customers/${customerId}/timeline`, `/v1/customers/${customerId}/export`]);
    for (const path of reads()) expect(JSON.stringify((await call('GET', path)).body), path).not.toContain('+8613900139002');
    const { merges } = (await call('GET', `/v1/customers/${holder.customerId}/timeline`)).body;
    expect((await call('POST', `/v1/merges/${merges[0].mergeId}/undo`)).status).toBe(200);
    for (const path of reads()) expect(JSON.stringify((await call('GET', path)).body), path).not.toContain('+8613900139002');
  });

  it("finds a claim on the person's phone still on the claimant when the claimant's merge into another customer was cut short, and the finished merge brings nothing back", async () => {
    const { call, send, claim, store } = await setup();
    const phone = 'phone:+8613900139003';
    const friend = await claim('p1', ['email:pending@example.com', phone], '2026-11-18T01:00:00.000Z', '朋友的快递丢了');
    const other = await claim('p2', ['email:other@example.com'], '2026-11-17T01:00:00.000Z', '问一下发票');
    const person = await send('p3', [phone], '2026-11-20T01:00:00.000Z', '快递丢了，没人管', 'sms');
    // A person's merge of the friend into another customer, stopped before it moved the friend's items.
    expect(await store.beginMerge({ survivorId: other.customerId, absorbedId: friend.customerId, mergedAt: now.toISOString(), by: 'admin', reason: 'same shop' })).toMatchObject({ status: 'started' });

    expect((await call('DELETE', `/v1/customers/${person.customerId}`)).status).toBe(200);
    await finishPending(store, other.customerId, friend.customerId);
    for (const path of [`/v1/feedback/${friend.feedbackId}`, `/v1/customers/${other.customerId}`, `/v1/customers/${other.customerId}/timeline`, `/v1/customers/${other.customerId}/export`]) {
      expect(JSON.stringify((await call('GET', path)).body), path).not.toContain('+8613900139003');
    }
    expect((await call('GET', `/v1/feedback/${friend.feedbackId}`)).body).toMatchObject({ customerId: other.customerId, identities: ['email:pending@example.com', 'erased:phone'] });
  });

  it("finds a claim made on the person's phone while a person had merged them into someone else, once that merge was undone", async () => {
    const { call, send, claim } = await setup();
    const phone = 'phone:+8613900139004';
    const shop = await send('u1', ['email:shop@example.com'], '2026-11-16T01:00:00.000Z', '问一下发票', 'email');
    const person = await send('u2', [phone], '2026-11-17T01:00:00.000Z', '快递丢了，没人管', 'sms');
    const merged = await call('POST', `/v1/customers/${shop.customerId}/merge`, { body: { customerId: person.customerId } });
    expect(merged.status).toBe(200);
    // While merged, the phone led to the shop's customer: the friend's claim was suggested against it.
    const friend = await claim('u3', ['email:undone@example.com', phone], '2026-11-18T01:00:00.000Z', '朋友的快递丢了');
    expect((await call('POST', `/v1/merges/${merged.body.mergeId}/undo`)).status).toBe(200);

    expect((await call('DELETE', `/v1/customers/${person.customerId}`)).status).toBe(200);
    const reads = [`/v1/feedback/${friend.feedbackId}`, `/v1/customers/${friend.customerId}/timeline`, `/v1/customers/${friend.customerId}/export`, `/v1/customers/${shop.customerId}/timeline`];
    for (const path of [...reads, ...(['open', 'accepted', 'dismissed'] as const).map((status) => `/v1/merge-suggestions?status=${status}`)]) {
      expect(JSON.stringify((await call('GET', path)).body), path).not.toContain('+8613900139004');
    }
    expect((await call('GET', `/v1/feedback/${friend.feedbackId}`)).body.identities).toEqual(['email:undone@example.com', 'erased:phone']);
  });

  it('does not bring an erased person back when one of their messages is delivered again (a redelivery, a retried webhook, an import run again)', async () => {
    const { call, send, store } = await setup();
    const first = await send('r1', ['email:li@example.com'], '2026-11-20T01:00:00.000Z', '快递太慢了');
    expect((await call('DELETE', `/v1/customers/${first.customerId}`)).status).toBe(200);
    const again = await send('r1', ['email:li@example.com'], '2026-11-20T01:00:00.000Z', '快递太慢了');
    expect(again).toMatchObject({ status: 'duplicate', feedbackId: first.feedbackId });
    for (const path of ['/v1/customers?identity=email:li@example.com', `/v1/customers/${first.customerId}`, `/v1/feedback/${first.feedbackId}`]) {
      expect((await call('GET', path)).status, path).toBe(404);
    }
    expect(await store.getIdentityOwner('email:li@example.com')).toBeUndefined();
    // A new message from the same address is a new start, not the erased history.
    const fresh = await send('r2', ['email:li@example.com'], '2026-11-21T01:00:00.000Z', '还是很慢');
    expect(fresh).toMatchObject({ status: 'written' });
    expect((await call('GET', `/v1/customers/${fresh.customerId}/timeline`)).body.items.map((i: { feedbackId: string }) => i.feedbackId)).toEqual([fresh.feedbackId]);
  });
});

describe('a case history that cannot outgrow its item (issue 13: DynamoDB refuses an item over 400 KB)', () => {
  it('300 resolve/reopen cycles with the longest notes all answer 200; the item keeps the latest changes within 64 KB, counts the older, and its ETag counts every one', async () => {
    const { app, send } = await setup();
    const { feedbackId } = await send('cycles', ['email:cycles@example.com'], '2026-11-20T01:00:00.000Z', '快递一周了还没到，太慢了');
    const patch = async (body: unknown) => {
      const response = await app.request(`/v1/feedback/${feedbackId}`, { method: 'PATCH', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, etag: response.headers.get('etag') };
    };
    for (let i = 0; i < 300; i += 1) {
      expect((await patch({ status: 'resolved', note: `${i}`.padEnd(2000, '退') })).status).toBe(200);
      expect((await patch({ status: 'reopened' })).status).toBe(200);
    }
    const read = await app.request(`/v1/feedback/${feedbackId}`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(read.headers.get('etag')).toBe('"600"');
    const item = (await read.json()) as { status: string; history: { note?: string }[]; olderCaseChanges: { count: number; status: string } };
    expect(item.status).toBe('reopened');
    expect(Buffer.byteLength(JSON.stringify(item.history))).toBeLessThanOrEqual(64 * 1024);
    expect(item.olderCaseChanges.count + item.history.length).toBe(600);
    expect(item.history.at(-2)!.note).toBe('299'.padEnd(2000, '退'));
  });
});
