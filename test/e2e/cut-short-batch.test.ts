/**
 * The processor's batch path as functions/process.ts builds it (Powertools' partial batch
 * response, records in parallel, on DynamoDB Local), cut by DynamoDB at each of its requests in
 * turn, refused from there on or with that request landing and its answer lost; the failed
 * records are then redelivered as SQS would, until none fails, and the table's stream aggregated.
 * Every reader's view (customers by each identity, their timelines, the work queue, suggestions,
 * day counters, the at-risk list) must equal a clean run's.
 */
import { describe, expect, inject, it } from 'vitest';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import type { FeedbackEvent } from '../../shared/event.ts';
import { configuredKeys, staticKeyRing } from '../../shared/keys/keys.ts';
import { createBatchHandler } from '../../shared/runtime/batch.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { cuttable, type Fault } from '../support/cuttable-client.ts';
import { messageEvent, type VerifyingChannel } from '../support/feedback-event.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

const KEY = 'cut-batch-key';
const clock = { now: () => new Date('2026-11-25T00:00:00Z') };
const classifier = createLocalClassifier();

function event(id: string, identities: string[], receivedAt: string, text: string, verifiedBy?: VerifyingChannel): FeedbackEvent {
  return messageEvent('cut-batch', id, identities, receivedAt, text, verifiedBy ? { verifiedBy } : {});
}

const SEED = [
  event('r1', ['email:ret@example.com'], '2026-11-20T01:00:00.000Z', '物流太慢了，很失望'),
  event('a1', ['email:m1@example.com'], '2026-11-20T02:00:00.000Z', '包装破损了', 'email'),
  event('b1', ['phone:+8613900139001'], '2026-11-21T01:00:00.000Z', '退款还没到账', 'sms'),
];

/**
 * Ten deliveries: new customers, a returning one, a verified merge, and duplicates (of a seeded
 * event and within the batch). One message per customer: what a customer's messages processed at
 * once derive from each other (history-based urgency, the at-risk flag's message) depends on the
 * order they commit in, which a redelivery changes; see the report of the sixth black-box round.
 */
const BATCH = [
  event('n1', ['email:new1@example.com'], '2026-11-22T01:00:00.000Z', '快递三天还没到，很失望'),
  event('n2', ['phone:+8613900139002'], '2026-11-22T02:00:00.000Z', '退款还没到账，请尽快处理', 'sms'),
  event('w1', ['wechat:oCutBatch1'], '2026-11-22T03:00:00.000Z', '你们的服务很好，谢谢', 'wechat'),
  event('n5', ['email:new5@example.com', 'phone:+8613900139005'], '2026-11-23T01:00:00.000Z', '再不退款我就投诉到消费者协会'),
  event('ret1', ['email:ret@example.com'], '2026-11-23T02:00:00.000Z', '又坏了，再也不买了，太失望'),
  event('w2', ['wechat:oCutBatch2'], '2026-11-23T04:00:00.000Z', '客服一直不回复，太差了', 'wechat'),
  event('m', ['email:m1@example.com', 'phone:+8613900139001'], '2026-11-23T05:00:00.000Z', '还是没有收到退款', 'email'),
  SEED[0]!,
  event('n1', ['email:new1@example.com'], '2026-11-22T01:00:00.000Z', '快递三天还没到，很失望'),
  event('p1', ['phone:+8613900139007'], '2026-11-24T04:00:00.000Z', '质量太差，要求退货'),
].map((e, i) => ({ messageId: `msg-${i}`, body: JSON.stringify(e) }));

const IDENTITIES = ['email:ret@example.com', 'email:m1@example.com', 'phone:+8613900139001', 'email:new1@example.com', 'phone:+8613900139002', 'wechat:oCutBatch1', 'email:new5@example.com', 'phone:+8613900139005', 'wechat:oCutBatch2', 'phone:+8613900139007'];

/** Where two JSON values first part: the path, and both values there. */
function firstDifference(actual: unknown, expected: unknown, path = ''): string {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return '';
  if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) {
    for (const key of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
      const inner = firstDifference((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
      if (inner) return inner;
    }
  }
  return `${path}: ${JSON.stringify(actual)} != clean ${JSON.stringify(expected)}`;
}

async function world() {
  const { client, raw, store } = await aggregatingDynamoStore(inject('dynamodbEndpoint'));
  const outage = cuttable(client);
  // The processor as functions/process.ts builds it: on the table itself (the aggregator runs off its stream).
  const processEvent = createEventProcessor({ store: raw, classifier, clock, timeZone: 'Asia/Shanghai' });
  const handleBatch = createBatchHandler(processEvent, { processed: () => undefined, failed: () => undefined });
  for (const e of SEED) await processEvent(e);
  const app = createApiApp({ config: loadConfig({}), store, clock, keyRing: staticKeyRing(configuredKeys([KEY])) });
  const read = async (path: string) => {
    const response = await app.request(path, { headers: { authorization: `Bearer ${KEY}` } });
    return { status: response.status, body: JSON.parse((await response.text()).replace(/"(mrg|er)_[0-9a-z-]+"/g, '"<$1>"')) as unknown };
  };
  return {
    /** The batch delivered, cut at the n-th request from its start; then SQS redelivers the failed records with the store back, until none fails. */
    async deliver(at?: number, fault?: Fault) {
      outage.cutAt(at, fault);
      let pending = BATCH;
      const rounds: string[][] = [];
      for (let round = 0; pending.length > 0 && round < 8; round += 1) {
        let failed: string[];
        try {
          failed = (await handleBatch(pending)).batchItemFailures.map((f) => f.itemIdentifier);
        } catch {
          failed = pending.map((m) => m.messageId);
        }
        outage.restore();
        rounds.push(failed);
        pending = pending.filter((m) => failed.includes(m.messageId));
      }
      return { requests: outage.requests, rounds, reached: at === undefined || outage.requests >= at };
    },
    async everything() {
      const byIdentity: Record<string, unknown> = {};
      const timelines: Record<string, unknown> = {};
      for (const identity of IDENTITIES) {
        const customer = await read(`/v1/customers?identity=${encodeURIComponent(identity)}`);
        byIdentity[identity] = customer;
        const id = (customer.body as { customerId?: string }).customerId;
        if (id) timelines[identity] = await read(`/v1/customers/${id}/timeline?limit=50`);
      }
      return {
        byIdentity,
        timelines,
        queue: await read('/v1/feedback?limit=50'),
        suggestions: await read('/v1/merge-suggestions?status=open&limit=20'),
        days: await read('/v1/stats/daily?from=2026-11-19&to=2026-11-25'),
        atRisk: await store.listAtRisk(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'], 20),
      };
    },
  };
}

describe('a processor batch cut short by DynamoDB at each of its requests, then redelivered', { timeout: 3_600_000 }, () => {
  it('ends in the state of a clean run', async () => {
    const clean = await world();
    const cleanRun = await clean.deliver();
    expect(cleanRun.rounds).toEqual([[]]);
    expect(cleanRun.requests).toBeGreaterThan(BATCH.length);
    const expected = await clean.everything();
    const again = await world();
    await again.deliver();
    expect(await again.everything()).toEqual(expected);
    const findings: string[] = [];
    for (const fault of ['refused', 'answer lost'] as Fault[]) {
      for (let at = 1; at <= cleanRun.requests; at += 1) {
        const w = await world();
        const { rounds } = await w.deliver(at, fault);
        const state = await w.everything();
        if (rounds.at(-1)?.length) findings.push(`${fault} at ${at}: still failing after ${rounds.length} deliveries: ${JSON.stringify(rounds)}`);
        for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
          if (JSON.stringify(state[key]) !== JSON.stringify(expected[key])) findings.push(`${fault} at ${at}: ${key} ${firstDifference(state[key], expected[key])}`);
        }
      }
    }
    expect(findings.join('\n')).toBe('');
  });
});
