import type { SQSEvent } from 'aws-lambda';

/** The event an SQS event source mapping hands the processor for these received messages. */
export function sqsEvent(messages: readonly { messageId: string; body: string }[], queueName = 'test'): SQSEvent {
  return {
    Records: messages.map((m) => ({
      messageId: m.messageId,
      receiptHandle: m.messageId,
      body: m.body,
      attributes: {} as never,
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:us-east-1:000000000000:${queueName}`,
      awsRegion: 'us-east-1',
    })),
  };
}
