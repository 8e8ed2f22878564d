/** A day's counters and complaint-type quotes, the urgent listing, and digest schedules' claims. */
import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Counters, FeedbackStatus } from '../../../model.ts';
import type { ReceivedRange } from '../../../ports.ts';
import { COUNTER, countersHeld } from '../../../timeline/counters.ts';
import type { NewCountChange } from '../../../timeline/new-customers.ts';
import { aggregateShard, keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { toRecord } from '../feedback-item.ts';
import { addCounters, countersOf } from './items.ts';
import { type DynamoTable, type Item, MAX_ATTEMPTS, type TransactItem, contended } from './table.ts';

const CLAIM_TTL_SECONDS = 400 * 24 * 3600;

/** A day's stream aggregate keeps this many newest items per complaint type: the most a digest asks for (QUOTE_CANDIDATES). */
export const QUOTE_KEYS_KEPT = 12;

export const QUOTES_PREFIX = 'q:';

export interface DayContribution {
  sequence: string;
  deltas?: Counters;
  /** `<receivedAt>#<feedbackId>` of the item, under each of its complaint types. */
  quoteKeys?: { type: string; key: string }[];
}

function newestQuoteKeys(keys: string[]): string[] {
  return [...new Set(keys)].sort().reverse().slice(0, QUOTE_KEYS_KEPT);
}

const feedbackIdOfKey = (sortKey: string) => sortKey.slice(sortKey.indexOf('#') + 1);

/** Stream sequence numbers are decimal strings of up to 40 digits: padded, they compare as strings, here and in conditions. */
function sequenceKey(sequence: string): string {
  return sequence.padStart(40, '0');
}

export async function getDailyCounters(table: DynamoTable, days: string[]) {
  const result = new Map<string, Counters>();
  // One query per day: the status-change and merge shards (DAY, DAY#n) and one item per stream shard the aggregator wrote.
  const perDay = await Promise.all(days.map(async (day) => [day, await table.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.aggregatePartition(day) } })] as const));
  for (const [day, items] of perDay) {
    if (items.length === 0) continue;
    const sum: Counters = {};
    for (const item of items) for (const [name, value] of Object.entries(countersOf(item))) sum[name] = (sum[name] ?? 0) + value;
    result.set(day, countersHeld(sum));
  }
  return result;
}

/** One update per day of the new-customer counter's change, on a `DAY#n` shard picked by `shardOf`. */
export function newCountUpdates(table: DynamoTable, change: NewCountChange, shardOf: string): TransactItem[] {
  return Object.entries(change).map(([day, delta]) => ({
    Update: { TableName: table.name, Key: keys.aggregate(day, aggregateShard(shardOf)), ...addCounters(new ExpressionBuilder(), { [COUNTER.newCustomers]: delta }).build() } as never,
  }));
}

/**
 * Adds what one stream shard's records contribute to a day, each record at most once: its
 * counters, and its item as a quote candidate of each of its complaint types (the newest
 * QUOTE_KEYS_KEPT per type, in the item's `q:<type>` list). Only that shard's aggregator adds to
 * the item, in stream order, and the item keeps the sequence number of the last record added: a
 * retried batch finds its records at or below it and skips them. Every write is conditional on
 * the item's version (`v`), which erasure bumps too. Contributions come in stream order.
 */
export async function addStreamContributions(table: DynamoTable, day: string, streamShardId: string, contributions: DayContribution[]) {
  const Key = keys.streamAggregate(day, streamShardId);
  for (let attempt = 1; ; attempt += 1) {
    // A GetItem of its own, not a coalesced BatchGetItem: the aggregator's role may only GetItem its days.
    const { Item: stored } = await table.doc.send(new GetCommand({ TableName: table.name, Key, ConsistentRead: true }));
    const applied = (stored?.seq as string | undefined) ?? '';
    const pending = contributions.filter((c) => sequenceKey(c.sequence) > applied);
    if (pending.length === 0) return;
    const sum: Counters = {};
    const quotes = new Map<string, string[]>();
    for (const { deltas = {}, quoteKeys = [] } of pending) {
      for (const [name, value] of Object.entries(deltas)) sum[name] = (sum[name] ?? 0) + value;
      for (const { type, key } of quoteKeys) (quotes.get(type) ?? quotes.set(type, [...((stored?.[QUOTES_PREFIX + type] as string[] | undefined) ?? [])]).get(type)!).push(key);
    }
    const update = addCounters(new ExpressionBuilder().set('seq', sequenceKey(pending.at(-1)!.sequence)).add('v', 1), sum);
    for (const [type, list] of quotes) update.set(QUOTES_PREFIX + type, newestQuoteKeys(list));
    update.when((n, v) => (stored ? `${n('v')} = ${v(stored.v)}` : `attribute_not_exists(${n('pk')})`));
    try {
      await table.doc.send(new UpdateCommand({ TableName: table.name, Key, ...update.build() } as never));
      return;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      if (attempt >= MAX_ATTEMPTS) throw contended((error as Error).message, attempt);
    }
  }
}

/** Takes erased items out of a day's quote lists, under the same version check as the aggregator's writes. */
export async function forgetQuotes(table: DynamoTable, day: string, erased: Set<string>) {
  for (let attempt = 1; ; attempt += 1) {
    const stale = (await table.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.aggregatePartition(day) } })).filter((item) =>
      Object.entries(item).some(([name, value]) => name.startsWith(QUOTES_PREFIX) && (value as string[]).some((key) => erased.has(key))),
    );
    if (stale.length === 0) return;
    try {
      for (const item of stale) {
        const update = new ExpressionBuilder().add('v', 1).when((n, v) => `${n('v')} = ${v(item.v)}`);
        for (const [name, value] of Object.entries(item)) if (name.startsWith(QUOTES_PREFIX)) update.set(name, (value as string[]).filter((key) => !erased.has(key)));
        await table.doc.send(new UpdateCommand({ TableName: table.name, Key: { pk: item.pk, sk: item.sk }, ...update.build() } as never));
      }
      return;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      if (attempt >= MAX_ATTEMPTS) throw contended((error as Error).message, attempt);
    }
  }
}

export async function listByComplaintType(table: DynamoTable, type: string, days: string[], limit: number) {
  const sortKeys: string[] = [];
  for (const day of days) {
    const [aggregates, { Items = [] }] = await Promise.all([
      table.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.aggregatePartition(day) } }),
      // Complaint-type entries of items committed before the aggregator kept quote lists.
      table.doc.send(new QueryCommand({ TableName: table.name, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.complaintDay(type, day) }, ScanIndexForward: false, Limit: limit })),
    ]);
    for (const item of aggregates) sortKeys.push(...((item[QUOTES_PREFIX + type] as string[] | undefined) ?? []));
    sortKeys.push(...Items.map((entry) => entry.sk as string));
  }
  const newest = [...new Set(sortKeys)].sort().reverse().slice(0, limit);
  // A quote or entry can name an item erased since, or (a stray entry) one of another type.
  return (await table.getFeedbackBatch(newest.map(feedbackIdOfKey))).filter((item) => item.classification.complaintTypes.some((c) => c.type === type));
}

export async function listUrgent(table: DynamoTable, status: FeedbackStatus, received: ReceivedRange, limit: number, order: 'newest' | 'oldest' = 'newest') {
  const found: Item[] = [];
  let ExclusiveStartKey: Item | undefined;
  // A query reads at most 1 MB: long messages end a page short of the limit with more to come.
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        IndexName: 'gsi3',
        // Keys are `<receivedAt>#<id>`, so `<from>#` ≤ key < `<to>#` is exactly [from, to).
        KeyConditionExpression: 'gsi3pk = :p AND gsi3sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':p': keys.urgentPartition(status), ':from': `${received.from}#`, ':to': `${received.to}#` },
        ScanIndexForward: order === 'oldest',
        Limit: limit - found.length,
        ExclusiveStartKey,
      }),
    );
    found.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey !== undefined && found.length < limit);
  return found.map(toRecord);
}

export async function claimOnce(table: DynamoTable, key: string, at: string) {
  const expiresAt = Math.floor(Date.parse(at) / 1000) + CLAIM_TTL_SECONDS;
  // When the put lands and its answer is lost, the SDK's retry meets this very claim and fails
  // its condition: the claim names its claimant, so reading it back tells ours from another's.
  const claimant = randomUUID();
  if (await table.putIfAbsent({ ...keys.claim(key), key, at, expiresAt, claimant })) return true;
  const { Item } = await table.doc.send(new GetCommand({ TableName: table.name, Key: keys.claim(key), ConsistentRead: true, ProjectionExpression: 'claimant' }));
  return Item?.['claimant'] === claimant;
}

export async function releaseClaim(table: DynamoTable, key: string) {
  await table.doc.send(new DeleteCommand({ TableName: table.name, Key: keys.claim(key) }));
}
