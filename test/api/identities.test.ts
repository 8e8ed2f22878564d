/**
 * Identities a person adds to and removes from a customer through the API (issue 13), through the
 * API app on the local store with messages processed as in production.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { StoreUnavailableError, type FeedbackMove, type MergeRequest } from '../../shared/ports.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { staticKeyRing, type Scope } from '../../shared/keys/keys.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent, type VerifyingChannel } from '../support/feedback-event.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

const NOW = new Date('2026-11-25T00:00:00Z');
const keyOf = (scope: Scope) => `identities-${scope}-key`;

interface CustomerView { customerId: string; identities: string[]; verifiedIdentities: string[]; identityChanges: { identity: string; change: string; at: string; by: string; reason: string }[] }

function setup(store: LocalStore | Awaited<ReturnType<typeof aggregatingDynamoStore>>['store'] = new LocalStore()) {
  const keyRing = staticKeyRing((['read', 'write'] as const).map((scope) => ({ id: `key_${scope}`, name: `agent-${scope}`, scope, hash: createHash('sha256').update(keyOf(scope)).digest('hex') })));
  const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => NOW }, keyRing });
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => NOW }, timeZone: 'Asia/Shanghai' });
  const send = async (id: string, identities: string[], receivedAt: string, verifiedBy?: VerifyingChannel) => {
    const event = messageEvent('identities-api', id, identities, receivedAt, '物流太慢了', verifiedBy ? { verifiedBy } : {});
    await processEvent(event);
    return (await store.getFeedback(event.feedbackId))!;
  };
  const auth = (scope: Scope = 'write') => ({ authorization: `Bearer ${keyOf(scope)}` });
  const add = (customerId: string, body: unknown, scope: Scope = 'write', contentType = 'application/json') =>
    app.request(`/v1/customers/${customerId}/identities`, { method: 'POST', headers: { ...auth(scope), 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const remove = (customerId: string, identity: string, query = '') => app.request(`/v1/customers/${customerId}/identities/${encodeURIComponent(identity)}${query}`, { method: 'DELETE', headers: auth() });
  const customer = async (customerId: string) => (await (await app.request(`/v1/customers/${customerId}`, { headers: auth('read') })).json()) as CustomerView;
  const ownerOf = async (identity: string) => {
    const response = await app.request(`/v1/customers?identity=${encodeURIComponent(identity)}`, { headers: auth('read') });
    return response.status === 200 ? ((await response.json()) as CustomerView).customerId : undefined;
  };
  return { store, app, send, add, remove, customer, ownerOf, auth };
}

describe('POST /v1/customers/{customerId}/identities', () => {
  it('adds an identity nobody holds, verified and normalised, recorded with who, when and why; the same add again answers 200 unchanged', async () => {
    const { send, add, customer, ownerOf } = setup();
    const { customerId } = await send('caller', ['phone:+8613800138000'], '2026-11-20T01:00:00.000Z', 'sms');
    const added = await add(customerId, { identity: 'email:Li.Lei@Example.COM', reason: 'confirmed on the phone' });
    expect(added.status).toBe(201);
    const body = (await added.json()) as { identity: string; change: string; customer: CustomerView };
    expect(body.identity).toBe('email:li.lei@example.com');
    expect(body.change).toBe('added');
    expect(body.customer.verifiedIdentities).toEqual(['email:li.lei@example.com', 'phone:+8613800138000']);
    expect(await ownerOf('email:li.lei@example.com')).toBe(customerId);
    const change = { identity: 'email:li.lei@example.com', change: 'added', at: NOW.toISOString(), by: 'agent-write', reason: 'confirmed on the phone' };
    expect((await customer(customerId)).identityChanges).toEqual([change]);
    const again = await add(customerId, { identity: 'email:li.lei@example.com' });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { change: string }).change).toBe('unchanged');
    expect((await customer(customerId)).identityChanges).toEqual([change]);
  });

  it("verifies the customer's own claim, so a verified sender of it joins this customer instead of taking it over", async () => {
    const { send, add, customer, ownerOf } = setup();
    const { customerId } = await send('form', ['email:wang@example.com'], '2026-11-20T01:00:00.000Z');
    const verified = await add(customerId, { identity: 'email:wang@example.com' });
    expect(verified.status).toBe(200);
    expect(((await verified.json()) as { change: string }).change).toBe('verified');
    expect((await customer(customerId)).verifiedIdentities).toEqual(['email:wang@example.com']);
    const mail = await send('mail', ['email:wang@example.com'], '2026-11-21T01:00:00.000Z', 'email');
    expect(mail.customerId).toBe(customerId);
    expect(await ownerOf('email:wang@example.com')).toBe(customerId);
  });

  it("refuses another customer's identity, claimed or verified, with 409 identity_taken naming that customer; nothing moves", async () => {
    const { send, add, customer, ownerOf } = setup();
    const mine = await send('mine', ['phone:+8613800138000'], '2026-11-20T01:00:00.000Z', 'sms');
    const claimed = await send('claimed', ['email:zhao@example.com'], '2026-11-20T02:00:00.000Z');
    const verified = await send('verified', ['email:qian@example.com'], '2026-11-20T03:00:00.000Z', 'email');
    for (const [identity, owner] of [['email:zhao@example.com', claimed.customerId], ['email:QIAN@example.com', verified.customerId]] as const) {
      const refused = await add(mine.customerId, { identity });
      expect(refused.status).toBe(409);
      expect(await refused.json()).toEqual({ error: { code: 'identity_taken', message: expect.any(String), customerId: owner } });
      expect(await ownerOf(identity.toLowerCase())).toBe(owner);
    }
    expect((await customer(mine.customerId)).identities).toEqual(['phone:+8613800138000']);
    expect((await customer(mine.customerId)).identityChanges).toEqual([]);
  });

  it('allows several emails, phones and openids; one WeChat unionid (409 conflicting_identity)', async () => {
    const { send, add } = setup();
    const { customerId } = await send('wx', ['wechat:oApp1', 'wechatunion:uLi'], '2026-11-20T01:00:00.000Z', 'wechat');
    expect((await add(customerId, { identity: 'wechat:oApp2' })).status).toBe(201);
    expect((await add(customerId, { identity: 'email:a@example.com' })).status).toBe(201);
    expect((await add(customerId, { identity: 'email:b@example.com' })).status).toBe(201);
    expect((await add(customerId, { identity: 'phone:13800138000' })).status).toBe(201);
    expect((await add(customerId, { identity: 'phone:13900139000' })).status).toBe(201);
    const second = await add(customerId, { identity: 'wechatunion:uSomeoneElse' });
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ error: { code: 'conflicting_identity', message: expect.any(String), identity: 'wechatunion:uLi' } });
  });

  it('answers 422 invalid_identity for a value that does not normalise, 400 for a malformed body, 415 for a body that is not JSON, 403 for a read key, 404 for an unknown customer', async () => {
    const { send, add } = setup();
    const { customerId } = await send('caller', ['phone:+8613800138000'], '2026-11-20T01:00:00.000Z', 'sms');
    // WeChat's ids are letters, digits, - and _: the channel refuses any other FromUserName, so such a value would lead nowhere (was 201).
    for (const identity of ['email:not-an-address', 'phone:12', 'phone:12345678901', 'phone:1 415 555 2671', 'fax:123', 'email', 'wechat:../x', 'wechat:o微信', 'wechatunion:u.1', `wechat:${'o'.repeat(129)}`]) {
      const response = await add(customerId, { identity });
      expect(response.status, identity).toBe(422);
      expect(await response.json()).toEqual({ error: { code: 'invalid_identity', message: expect.any(String) } });
    }
    expect((await add(customerId, { reason: 'no identity' })).status).toBe(400);
    expect((await add(customerId, { identity: 'email:a@example.com', extra: 1 })).status).toBe(400);
    expect((await add(customerId, 'identity=email:a@example.com', 'write', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await add(customerId, { identity: 'email:a@example.com' }, 'read')).status).toBe(403);
    expect((await add('cus_00000000000000000000000000', { identity: 'email:a@example.com' })).status).toBe(404);
  });

  it("refuses a web form's anonymous identity (form:anonymous-…) with 422 invalid_identity, as forms refuse it; a lookup still finds the anonymous customer", async () => {
    const { send, add, customer, ownerOf } = setup();
    const { customerId } = await send('named', ['email:named@example.com'], '2026-11-20T01:00:00.000Z', 'email');
    const anonymous = await send('anonymous', ['form:anonymous-fb_zzz'], '2026-11-20T02:00:00.000Z');
    for (const identity of ['form:anonymous-fb_zzz', 'form:anonymous-fb_new', 'form:Anonymous-fb_zzz', 'form: anonymous-x']) {
      const response = await add(customerId, { identity });
      expect([response.status, await response.json()], identity).toEqual([422, { error: { code: 'invalid_identity', message: expect.stringContaining('anonymous') } }]);
    }
    expect((await customer(customerId)).identities).toEqual(['email:named@example.com']);
    expect(await ownerOf('form:anonymous-fb_zzz')).toBe(anonymous.customerId);
  });

  it('reaches a number an SMS provider kept as given (libphonenumber does not know it): looked up, refused to another customer (409, not 422), removed; written 00… instead of + it stays no phone', async () => {
    const { send, add, remove, ownerOf } = setup();
    // Twilio's sender from a fictional 555 number, and Tencent's nationcode 1 with a Chinese mobile after it.
    const twilio = await send('twilio-555', ['phone:+15550100077'], '2026-11-20T01:00:00.000Z', 'sms');
    const tencent = await send('tencent-1', ['phone:+18613800138078'], '2026-11-20T02:00:00.000Z', 'sms');
    const other = await send('other', ['email:other@example.com'], '2026-11-20T03:00:00.000Z', 'email');
    for (const [identity, holder] of [['phone:+15550100077', twilio.customerId], ['phone:+1 555-010-0077', twilio.customerId], ['phone:+18613800138078', tencent.customerId]] as const) {
      expect(await ownerOf(identity), identity).toBe(holder);
      const taken = await add(other.customerId, { identity });
      expect([taken.status, await taken.json()], identity).toEqual([409, { error: { code: 'identity_taken', message: expect.any(String), customerId: holder } }]);
    }
    expect((await add(other.customerId, { identity: 'phone:+15550100088' })).status).toBe(201);
    expect(await ownerOf('phone:+15550100088')).toBe(other.customerId);
    expect((await add(tencent.customerId, { identity: 'email:tencent@example.com' })).status).toBe(201);
    const removed = await remove(tencent.customerId, 'phone:+18613800138078', '?reason=wrong');
    expect([removed.status, ((await removed.json()) as { identity: string }).identity]).toEqual([200, 'phone:+18613800138078']);
    expect(await ownerOf('phone:+18613800138078')).toBeUndefined();
    for (const identity of ['phone:0015550100077', 'phone:+0550100077', 'phone:+1555']) expect((await add(other.customerId, { identity })).status, identity).toBe(422);
  });

  it('adds to the customer a merged-away id stands for', async () => {
    const { send, add, app, auth, ownerOf } = setup();
    const survivor = await send('old', ['email:old@example.com'], '2026-11-19T01:00:00.000Z', 'email');
    const absorbed = await send('new', ['phone:+8613800138000', 'email:new@example.com'], '2026-11-20T01:00:00.000Z', 'email');
    await app.request(`/v1/customers/${survivor.customerId}/merge`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ customerId: absorbed.customerId }) });
    expect((await add(absorbed.customerId, { identity: 'email:third@example.com' })).status).toBe(201);
    expect(await ownerOf('email:third@example.com')).toBe(survivor.customerId);
  });
});

describe('DELETE /v1/customers/{customerId}/identities/{identity}', () => {
  it('a typo removed no longer leads to the customer: the next message naming it makes its own customer, and the items keep their identities', async () => {
    const { send, remove, customer, ownerOf, app, auth } = setup();
    const typo = await send('typo', ['email:li@example.com', 'phone:+8613800138001'], '2026-11-20T01:00:00.000Z');
    const removed = await remove(typo.customerId, 'phone:+86 138 0013 8001', '?reason=mistyped%20by%20the%20customer');
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as { customer: CustomerView }).customer.identities).toEqual(['email:li@example.com']);
    expect(await ownerOf('phone:+8613800138001')).toBeUndefined();
    expect((await customer(typo.customerId)).identityChanges).toEqual([{ identity: 'phone:+8613800138001', change: 'removed', at: NOW.toISOString(), by: 'agent-write', reason: 'mistyped by the customer' }]);
    const owner = await send('owner', ['phone:+8613800138001'], '2026-11-21T01:00:00.000Z', 'sms');
    expect(owner.customerId).not.toBe(typo.customerId);
    expect(await ownerOf('phone:+8613800138001')).toBe(owner.customerId);
    const { items } = (await (await app.request(`/v1/customers/${typo.customerId}/timeline`, { headers: auth('read') })).json()) as { items: { identities: string[] }[]; identityChanges: unknown[] };
    expect(items.map((item) => item.identities)).toEqual([['email:li@example.com', 'phone:+8613800138001']]);
  });

  it('removes an identity still pointing at a customer merged into this one: it leads nowhere afterwards', async () => {
    const { send, remove, app, auth, ownerOf, store } = setup();
    const survivor = await send('old', ['email:old@example.com'], '2026-11-19T01:00:00.000Z', 'email');
    const absorbed = await send('new', ['phone:+8613800138000', 'email:new@example.com'], '2026-11-20T01:00:00.000Z', 'email');
    await app.request(`/v1/customers/${survivor.customerId}/merge`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ customerId: absorbed.customerId }) });
    // As a claim made just before the merge leaves it: pointing at the absorbed customer, read through it.
    await store.pointIdentity('phone:+8613800138000', absorbed.customerId, true);
    expect(await ownerOf('phone:+8613800138000')).toBe(survivor.customerId);
    expect((await remove(absorbed.customerId, 'phone:+8613800138000')).status).toBe(200);
    expect(await ownerOf('phone:+8613800138000')).toBeUndefined();
  });

  it('answers 404 identity_not_held for an identity the customer does not hold, 409 last_identity for its last one unless it is form:', async () => {
    const { send, remove, ownerOf } = setup();
    const only = await send('only', ['phone:+8613800138000'], '2026-11-20T01:00:00.000Z', 'sms');
    const formOnly = await send('shop', ['form:shop-42'], '2026-11-20T02:00:00.000Z');
    const notHeld = await remove(only.customerId, 'email:nobody@example.com');
    expect(notHeld.status).toBe(404);
    expect(await notHeld.json()).toEqual({ error: { code: 'identity_not_held', message: expect.any(String) } });
    const last = await remove(only.customerId, 'phone:+8613800138000');
    expect(last.status).toBe(409);
    expect(((await last.json()) as { error: { code: string } }).error.code).toBe('last_identity');
    expect(await ownerOf('phone:+8613800138000')).toBe(only.customerId);
    expect((await remove(formOnly.customerId, 'form:shop-42')).status).toBe(200);
    expect((await remove(only.customerId, 'email:not-an-address')).status).toBe(422);
  });
});

const stores = [
  ['local store', async () => new LocalStore()],
  ['DynamoDB Local', async () => (await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store],
] as const;

describe.each(stores)('removing identities from a merged customer on the %s', (_name, makeStore) => {
  it('keeps the last identity of every customer an undo would separate again (409 last_identity), down a chain of merges; each comes back from its undo findable', async () => {
    const { send, remove, add, app, auth, ownerOf } = setup(await makeStore());
    const a = await send('a', ['phone:+8613800138001'], '2026-11-18T01:00:00.000Z', 'sms');
    const b = await send('b', ['phone:+8613800138002'], '2026-11-19T01:00:00.000Z', 'sms');
    const c = await send('c', ['email:c@example.com'], '2026-11-20T01:00:00.000Z', 'email');
    const merge = async (survivor: string, absorbed: string) =>
      ((await (await app.request(`/v1/customers/${survivor}/merge`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ customerId: absorbed }) })).json()) as { mergeId: string }).mergeId;
    const undo = async (mergeId: string) => (await app.request(`/v1/merges/${mergeId}/undo`, { method: 'POST', headers: auth() })).status;
    const refusedAsLast = async (customerId: string, identity: string) => {
      const answer = await remove(customerId, identity);
      return answer.status === 409 && ((await answer.json()) as { error: { code: string } }).error.code === 'last_identity';
    };

    const aTookB = await merge(a.customerId, b.customerId);
    expect(await refusedAsLast(a.customerId, 'phone:+8613800138002')).toBe(true);
    expect(await refusedAsLast(a.customerId, 'phone:+8613800138001')).toBe(true);
    const cTookA = await merge(c.customerId, a.customerId);
    expect(await refusedAsLast(c.customerId, 'phone:+8613800138002')).toBe(true);
    expect(await refusedAsLast(c.customerId, 'phone:+8613800138001')).toBe(true);
    expect(await refusedAsLast(c.customerId, 'email:c@example.com')).toBe(true);
    // An identity added while merged stays with the customer it was added to: its own phone may go then.
    expect((await add(c.customerId, { identity: 'email:c.work@example.com' })).status).toBe(201);
    expect((await remove(c.customerId, 'email:c@example.com')).status).toBe(200);

    expect(await undo(cTookA)).toBe(200);
    expect(await undo(aTookB)).toBe(200);
    expect(await ownerOf('phone:+8613800138001')).toBe(a.customerId);
    expect(await ownerOf('phone:+8613800138002')).toBe(b.customerId);
    expect(await ownerOf('email:c.work@example.com')).toBe(c.customerId);
    expect(await ownerOf('email:c@example.com')).toBeUndefined();
  });
});

describe.each(stores)('concurrent removals on the %s', (_name, makeStore) => {
  it("of two DELETEs at once of the last two identities a merged-in customer brought, one is refused (409 last_identity): the undo gives it one back", async () => {
    const { send, remove, app, auth, ownerOf } = setup(await makeStore());
    const survivor = await send('s', ['email:s@example.com'], '2026-11-18T01:00:00.000Z', 'email');
    const absorbed = await send('a', ['phone:+8613800138001'], '2026-11-19T01:00:00.000Z', 'sms');
    expect((await send('a2', ['phone:+8613800138001', 'email:a@example.com'], '2026-11-19T02:00:00.000Z', 'sms')).customerId).toBe(absorbed.customerId);
    const merged = await app.request(`/v1/customers/${survivor.customerId}/merge`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ customerId: absorbed.customerId }) });
    const { mergeId } = (await merged.json()) as { mergeId: string };
    const answers = await Promise.all([remove(survivor.customerId, 'phone:+8613800138001'), remove(survivor.customerId, 'email:a@example.com')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect((await app.request(`/v1/merges/${mergeId}/undo`, { method: 'POST', headers: auth() })).status).toBe(200);
    const kept = (await ownerOf('phone:+8613800138001')) ?? (await ownerOf('email:a@example.com'));
    expect(kept).toBe(absorbed.customerId);
  });
});

describe('what identity changes cannot outgrow (issue 13: DynamoDB refuses an item over 400 KB)', () => {
  const email = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;

  it('3,000 add/remove cycles of a 254-character email with the longest reason: every answer 2xx, the latest 50 changes listed and the older counted', async () => {
    const { send, add, remove, customer, app, auth } = setup();
    const { customerId } = await send('caller', ['phone:+8613800138000'], '2026-11-20T01:00:00.000Z', 'sms');
    const reason = '核'.repeat(500);
    expect((await add(customerId, { identity: `email:${email}`, reason: '核'.repeat(1000) })).status).toBe(400);
    const cycles = 3000;
    for (let i = 0; i < cycles; i += 1) {
      expect((await add(customerId, { identity: `email:${email}`, reason })).status).toBe(201);
      expect((await remove(customerId, `email:${email}`, `?reason=${encodeURIComponent(`${i}${reason}`.slice(0, 500))}`)).status).toBe(200);
    }
    const view = (await customer(customerId)) as CustomerView & { olderIdentityChanges: number };
    expect(view.identities).toEqual(['phone:+8613800138000']);
    expect(view.identityChanges).toHaveLength(50);
    expect(view.olderIdentityChanges).toBe(2 * cycles - 50);
    expect(view.identityChanges.at(-1)).toEqual({ identity: `email:${email}`, change: 'removed', at: NOW.toISOString(), by: 'agent-write', reason: `${cycles - 1}${reason}`.slice(0, 500) });
    const timeline = (await (await app.request(`/v1/customers/${customerId}/timeline`, { headers: auth('read') })).json()) as { identityChanges: unknown[]; olderIdentityChanges: number };
    expect(timeline.identityChanges).toHaveLength(50);
    expect(timeline.olderIdentityChanges).toBe(2 * cycles - 50);
  });

  it('refuses the 101st identity with 409 too_many_identities, writing nothing; removing one makes room', async () => {
    const { send, add, remove, customer, ownerOf } = setup();
    const { customerId } = await send('caller', ['phone:+8613800138000'], '2026-11-20T01:00:00.000Z', 'sms');
    for (let i = 1; i < 100; i += 1) expect((await add(customerId, { identity: `email:c${i}@example.com` })).status).toBe(201);
    const refused = await add(customerId, { identity: 'email:one-more@example.com' });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ error: { code: 'too_many_identities', message: expect.any(String), limit: 100 } });
    expect(await ownerOf('email:one-more@example.com')).toBeUndefined();
    expect((await customer(customerId)).identities).toHaveLength(100);
    expect((await remove(customerId, 'email:c1@example.com')).status).toBe(200);
    expect((await add(customerId, { identity: 'email:one-more@example.com' })).status).toBe(201);
  });

  it('a message bringing a new identity to a customer holding 100 is on its timeline; the identity stays on the item and leads nowhere', async () => {
    const { send, add, customer, ownerOf } = setup();
    const { customerId } = await send('caller', ['phone:+8613800138000'], '2026-11-20T01:00:00.000Z', 'sms');
    for (let i = 1; i < 100; i += 1) expect((await add(customerId, { identity: `email:c${i}@example.com` })).status).toBe(201);
    const item = await send('more', ['phone:+8613800138000', 'email:new@example.com'], '2026-11-21T01:00:00.000Z', 'email');
    expect(item.customerId).toBe(customerId);
    expect(item.identities).toContain('email:new@example.com');
    expect(await ownerOf('email:new@example.com')).toBeUndefined();
    expect((await customer(customerId)).identities).toHaveLength(100);
  });

  it('a merge past 100 identities is not made: a message proving the two one person records a suggestion, a person gets 409 too_many_identities until there is room, and the merge then made is undone', async () => {
    const { send, add, remove, customer, app, auth } = setup();
    // No two verified identities of one kind, or the two would never merge automatically anyway.
    const older = await send('older', ['phone:+8613800138000'], '2026-11-20T01:00:00.000Z', 'sms');
    const newer = await send('newer', ['email:newer@example.com'], '2026-11-20T02:00:00.000Z', 'email');
    for (let i = 0; i < 59; i += 1) {
      expect((await add(older.customerId, { identity: `wechat:o${i}` })).status).toBe(201);
      expect((await add(newer.customerId, { identity: `form:n${i}` })).status).toBe(201);
    }
    const both = await send('both', ['phone:+8613800138000', 'email:newer@example.com'], '2026-11-21T01:00:00.000Z', 'sms');
    expect(both.customerId).toBe(older.customerId);
    expect((await customer(older.customerId)).identities).toHaveLength(60);
    expect((await customer(newer.customerId)).identities).toHaveLength(60);
    const post = (path: string, body?: unknown) => app.request(path, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    const { items } = (await (await app.request('/v1/merge-suggestions?status=open', { headers: auth('read') })).json()) as { items: { suggestionId: string; customerId: string; otherCustomerId: string; feedbackId: string }[] };
    expect(items).toEqual([expect.objectContaining({ customerId: older.customerId, otherCustomerId: newer.customerId, feedbackId: both.feedbackId })]);
    for (const refused of [await post(`/v1/customers/${older.customerId}/merge`, { customerId: newer.customerId }), await post(`/v1/merge-suggestions/${items[0]!.suggestionId}/accept`)]) {
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('too_many_identities');
    }
    expect(((await (await app.request('/v1/merge-suggestions?status=open', { headers: auth('read') })).json()) as { items: unknown[] }).items).toHaveLength(1);
    for (let i = 0; i < 20; i += 1) expect((await remove(newer.customerId, `form:n${i}`)).status).toBe(200);
    const accepted = await post(`/v1/merge-suggestions/${items[0]!.suggestionId}/accept`);
    expect(accepted.status).toBe(200);
    const { mergeId, customerId } = (await accepted.json()) as { mergeId: string; customerId: string };
    expect((await customer(customerId)).identities).toHaveLength(100);
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(200);
    expect((await customer(older.customerId)).identities).toHaveLength(60);
    expect((await customer(newer.customerId)).identities).toHaveLength(40);
  });

  it('accepting a suggestion while someone adds identities to its customers: 409 too_many_identities with the suggestion open, never accepted without its merge; accepted once there is room', async () => {
    const store = new GrowingBeforeMerge();
    const { send, add, remove, customer, app, auth } = setup(store);
    const older = await send('older', ['phone:+8613800138000'], '2026-11-20T01:00:00.000Z', 'sms');
    const newer = await send('newer', ['email:newer@example.com'], '2026-11-20T02:00:00.000Z', 'email');
    for (let i = 0; i < 59; i += 1) expect((await add(older.customerId, { identity: `wechat:o${i}` })).status).toBe(201);
    for (let i = 0; i < 59; i += 1) expect((await add(newer.customerId, { identity: `form:n${i}` })).status).toBe(201);
    await send('both', ['phone:+8613800138000', 'email:newer@example.com'], '2026-11-21T01:00:00.000Z', 'sms');
    const suggestionId = (await openSuggestions(app, auth))[0]!;
    for (let i = 0; i < 20; i += 1) expect((await remove(newer.customerId, `form:n${i}`)).status).toBe(200);
    // The two fit when the request reads them; 5 more arrive before the merge is written.
    store.growBy = 5;
    const refused = await app.request(`/v1/merge-suggestions/${suggestionId}/accept`, { method: 'POST', headers: auth() });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('too_many_identities');
    expect(await openSuggestions(app, auth)).toEqual([suggestionId]);
    // The claimant (the older customer) was to be absorbed: it grew.
    expect((await customer(older.customerId)).identities).toHaveLength(65);
    for (let i = 0; i < 5; i += 1) expect((await remove(older.customerId, `form:late${i}`)).status).toBe(200);
    const accepted = await app.request(`/v1/merge-suggestions/${suggestionId}/accept`, { method: 'POST', headers: auth() });
    expect(accepted.status).toBe(200);
    const { mergeId } = (await accepted.json()) as { mergeId: string };
    expect(await store.getMergeSuggestion(suggestionId)).toMatchObject({ status: 'accepted', mergeId });
    expect((await customer(newer.customerId)).identities).toHaveLength(100);
  });

  it('an accept cut short after its merge was written (503) is accepted with that merge, and the retry finishes it: 200, every item on the survivor', async () => {
    const store = new FailingFirstMove();
    const { send, app, auth } = setup(store);
    const holder = await send('holder', ['email:holder@example.com'], '2026-11-20T01:00:00.000Z', 'email');
    // Unverified, it proves nothing: a customer of its own, and a suggestion to merge it into the holder.
    const claimant = await send('claimant', ['email:holder@example.com'], '2026-11-21T01:00:00.000Z');
    expect(claimant.customerId).not.toBe(holder.customerId);
    const suggestionId = (await openSuggestions(app, auth))[0]!;
    const accept = () => app.request(`/v1/merge-suggestions/${suggestionId}/accept`, { method: 'POST', headers: auth() });
    store.failNextMove = true;
    expect((await accept()).status).toBe(503);
    const { mergeId } = (await store.getMergeSuggestion(suggestionId)) as { mergeId: string };
    expect(await store.getMergeSuggestion(suggestionId)).toMatchObject({ status: 'accepted', mergeId: expect.any(String) });
    const retried = await accept();
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({ mergeId, customerId: holder.customerId });
    expect((await store.getCustomer(holder.customerId))!.pendingMerges).toBeUndefined();
    expect((await store.getCustomer(claimant.customerId))!.mergedInto).toBe(holder.customerId);
    expect((await store.listTimeline(claimant.customerId, { limit: 10 })).items).toEqual([]);
    expect((await store.listTimeline(holder.customerId, { limit: 10 })).items.map((item) => item.feedbackId).sort()).toEqual([holder.feedbackId, claimant.feedbackId].sort());
    const again = await accept();
    expect([again.status, ((await again.json()) as { error: { code: string } }).error.code]).toEqual([409, 'already_decided']);
  });

  it('undoing the merge that accepted a suggestion lists it open again, marked with the undo, as the OpenAPI document declares; it can be dismissed or accepted again', async () => {
    const { send, app, auth } = setup();
    await send('holder', ['email:holder@example.com'], '2026-11-20T01:00:00.000Z', 'email');
    await send('claimant', ['email:holder@example.com'], '2026-11-21T01:00:00.000Z');
    const suggestionId = (await openSuggestions(app, auth))[0]!;
    const post = (path: string) => app.request(path, { method: 'POST', headers: auth() });
    const accepted = (await (await post(`/v1/merge-suggestions/${suggestionId}/accept`)).json()) as { mergeId: string };
    expect(await openSuggestions(app, auth)).toEqual([]);
    expect((await post(`/v1/merges/${accepted.mergeId}/undo`)).status).toBe(200);
    expect(await openSuggestions(app, auth)).toEqual([suggestionId]);
    const { items } = (await (await app.request('/v1/merge-suggestions?status=open', { headers: auth('read') })).json()) as { items: Record<string, unknown>[] };
    expect(items[0]).toMatchObject({ status: 'open', undoneAt: NOW.toISOString(), undoneBy: 'agent-write', undoneMergeId: accepted.mergeId });
    expect(items[0]).not.toHaveProperty('mergeId');
    expect(items[0]).not.toHaveProperty('decidedAt');
    const document = (await (await app.request('/openapi.json')).json()) as { components: { schemas: { MergeSuggestion: { properties: Record<string, unknown> } } } };
    expect(Object.keys(document.components.schemas.MergeSuggestion.properties)).toEqual(expect.arrayContaining(['undoneAt', 'undoneBy', 'undoneMergeId']));
    expect((await post(`/v1/merge-suggestions/${suggestionId}/accept`)).status).toBe(200);
  });

  it('accepting a suggestion whose two customers became one through other merges: 409 already_merged, and the suggestion is closed (accepted, no merge of its own)', async () => {
    const { send, app, auth } = setup();
    const holder = await send('holder', ['email:holder@example.com'], '2026-11-20T01:00:00.000Z', 'email');
    const claimant = await send('claimant', ['email:holder@example.com'], '2026-11-21T01:00:00.000Z');
    const third = await send('third', ['phone:+8613800138000'], '2026-11-19T01:00:00.000Z', 'sms');
    const suggestionId = (await openSuggestions(app, auth))[0]!;
    const post = (path: string, body?: unknown) => app.request(path, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    for (const absorbed of [holder.customerId, claimant.customerId]) expect((await post(`/v1/customers/${third.customerId}/merge`, { customerId: absorbed })).status).toBe(200);
    const accepted = await app.request(`/v1/merge-suggestions/${suggestionId}/accept`, { method: 'POST', headers: auth() });
    expect([accepted.status, ((await accepted.json()) as { error: { code: string } }).error.code]).toEqual([409, 'already_merged']);
    expect(await openSuggestions(app, auth)).toEqual([]);
  });

  it('accepting a suggestion whose identity a person moved since (removed from its holder, added to another or to nobody): 409 identity_moved, nothing merged, the suggestion open to dismiss', async () => {
    const { send, add, remove, customer, app, auth } = setup();
    const holder = await send('holder', ['email:holder@example.com'], '2026-11-20T01:00:00.000Z', 'email');
    const claimant = await send('claimant', ['email:holder@example.com'], '2026-11-21T01:00:00.000Z');
    const third = await send('third', ['phone:+8613800138000'], '2026-11-19T01:00:00.000Z', 'sms');
    const suggestionId = (await openSuggestions(app, auth))[0]!;
    expect((await add(holder.customerId, { identity: 'phone:+8613900139000' })).status).toBe(201);
    expect((await remove(holder.customerId, 'email:holder@example.com')).status).toBe(200);
    const accept = () => app.request(`/v1/merge-suggestions/${suggestionId}/accept`, { method: 'POST', headers: auth() });
    const heldByNobody = await accept();
    expect([heldByNobody.status, ((await heldByNobody.json()) as { error: { code: string } }).error.code]).toEqual([409, 'identity_moved']);
    expect((await add(third.customerId, { identity: 'email:holder@example.com' })).status).toBe(201);
    const heldByAnother = await accept();
    expect(heldByAnother.status).toBe(409);
    expect(await heldByAnother.json()).toEqual({ error: { code: 'identity_moved', message: expect.stringContaining(third.customerId), customerId: third.customerId } });
    for (const side of [holder, claimant, third]) expect((await customer(side.customerId)).customerId).toBe(side.customerId);
    expect(await openSuggestions(app, auth)).toEqual([suggestionId]);
    expect((await app.request(`/v1/merge-suggestions/${suggestionId}/dismiss`, { method: 'POST', headers: auth() })).status).toBe(200);
  });

  it("accepting a suggestion while a person moves its identity to another customer: 409 identity_moved naming that customer, checked in the merge's own write; nothing merged, the suggestion open", async () => {
    const store = new ChangedBeforeMerge();
    const { send, add, remove, customer, app, auth } = setup(store);
    const holder = await send('holder', ['email:holder@example.com'], '2026-11-20T01:00:00.000Z', 'email');
    const claimant = await send('claimant', ['email:holder@example.com'], '2026-11-21T01:00:00.000Z');
    const third = await send('third', ['phone:+8613800138000'], '2026-11-19T01:00:00.000Z', 'sms');
    const suggestionId = (await openSuggestions(app, auth))[0]!;
    expect((await add(holder.customerId, { identity: 'phone:+8613900139000' })).status).toBe(201);
    // After the route read the suggestion and before the merge's write.
    store.meanwhile = async () => {
      expect((await remove(holder.customerId, 'email:holder@example.com')).status).toBe(200);
      expect((await add(third.customerId, { identity: 'email:holder@example.com' })).status).toBe(201);
    };
    const accepted = await app.request(`/v1/merge-suggestions/${suggestionId}/accept`, { method: 'POST', headers: auth() });
    expect(accepted.status).toBe(409);
    expect(await accepted.json()).toEqual({ error: { code: 'identity_moved', message: expect.stringContaining(third.customerId), customerId: third.customerId } });
    for (const side of [holder, claimant, third]) expect((await customer(side.customerId)).customerId).toBe(side.customerId);
    expect((await customer(holder.customerId)).identities).toEqual(['phone:+8613900139000']);
    expect(await openSuggestions(app, auth)).toEqual([suggestionId]);
  });
});

/** The local store, where someone adds `growBy` identities to the absorbed side just before a merge is begun. */

/** The local store, where a person changes something (`meanwhile`) just before the next merge is begun. */
class ChangedBeforeMerge extends LocalStore {
  meanwhile: (() => Promise<void>) | undefined;
  override async beginMerge(request: MergeRequest, acceptsSuggestion?: string) {
    const change = this.meanwhile;
    this.meanwhile = undefined;
    await change?.();
    return super.beginMerge(request, acceptsSuggestion);
  }
}
class GrowingBeforeMerge extends LocalStore {
  growBy = 0;
  override async beginMerge(request: MergeRequest, acceptsSuggestion?: string) {
    for (let i = 0; i < this.growBy; i += 1) await this.addIdentity({ customerId: request.absorbedId, identity: `form:late${i}`, at: NOW.toISOString(), by: 'agent', reason: 'typed in meanwhile' });
    this.growBy = 0;
    return super.beginMerge(request, acceptsSuggestion);
  }
}

/** The local store, unavailable for the first item a merge moves once `failNextMove` is set. */
class FailingFirstMove extends LocalStore {
  failNextMove = false;
  override async moveFeedback(move: FeedbackMove) {
    if (this.failNextMove) {
      this.failNextMove = false;
      throw new StoreUnavailableError(new Error('the store went away'));
    }
    return super.moveFeedback(move);
  }
}

async function openSuggestions(app: ReturnType<typeof setup>['app'], auth: ReturnType<typeof setup>['auth']): Promise<string[]> {
  const { items } = (await (await app.request('/v1/merge-suggestions?status=open', { headers: auth('read') })).json()) as { items: { suggestionId: string }[] };
  return items.map((item) => item.suggestionId);
}
