import type { Context, DynamoDBRecord } from 'aws-lambda';
import { aggregateStreamBatch } from '../shared/adapters/aws/stream-aggregator.ts';
import { loadAwsConfig, logger } from '../shared/runtime/aws.ts';
import { dynamoStore } from '../shared/runtime/aws-store.ts';

const config = await loadAwsConfig();
const store = dynamoStore(config);

/** A DynamoDB Streams batch under a tumbling window: the window is what makes Lambda name the shard. */
export interface AggregatorEvent {
  Records: DynamoDBRecord[];
  shardId?: string;
}

/**
 * Table stream → the days' counters and at-risk entries of new feedback items, one update per
 * day and batch. On failure the batch is reported failed from its first record, so Lambda retries
 * it from there, in order; the writes skip what an earlier attempt applied (stream-aggregator.ts).
 */
export async function handler(event: AggregatorEvent, context: Context) {
  logger.addContext(context);
  if (!event.shardId) throw new Error('the stream event names no shard: the event source mapping needs a tumbling window');
  // A tumbling window's last call, or a malformed event, may carry no records: nothing to add.
  const records = Array.isArray(event.Records) ? event.Records : [];
  try {
    const { unreadable } = await aggregateStreamBatch(store, event.shardId, records);
    if (unreadable.length) logger.error('feedback items the aggregator cannot read were passed over: their counters are missing', { shardId: event.shardId, unreadable });
    return { state: {}, batchItemFailures: [] };
  } catch (error) {
    logger.error('stream batch not aggregated; retrying from its first record', { error: error as Error, shardId: event.shardId, records: records.length });
    const first = records[0]?.dynamodb?.SequenceNumber;
    return { state: {}, batchItemFailures: first ? [{ itemIdentifier: first }] : [] };
  }
}
