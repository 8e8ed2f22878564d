/**
 * Merges and undos through the API app and the processor, on the local store and DynamoDB Local,
 * with a clock that moves a second per reading (what was processed before and after each merge
 * is told apart). Messages are SMS from one verified phone each.
 */
import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { staticKeyRing } from '../../shared/keys/keys.ts';
import type { FeedbackRecord } from '../../shared/model.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from './feedback-event.ts';
import { aggregatingDynamoStore } from './stream-aggregation.ts';

type MergeStore = LocalStore | Awaited<ReturnType<typeof aggregatingDynamoStore>>['store'];

export const mergeStores = [
  ['local store', async (): Promise<MergeStore> => new LocalStore()],
  ['DynamoDB Local', async (): Promise<MergeStore> => (await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store],
] as const;

export async function mergeApi(makeStore: () => Promise<MergeStore>, namespace: string) {
  const key = 'merge-api-write-key';
  const store = await makeStore();
  let now = Date.parse('2026-11-25T00:00:00.000Z');
  const clock = { now: () => new Date((now += 1000)) };
  const keyRing = staticKeyRing([{ id: 'key_write', name: 'agent', scope: 'write', hash: createHash('sha256').update(key).digest('hex') }]);
  const app = createApiApp({ config: loadConfig({}), store, clock, keyRing });
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock, timeZone: 'Asia/Shanghai' });
  const send = async (id: string, phone: string, receivedAt: string, text: string) => {
    const event = messageEvent('merge-api', `${namespace}-${id}`, [phone], receivedAt, text, { verifiedBy: 'sms' });
    await processEvent(event);
    return (await store.getFeedback(event.feedbackId)) as FeedbackRecord;
  };
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  const post = async (path: string, body?: unknown) => app.request(path, { method: 'POST', headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  const merge = async (survivor: string, absorbed: string) => ((await (await post(`/v1/customers/${survivor}/merge`, { customerId: absorbed })).json()) as { mergeId: string }).mergeId;
  const timeline = async (customerId: string) =>
    (await (await app.request(`/v1/customers/${customerId}/timeline?limit=50`, { headers })).json()) as { customerId: string; items: FeedbackRecord[] };
  return { store, send, post, merge, timeline };
}
