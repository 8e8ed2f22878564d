import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AtRiskEntry } from '../../ports.ts';
import type { DayContribution, DynamoStore } from './dynamo-store.ts';
import { timelineKey } from '../../timeline/timeline-key.ts';
import { derivedOf, toRecord } from './feedback-item.ts';
import { keys } from './dynamo-keys.ts';
import { COUNTER } from '../../timeline/counters.ts';

/** A DynamoDB Streams record as Lambda hands it over (binary attributes base64) or GetRecords returns it. */
export interface ChangeRecord {
  eventName?: string;
  dynamodb?: { SequenceNumber?: string; NewImage?: Record<string, unknown> };
}

type Entry = { pk: string; sk: string };

/**
 * Applies what the new feedback items of one stream batch derived at their commit: the days'
 * counters (an item's own day, and the day its customer's new-customer count moved from) and
 * complaint-type quote candidates as one update per day (whatever the batch's size), the
 * customers' at-risk entries.
 * Records come from one shard, in order; every write is safe to repeat (see
 * DynamoStore.addStreamContributions, putAtRisk, supersedeAtRisk), so a batch retried after a
 * crash at any point adds each record once. An item it cannot read is passed over and named in
 * `unreadable` for the caller to report.
 */
export async function aggregateStreamBatch(store: DynamoStore, streamShardId: string, records: readonly ChangeRecord[]): Promise<{ unreadable: string[] }> {
  const days = new Map<string, DayContribution[]>();
  const atRisk = new Map<string, { entry: AtRiskEntry; riskEpoch?: number }>();
  const superseded = new Map<string, Entry & { customerId: string }>();
  const unreadable: string[] = [];
  for (const { eventName, dynamodb } of records) {
    if (eventName !== 'INSERT' || !dynamodb?.NewImage || !dynamodb.SequenceNumber) continue;
    let item: Record<string, unknown>;
    try {
      item = unmarshall(withBinaryDecoded(dynamodb.NewImage));
    } catch {
      // An image no DynamoDB type reads: passed over and reported, as an unreadable item is below.
      unreadable.push(`an image at ${dynamodb.SequenceNumber}`);
      continue;
    }
    if (typeof item.pk !== 'string' || !item.pk.startsWith('FB#')) continue;
    let derived: ReturnType<typeof derivedOf>;
    let record: ReturnType<typeof toRecord>;
    try {
      derived = derivedOf(item);
      record = toRecord(item);
      if (typeof record.day !== 'string' || !Array.isArray(record.classification?.complaintTypes)) throw new Error('not a feedback item');
    } catch {
      // Retrying cannot make it readable, and a retried batch holds the shard's every later record back: passed over, reported.
      unreadable.push(`${item.pk} at ${dynamodb.SequenceNumber}`);
      continue;
    }
    const quoteKeys = record.classification.complaintTypes.map(({ type }) => ({ type, key: timelineKey(record.receivedAt, record.feedbackId) }));
    const contribute = (day: string, contribution: Omit<DayContribution, 'sequence'>) => (days.get(day) ?? days.set(day, []).get(day)!).push({ sequence: dynamodb.SequenceNumber!, ...contribution });
    if (derived.aggregateDeltas || quoteKeys.length) contribute(record.day, { deltas: derived.aggregateDeltas, quoteKeys });
    // Under the same sequence number: each day's item records the last it added, so the move counts once on both days.
    if (derived.newCountMovedFrom) contribute(derived.newCountMovedFrom, { deltas: { [COUNTER.newCustomers]: -1 } });
    if (derived.risk) {
      const [negativesLastWeek, reason] = derived.risk;
      const entry: AtRiskEntry = { customerId: record.customerId, day: record.day, negativesLastWeek, reason, feedbackId: record.feedbackId };
      atRisk.set(keyOf(keys.atRisk(entry.day, negativesLastWeek, entry.customerId)), { entry, riskEpoch: derived.riskEpoch });
      if (derived.supersedes !== undefined) {
        const key = keys.atRisk(entry.day, derived.supersedes, entry.customerId);
        superseded.set(keyOf(key), { ...key, customerId: entry.customerId });
      }
    }
  }
  await settled([...days].map(([day, contributions]) => store.addStreamContributions(day, streamShardId, contributions)));
  // Tombstones first, and no put for an entry this batch supersedes.
  await settled([...superseded.values()].map(({ customerId, ...key }) => store.supersedeAtRisk(key, customerId)));
  await settled([...atRisk].filter(([key]) => !superseded.has(key)).map(([, { entry, riskEpoch }]) => store.putAtRisk(entry, riskEpoch)));
  return { unreadable };
}

/** Lets every write of a step finish (less to redo on the retry) before reporting the first failure. */
async function settled(writes: Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(writes)).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

const keyOf = ({ pk, sk }: Entry) => `${pk}\u0000${sk}`;

/** Lambda's stream events carry binary attributes as base64 strings; GetRecords as bytes. */
function withBinaryDecoded(image: Record<string, unknown>): Record<string, AttributeValue> {
  const decoded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(image)) {
    const binary = (value as { B?: unknown }).B;
    decoded[name] = typeof binary === 'string' ? { B: Buffer.from(binary, 'base64') } : value;
  }
  return decoded as Record<string, AttributeValue>;
}
