import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { aggregateStreamBatch, type ChangeRecord } from '../../shared/adapters/aws/stream-aggregator.ts';
import { EMULATOR_CLIENT_CONFIG } from './emulators.ts';

/**
 * What Lambda's event source mapping does in AWS, for tests and benches on DynamoDB Local: reads
 * the table's stream from where it last stopped, shard by shard, and hands each shard's new
 * records to the aggregator as one batch. Returns how many batches (aggregator invocations) it ran.
 */
export function streamAggregator(endpoint: string, client: DynamoDBClient, tableName: string, store: DynamoStore) {
  const reader = streamReader(endpoint, client, tableName);
  let running: Promise<number> | undefined;

  async function drainOnce(): Promise<number> {
    const batches = await reader.read();
    for (const { shardId, records } of batches) await aggregateStreamBatch(store, shardId, records);
    reader.commit(batches);
    return batches.length;
  }

  return {
    /** Aggregates everything written so far; calls made meanwhile wait for the one running. */
    async drain(): Promise<number> {
      while (running) await running.catch(() => undefined);
      running = drainOnce();
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },
  };
}

/** The table's stream, read shard by shard from where the last committed read ended. */
export function streamReader(endpoint: string, client: DynamoDBClient, tableName: string) {
  const streams = new DynamoDBStreamsClient({ ...EMULATOR_CLIENT_CONFIG, endpoint });
  const position = new Map<string, string>();
  return {
    async read(): Promise<{ shardId: string; records: ChangeRecord[] }[]> {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      const StreamArn = Table?.LatestStreamArn;
      if (!StreamArn) throw new Error(`table ${tableName} has no stream`);
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn }));
      const batches: { shardId: string; records: ChangeRecord[] }[] = [];
      for (const { ShardId } of StreamDescription?.Shards ?? []) {
        const after = position.get(ShardId!);
        const { ShardIterator } = await streams.send(
          new GetShardIteratorCommand({ StreamArn, ShardId, ...(after ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after } : { ShardIteratorType: 'TRIM_HORIZON' }) }),
        );
        let iterator = ShardIterator;
        const records: ChangeRecord[] = [];
        while (iterator) {
          const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
          records.push(...((page.Records ?? []) as ChangeRecord[]));
          iterator = page.Records?.length ? page.NextShardIterator : undefined;
        }
        if (records.length) batches.push({ shardId: ShardId!, records });
      }
      return batches;
    },
    /** Moves past these batches: the next read starts after them. */
    commit(batches: { shardId: string; records: ChangeRecord[] }[]) {
      for (const { shardId, records } of batches) position.set(shardId, records.at(-1)!.dynamodb!.SequenceNumber!);
    },
  };
}

/** The store as a reader sees it once the aggregator has caught up: reads of aggregates drain the stream first. */
export function aggregatedOnRead<T extends DynamoStore>(store: T, drain: () => Promise<unknown>): T {
  const reads = new Set<PropertyKey>(['getDailyCounters', 'listAtRisk', 'listByComplaintType']);
  return new Proxy(store, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      if (!reads.has(property)) return value.bind(target);
      return async (...args: unknown[]) => {
        await drain();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** A fresh table and a DynamoStore over it whose aggregate reads see everything committed before them. */
export async function aggregatingDynamoStore(endpoint: string) {
  const { createTestTable } = await import('./dynamodb.ts');
  const { DynamoStore } = await import('../../shared/adapters/aws/dynamo-store.ts');
  const { tableName, client } = await createTestTable(endpoint);
  const raw = new DynamoStore(tableName, client);
  const aggregator = streamAggregator(endpoint, client, tableName, raw);
  return { tableName, client, raw, drain: aggregator.drain, store: aggregatedOnRead(raw, aggregator.drain) };
}
