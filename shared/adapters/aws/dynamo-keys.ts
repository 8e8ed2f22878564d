import { erasureKey } from '../timeline-keys.ts';
/** Key patterns of the single table; docs/data-model.md lists the access pattern each serves. */
export const keys = {
  identity: (identity: string) => ({ pk: `ID#${identity}`, sk: 'ID' }),
  customer: (customerId: string) => ({ pk: `CUST#${customerId}`, sk: 'PROFILE' }),
  /** A merge is kept once by id and listed under both customers it joined. */
  merge: (mergeId: string) => ({ pk: `MERGE#${mergeId}`, sk: 'MERGE' }),
  customerMerge: (customerId: string, mergedAt: string, mergeId: string) => ({ pk: `CUST#${customerId}`, sk: `MERGE#${mergedAt}#${mergeId}` }),
  suggestion: (suggestionId: string) => ({ pk: `SUGGEST#${suggestionId}`, sk: 'SUGGEST' }),
  suggestionPartition: (status: string) => `SUGGESTIONS#${status}`,
  /** A suggestion's id listed under `CUST#<id>` of each of its customers and `ID#<identity>` of the identity it quotes: how an erasure finds the ones it must. */
  suggestionListing: (partition: string, suggestionId: string) => ({ pk: partition, sk: `SUGGEST#${suggestionId}` }),
  suggestionListingPrefix: 'SUGGEST#',
  /** Under the identity: a customer a person removed it from (an erasure of its next holder reads them). */
  formerHolder: (identity: string, customerId: string) => ({ pk: `ID#${identity}`, sk: `FORMER#${customerId}`, customerId }),
  formerHolderPrefix: 'FORMER#',
  feedback: (feedbackId: string) => ({ pk: `FB#${feedbackId}`, sk: 'FB' }),
  timelinePartition: (customerId: string) => `CUST#${customerId}`,
  urgentPartition: (status: string) => `URGENT#${status}`,
  complaintDay: (type: string, day: string) => `CTYPE#${type}#${day}`,
  /** A day's counters, split over AGGREGATE_SHARDS items so concurrent commits rarely touch the same one. */
  aggregate: (day: string, shard: number) => ({ pk: `AGG#${day}`, sk: shard === 0 ? 'DAY' : `DAY#${shard}` }),
  /** What the stream aggregator added to a day from one stream shard: one writer per item, so its guard is one sequence number. */
  streamAggregate: (day: string, streamShardId: string) => ({ pk: `AGG#${day}`, sk: `S#${streamShardId}` }),
  aggregatePartition: (day: string) => `AGG#${day}`,
  /** Ranked by its key: ascending, the most negative customers come first. */
  atRisk: (day: string, negativesLastWeek: number, customerId: string) => ({
    pk: `RISK#${day}`,
    sk: `${String(RISK_RANK_BASE - Math.min(negativesLastWeek, RISK_RANK_BASE - 1)).padStart(7, '0')}#${customerId}`,
  }),
  atRiskPartition: (day: string) => `RISK#${day}`,
  erasure: (at: string, erasureId: string) => ({ pk: 'ERASURE', sk: erasureKey({ at, erasureId }) }),
  /** An erasure under way: its record and the days its items were on, until the profile goes. */
  erasing: (customerId: string) => ({ pk: `CUST#${customerId}`, sk: 'ERASING' }),
  /** An erased item's id, nothing else: its redelivery is a duplicate (TimelineStore.isKnownFeedback). */
  erasedFeedback: (feedbackId: string) => ({ pk: `ERASED#${feedbackId}`, sk: 'ERASED' }),
  /** An erased customer's id: no identity is pointed at it again (IdentityStore.pointIdentity). */
  erasedCustomer: (customerId: string) => ({ pk: `ERASED#${customerId}`, sk: 'ERASED' }),
  claim: (key: string) => ({ pk: `CLAIM#${key}`, sk: 'CLAIM' }),
  /** On a profile while it has work under way (gsi4, sparse): the sweep's listing. */
  pendingWork: (customerId: string) => ({ gsi4pk: 'PENDING', gsi4sk: customerId }),
};

const RISK_RANK_BASE = 1_000_000;

/** The trailing week's negatives an at-risk entry's key ranks it by. */
export function negativesOf(atRiskKey: { sk: string }): number {
  return RISK_RANK_BASE - Number(atRiskKey.sk.split('#')[0]);
}

/** On a profile under erasure: no message commits to it any more (DynamoStore.commitFeedback). */
export const ERASING_ATTRIBUTE = 'erasing';

/** Counters live in top-level number attributes so one UpdateItem can ADD any set of them. */
export const COUNTER_PREFIX = 'n:';

/**
 * Storage-only attributes: keys, TTL, the profile revision used for optimistic concurrency, the
 * key of its latest at-risk entry, the risk epoch (how often its risk was revised, on the
 * profile and on the entries put since) and the erasure's mark.
 */
export const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk', 'expiresAt', 'rev', 'atRiskKey', 'riskEpoch', ERASING_ATTRIBUTE];

/**
 * Status changes and merges add to their day's counters inside their transactions; on one item,
 * concurrent transactions cancel each other, so they spread over this many items (chosen by id,
 * so a retry lands on the same one). New items' counters come from the stream aggregator instead.
 */
export const AGGREGATE_SHARDS = 10;

export function aggregateShard(feedbackId: string): number {
  return (feedbackId.charCodeAt(3) * 31 + feedbackId.charCodeAt(4)) % AGGREGATE_SHARDS;
}
