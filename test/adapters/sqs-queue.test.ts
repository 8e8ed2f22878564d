import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand, type SendMessageBatchCommandOutput, type SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, inject, it } from 'vitest';
import { SqsPoller } from '../../shared/adapters/aws/sqs-poller.ts';
import { QueueSendError, SqsEventQueue } from '../../shared/adapters/aws/sqs-queue.ts';
import { MAX_MESSAGE_BYTES } from '../../shared/adapters/queue-messages.ts';
import type { FeedbackEvent } from '../../shared/event.ts';
import { createTestQueue } from '../support/sqs.ts';
import { drain, queueContract, sampleEvent, type QueueUnderTest } from './queue.contract.ts';

const VISIBILITY_TIMEOUT_SECONDS = 1;
const MAX_RECEIVE_COUNT = 2;

queueContract('SQS (fauxqs)', async (): Promise<QueueUnderTest> => {
  const { client, queueUrl, dlqUrl } = await createTestQueue(inject('sqsEndpoint'), {
    visibilityTimeoutSeconds: VISIBILITY_TIMEOUT_SECONDS,
    maxReceiveCount: MAX_RECEIVE_COUNT,
  });
  // A 1 s long poll keeps `stop()` and `drain` quick; production consumers wait 20 s.
  const consume: QueueUnderTest['consume'] = (handler) =>
    new SqsPoller({ queueUrl, client, handler, waitTimeSeconds: 1 }).start();
  return {
    queue: new SqsEventQueue({ queueUrl, client }),
    consume,
    receiveAll: () => drain(consume),
    deadLetters: async () => {
      // Visibility 0 peeks without hiding the messages from the next look.
      const { Messages = [] } = await client.send(
        new ReceiveMessageCommand({ QueueUrl: dlqUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 0 }),
      );
      return Messages.map((m) => JSON.parse(m.Body ?? '') as FeedbackEvent);
    },
    visibilityTimeoutMs: VISIBILITY_TIMEOUT_SECONDS * 1_000,
    maxReceiveCount: MAX_RECEIVE_COUNT,
    close: async () => client.destroy(),
  };
});

type BatchReply = (entryIds: string[]) => Partial<SendMessageBatchCommandOutput>;

/** A client that records SendMessageBatch requests and answers with scripted results. */
function scriptedClient(...replies: BatchReply[]) {
  const requests: SendMessageBatchCommand['input'][] = [];
  const client = {
    send: async (command: SendMessageBatchCommand) => {
      requests.push(command.input);
      const ids = (command.input.Entries ?? []).map((e) => e.Id ?? '');
      const reply = replies[requests.length - 1] ?? (() => ({}));
      return { Successful: [], Failed: [], ...reply(ids) };
    },
  } as unknown as SQSClient;
  return { client, requests };
}

describe('SqsEventQueue against scripted SQS answers', () => {
  const queueUrl = 'https://sqs.us-east-1.amazonaws.com/000000000000/feedback';

  it('re-sends only the entries SQS failed for its own reasons, then succeeds', async () => {
    const { client, requests } = scriptedClient((ids) => ({
      Failed: [{ Id: ids[3], Code: 'InternalError', SenderFault: false }],
    }));
    const events = Array.from({ length: 5 }, () => sampleEvent());
    await new SqsEventQueue({ queueUrl, client }).send(events);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.Entries?.map((e) => JSON.parse(e.MessageBody ?? '').feedbackId)).toEqual([events[3]?.feedbackId]);
  });

  it('throws when entries still fail after retrying, naming the failures', async () => {
    const failAll: BatchReply = (ids) => ({ Failed: ids.map((Id) => ({ Id, Code: 'ServiceUnavailable', SenderFault: false })) });
    const { client, requests } = scriptedClient(failAll, failAll, failAll);
    const event = sampleEvent();
    const send = new SqsEventQueue({ queueUrl, client }).send([event]);
    await expect(send).rejects.toThrow(QueueSendError);
    await expect(send).rejects.toThrow(`${event.feedbackId} ServiceUnavailable`);
    expect(requests).toHaveLength(3);
  });

  it('does not retry a sender fault', async () => {
    const { client, requests } = scriptedClient((ids) => ({
      Failed: [{ Id: ids[0], Code: 'InvalidMessageContents', SenderFault: true }],
    }));
    await expect(new SqsEventQueue({ queueUrl, client }).send([sampleEvent()])).rejects.toThrow(/InvalidMessageContents/);
    expect(requests).toHaveLength(1);
  });

  it('splits requests by total size as well as by count', async () => {
    const { client, requests } = scriptedClient();
    // About 100 KB each: two fit into one 256 KiB request, three do not.
    const events = Array.from({ length: 5 }, () => sampleEvent({ text: 'x'.repeat(100_000) }));
    await new SqsEventQueue({ queueUrl, client }).send(events);
    expect(requests.map((r) => r.Entries?.length)).toEqual([2, 2, 1]);
    for (const request of requests) {
      const bytes = (request.Entries ?? []).reduce((sum, e) => sum + Buffer.byteLength(e.MessageBody ?? ''), 0);
      expect(bytes).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    }
  });

  it('tags each message with its channel and feedback id', async () => {
    const { client, requests } = scriptedClient();
    const event = sampleEvent({ channel: 'wechat', source: 'wechat' });
    await new SqsEventQueue({ queueUrl, client }).send([event]);
    expect(requests[0]?.Entries?.[0]?.MessageAttributes).toEqual({
      channel: { DataType: 'String', StringValue: 'wechat' },
      feedbackId: { DataType: 'String', StringValue: event.feedbackId },
    });
  });
});

describe('SqsPoller with batches above 10', () => {
  it('gathers messages waiting from several receives into one batch, and deletes every handled one', async () => {
    const { client, queueUrl } = await createTestQueue(inject('sqsEndpoint'), { visibilityTimeoutSeconds: 30, maxReceiveCount: MAX_RECEIVE_COUNT });
    const queue = new SqsEventQueue({ queueUrl, client });
    const sent = Array.from({ length: 35 }, () => sampleEvent());
    await queue.send(sent);
    const batches: string[][] = [];
    const poller = new SqsPoller({
      queueUrl,
      client,
      waitTimeSeconds: 1,
      batchSize: 25,
      handler: async (messages) => {
        batches.push(messages.map((m) => (JSON.parse(m.body) as FeedbackEvent).feedbackId));
        return { batchItemFailures: [] };
      },
    }).start();
    while (batches.flat().length < sent.length) await new Promise((resolve) => setTimeout(resolve, 50));
    await poller.stop();
    expect(batches.flat().sort()).toEqual(sent.map((event) => event.feedbackId).sort());
    expect(Math.max(...batches.map((batch) => batch.length))).toBeGreaterThan(10);
    expect(batches.every((batch) => batch.length <= 25)).toBe(true);
    // Deleted, all of them: none is left waiting or in flight.
    const { Attributes } = await client.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    expect(Attributes).toEqual({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
    client.destroy();
  });
});
