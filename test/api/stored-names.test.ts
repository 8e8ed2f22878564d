import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import { configuredKeys, staticKeyRing } from '../../shared/keys/keys.ts';
import type { FeedbackCommit, Store } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';

const KEY = 'stored-names-key';
const TIME_ZONE = 'Asia/Shanghai';
const clock = { now: () => new Date('2026-11-23T00:30:00Z') };
/** Bidi override, zero-width space, isolate, mark and a BEL, as names were stored before they were cleaned on the way in. */
const RAW_NAME = '\u202Eevil\u200B Li\u2066Lei\u2069\u200E\u0007';
const SHOWN_NAME = 'evil LiLei';
const INVISIBLE_NAME = '\u200E\u202E\u200B\u2060';
const NOT_SHOWN = /[\p{Cc}\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** The store as the code before the cleaning wrote it: the commit's name, whatever it held. */
function storingNamesAsSent(store: Store, names: Map<string, string>): Store {
  const commitFeedback = async (commit: FeedbackCommit) => {
    const raw = names.get(commit.record.identities[0]!);
    if (raw === undefined) return store.commitFeedback(commit);
    return store.commitFeedback({ ...commit, record: { ...commit.record, displayName: raw, classification: { ...commit.record.classification, urgent: true } }, customer: { ...commit.customer, displayName: raw } });
  };
  return new Proxy(store, { get: (target, property, receiver) => (property === 'commitFeedback' ? commitFeedback : Reflect.get(target, property, receiver)) });
}

describe('names stored with bidi and invisible characters', () => {
  it('are shown without them by every API answer and the digest, and not at all when nothing visible is left', async () => {
    const store = new LocalStore();
    const legacy = storingNamesAsSent(store, new Map([['email:li@example.com', RAW_NAME], ['email:blank@example.com', INVISIBLE_NAME]]));
    const processEvent = createEventProcessor({ store: legacy, classifier: createLocalClassifier(), clock, timeZone: TIME_ZONE });
    const complaint = '快递太慢了，客服也不理人，非常失望，我要投诉';
    for (const [id, receivedAt] of [['1', '2026-11-19T02:00:00.000Z'], ['2', '2026-11-20T02:00:00.000Z'], ['3', '2026-11-21T02:00:00.000Z']] as const) {
      await processEvent({ ...messageEvent('stored-names', id, ['email:li@example.com'], receivedAt, complaint, { verifiedBy: 'sms' }), displayName: 'Li Lei' });
    }
    await processEvent({ ...messageEvent('stored-names', 'blank', ['email:blank@example.com'], '2026-11-21T03:00:00.000Z', complaint, { verifiedBy: 'sms' }), displayName: 'Blank' });
    const li = (await store.getCustomer((await store.getIdentityOwner('email:li@example.com'))!))!;
    expect(li.displayName).toBe(RAW_NAME);

    const app = createApiApp({ config: loadConfig({}), store, clock, keyRing: staticKeyRing(configuredKeys([KEY])) });
    const get = async (path: string) => {
      const response = await app.request(path, { headers: { authorization: `Bearer ${KEY}` } });
      expect(response.status, path).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    };
    const feedbackId = (await store.listTimeline(li.customerId, { limit: 1 })).items[0]!.feedbackId;
    const answers = {
      lookup: await get('/v1/customers?identity=email:li@example.com'),
      customer: await get(`/v1/customers/${li.customerId}`),
      timeline: await get(`/v1/customers/${li.customerId}/timeline`),
      export: await get(`/v1/customers/${li.customerId}/export`),
      item: await get(`/v1/feedback/${feedbackId}`),
      queue: await get('/v1/feedback?status=open'),
    };
    expect(answers.lookup.displayName).toBe(SHOWN_NAME);
    expect(answers.customer.displayName).toBe(SHOWN_NAME);
    expect((answers.export.customer as { displayName: string }).displayName).toBe(SHOWN_NAME);
    expect(answers.item.displayName).toBe(SHOWN_NAME);
    for (const listing of [answers.timeline, answers.export, answers.queue]) {
      const items = listing.items as { identities: string[]; displayName?: string }[];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.displayName).toBe(item.identities[0] === 'email:li@example.com' ? SHOWN_NAME : undefined);
    }
    for (const [answer, body] of Object.entries(answers)) expect(JSON.stringify(body), answer).not.toMatch(NOT_SHOWN);
    const blank = await get('/v1/customers?identity=email:blank@example.com');
    expect(blank).not.toHaveProperty('displayName');
    expect(blank).not.toHaveProperty('displayNameClaimed');

    const digest = await buildDigest(store, 'weekly', { timeZone: TIME_ZONE, now: clock.now() });
    expect(digest.urgent.open.map((item) => item.customerName)).toEqual(expect.arrayContaining(['e****', undefined]));
    expect(digest.customersAtRisk.map((customer) => customer.displayName)).toContain('e****');
    expect(JSON.stringify(digest)).not.toMatch(NOT_SHOWN);
  });
});
