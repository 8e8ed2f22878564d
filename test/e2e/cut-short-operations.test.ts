import { describe, expect, inject, it } from 'vitest';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { messageEvent } from '../support/feedback-event.ts';
import { configuredKeys, staticKeyRing } from '../../shared/keys/keys.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { cuttable, type Fault } from '../support/cuttable-client.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

const KEY = 'cut-short-key';
const clock = { now: () => new Date('2026-11-25T00:00:00Z') };

/**
 * A table on DynamoDB Local whose client goes down at its n-th request from `cutAt` on: refused
 * (nothing sent), or with that request's answer lost after it landed and everything after refused.
 * Added inside the SDK's retry loop, so its retries meet the outage too.
 */
async function world() {
  const { client, store } = await aggregatingDynamoStore(inject('dynamodbEndpoint'));
  const outage = cuttable(client);
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock, timeZone: 'Asia/Shanghai' });
  const app = createApiApp({ config: loadConfig({}), store, clock, keyRing: staticKeyRing(configuredKeys([KEY])) });
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: response.status === 204 ? undefined : ((await response.json()) as Record<string, unknown>) };
  };
  const send = (id: string, identities: string[], receivedAt: string, text: string, verified = false) =>
    processEvent(messageEvent('cut-short', id, identities, receivedAt, text, verified ? { verifiedBy: 'sms' } : {}));
  return {
    store,
    call,
    send,
    /** Runs `operation` with the client cut at its n-th request from now; then the dependency is back. */
    async cutShort<T>(at: number, fault: Fault, operation: () => Promise<T>): Promise<{ result: T; reached: boolean }> {
      outage.cutAt(at, fault);
      try {
        const result = await operation();
        return { result, reached: outage.requests >= at };
      } finally {
        outage.restore();
      }
    },
  };
}

type World = Awaited<ReturnType<typeof world>>;

/** Two customers of one person (a form and a signed SMS), each with items, one resolved. */
async function seed(w: World) {
  const a = await w.send('a1', ['email:cut@example.com'], '2026-11-20T01:00:00.000Z', '快递三天还没到，很失望');
  await w.send('a2', ['email:cut@example.com'], '2026-11-21T01:00:00.000Z', '客服一直不回复，太差了');
  const b = await w.send('b1', ['phone:+8613900139555'], '2026-11-22T01:00:00.000Z', '退款还没到账，请尽快处理', true);
  if (a.status !== 'written' || b.status !== 'written') throw new Error('not written');
  return { a: a.customerId, b: b.customerId, item: a.feedbackId };
}

/** What a reader of the API sees of both customers, the work queue, the merges and the day counters. */
async function everything(w: World, ids: { a: string; b: string }) {
  const read = async (path: string) => {
    const { status, body } = await w.call('GET', path);
    return { status, body: JSON.parse(JSON.stringify(body ?? null).replace(/"(mrg|er)_[0-9a-z-]+"/g, '"<$1>"')) };
  };
  return {
    a: await read(`/v1/customers/${ids.a}`),
    b: await read(`/v1/customers/${ids.b}`),
    timelineA: await read(`/v1/customers/${ids.a}/timeline?limit=20`),
    timelineB: await read(`/v1/customers/${ids.b}/timeline?limit=20`),
    byEmail: await read('/v1/customers?identity=email:cut@example.com'),
    byPhone: await read(`/v1/customers?identity=${encodeURIComponent('phone:+8613900139555')}`),
    queue: await read('/v1/feedback?limit=50'),
    suggestions: await read('/v1/merge-suggestions?status=open&limit=20'),
    days: await read('/v1/stats/daily?from=2026-11-19&to=2026-11-25'),
    erasures: await read('/v1/erasures'),
    atRisk: await w.store.listAtRisk(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'], 20),
  };
}

/** The operation cut short at every one of its requests in turn, retried once the store is back, against a clean run. */
async function cutEverywhere(
  name: string,
  faults: Fault[],
  operation: (w: World, ids: Awaited<ReturnType<typeof seed>>) => Promise<{ status: number }>,
  before?: (w: World, ids: Awaited<ReturnType<typeof seed>>) => Promise<void>,
  /** What a repeat of a request that completed answers, when that is not what the first answered. */
  repeatAnswer?: number,
) {
  const clean = await world();
  const cleanIds = await seed(clean);
  await before?.(clean, cleanIds);
  const cleanAnswer = await operation(clean, cleanIds);
  const expected = await everything(clean, cleanIds);
  const findings: string[] = [];
  for (const fault of faults) {
    for (let at = 1; at < 200; at += 1) {
      const w = await world();
      const ids = await seed(w);
      await before?.(w, ids);
      const { result: cutAnswer, reached } = await w.cutShort(at, fault, () => operation(w, ids));
      if (!reached) break;
      if (cutAnswer.status !== 503 && cutAnswer.status !== cleanAnswer.status) findings.push(`${name} ${fault} at request ${at}: answered ${cutAnswer.status}`);
      const retried = await operation(w, ids);
      if (retried.status !== cleanAnswer.status && retried.status !== repeatAnswer) findings.push(`${name} ${fault} at request ${at}: retry answered ${retried.status}, clean ${cleanAnswer.status} ${JSON.stringify(retried)}`);
      const state = await everything(w, ids);
      for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
        if (JSON.stringify(state[key]) !== JSON.stringify(expected[key])) findings.push(`${name} ${fault} at request ${at}: ${key} ${JSON.stringify(state[key])} != clean ${JSON.stringify(expected[key])}`);
      }
    }
  }
  return findings;
}

/** Each fault its own test: an undo cut at each of its requests takes ~5 minutes per fault here. */
const FAULTS: Fault[] = ['refused', 'answer lost'];

describe('an API operation cut short by the store at each of its requests, then retried', { timeout: 2_400_000 }, () => {
  it.each(FAULTS)('an undo cut short (%s) at any of its requests, then retried', async (fault) => {
    let mergeId = '';
    const findings = await cutEverywhere(
      'undo',
      [fault],
      (w) => w.call('POST', `/v1/merges/${mergeId}/undo`),
      async (w, ids) => {
        mergeId = (await w.call('POST', `/v1/customers/${ids.a}/merge`, { customerId: ids.b })).body!['mergeId'] as string;
      },
    );
    expect(findings.join('\n')).toBe('');
  });

  it.each(FAULTS)('a case change (no If-Match) cut short (%s) at any of its requests, then retried', async (fault) => {
    const findings = await cutEverywhere('case change', [fault], (w, ids) =>
      w.call('PATCH', `/v1/feedback/${ids.item}`, { status: 'resolved', note: '已退款', assignee: 'li' }),
    );
    expect(findings.join('\n')).toBe('');
  });

  it.each(FAULTS)('an erasure cut short (%s) at any of its requests, then retried', async (fault) => {
    const findings = await cutEverywhere(
      'erase',
      [fault],
      (w, ids) => w.call('DELETE', `/v1/customers/${ids.a}`),
      async (w) => {
        // A third negative message in the week puts the customer on the at-risk list.
        await w.send('a3', ['email:cut@example.com'], '2026-11-23T01:00:00.000Z', '又坏了，再也不买了，太失望');
      },
      // An erased customer's id answers 404, to a repeated erasure too: what it erased is compared.
      404,
    );
    expect(findings.join('\n')).toBe('');
  });
});
