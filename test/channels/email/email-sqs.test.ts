import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SqsEventQueue } from '../../../shared/adapters/aws/sqs-queue.ts';
import { createInboundMailHandler } from '../../../shared/channels/email/inbound.ts';
import { FeedbackEvent } from '../../../shared/event.ts';
import { createTestQueue, type TestQueue } from '../../support/sqs.ts';
import { FIXED_NOW } from '../support.ts';
import { fixture } from './email-support.ts';

/** The SES path end to end against the SQS emulator: stored mail → parseEmail → SqsEventQueue. */
describe('SES inbound mail onto SQS', () => {
  let testQueue: TestQueue;
  beforeAll(async () => {
    testQueue = await createTestQueue(inject('sqsEndpoint'));
  });
  afterAll(() => testQueue.client.destroy());

  it('gets an oversize mail and a Big5 reply onto the queue as valid events', async () => {
    const huge = await new MailComposer({ from: 'angry@example.cn', to: 'support@example.com', subject: '投诉', text: '物流太慢了，'.repeat(80_000), messageId: '<huge-sqs@example.cn>' }).compile().build();
    const objects: Record<string, Uint8Array> = { 'mail/inbound/huge': huge, 'mail/inbound/big5': fixture('big5-iphone-reply.eml') };
    const ingestStoredMail = createInboundMailHandler({
      readRawMail: async ({ bucket, key }) => objects[`${bucket}/${key}`] ?? new Uint8Array(),
      queue: new SqsEventQueue({ queueUrl: testQueue.queueUrl, client: testQueue.client }),
      now: () => FIXED_NOW,
      onRejected: () => undefined,
      discardRawMail: async () => {},
      onKept: () => {},
    });
    const stored = ['huge', 'big5'].map((key) => ({ location: { bucket: 'mail', key: `inbound/${key}` }, verdicts: {} }));
    expect(await ingestStoredMail(stored)).toEqual({ queued: 2, rejected: 0 });

    const { Messages = [] } = await testQueue.client.send(new ReceiveMessageCommand({ QueueUrl: testQueue.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
    const events = Messages.map((message) => FeedbackEvent.parse(JSON.parse(message.Body ?? '')));
    expect(events.map((event) => event.identities[0]).sort()).toEqual(['email:angry@example.cn', 'email:wang.xiaoming@example.com.tw']);
    expect(events.find((event) => event.identities[0] === 'email:angry@example.cn')?.text.slice(-60)).toMatch(/truncated: showing \d+ of 480000 characters\]$/);
  });
});
