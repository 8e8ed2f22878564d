import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { createBatchHandler } from '../../shared/runtime/batch.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';

const silent = { processed: () => {}, failed: () => {} };
const classifier = createLocalClassifier();

const complaints = [
  messageEvent('batch-order', 'c1', ['email:burst@example.com'], '2026-11-25T01:00:00.000Z', '快递三天还没到，很失望'),
  messageEvent('batch-order', 'c2', ['email:burst@example.com'], '2026-11-25T01:05:00.000Z', '客服一直不回复，太差了'),
  messageEvent('batch-order', 'c3', ['email:burst@example.com'], '2026-11-25T01:10:00.000Z', '还是没人处理，退款也不给，太气人了'),
];
const other = messageEvent('batch-order', 'o1', ['email:someone.else@example.com'], '2026-11-25T01:07:00.000Z', '包装破损了');

async function urgency(batches: (typeof complaints)[]) {
  const store = new LocalStore();
  const processEvent = createEventProcessor({ store, classifier, clock: { now: () => new Date('2026-11-25T02:00:00Z') }, timeZone: 'Asia/Shanghai' });
  const handle = createBatchHandler(processEvent, silent);
  for (const batch of batches) await handle(batch.map((event, i) => ({ messageId: `m${i}`, body: JSON.stringify(event) })));
  return Promise.all(complaints.map(async (event) => (await store.getFeedback(event.feedbackId))!.classification.urgent));
}

describe('one batch holding several messages of one sender', () => {
  it('judges each on the history before it, as one message after the other would be: a burst of complaints is caught', async () => {
    const oneAfterTheOther = await urgency(complaints.map((event) => [event]));
    // The third complaint with two unresolved before it is urgent (repeated unresolved complaints).
    expect(oneAfterTheOther).toEqual([false, false, true]);
    // In one batch, delivered in any order beside another sender's message, records running in parallel.
    expect(await urgency([[complaints[2]!, other, complaints[0]!, complaints[1]!]])).toEqual(oneAfterTheOther);
    expect(await urgency([[complaints[1]!, complaints[2]!, complaints[0]!, other]])).toEqual(oneAfterTheOther);
  });
});
