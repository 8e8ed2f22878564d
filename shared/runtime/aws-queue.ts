import { SqsEventQueue } from '../adapters/aws/sqs-queue.ts';
import type { Config } from '../config.ts';
import { required } from './aws.ts';

/**
 * Apart from runtime/aws.ts so that functions that queue nothing (process, api, digest, aggregate)
 * do not import the SQS adapter, nor through it the event's zod schemas, built at import.
 */
export function sqsQueue(config: Config): SqsEventQueue {
  return new SqsEventQueue({ queueUrl: required(config.QUEUE_URL, 'QUEUE_URL') });
}
