import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Counters, FeedbackRecord } from '../../model.ts';
import type { AtRiskEntry } from '../../ports.ts';
import { timelineKey } from '../../timeline/timeline-key.ts';
import { KEY_ATTRIBUTES, keys } from './dynamo-keys.ts';

type Item = Record<string, unknown>;

/**
 * Attributes that stay plain on the stored item: those that status changes, merges and their
 * condition expressions read or write. Everything else never changes once written and is kept
 * as one Brotli-compressed JSON `body`, which takes a typical item (text, classification and its
 * explanations) from about 1.4 KB to under 1 KB: every write of it, and of its index entries,
 * then costs one write unit per KB instead of two.
 */
const PLAIN = new Set<string>(['status', 'history', 'olderCaseChanges', 'assignee', 'acknowledgedAt', 'resolvedAt', 'mergedVia']);
const BODY = 'body';
/** Inside the body: what the commit derived from the profile, for the stream aggregator (never part of the record). */
const DERIVED = 'derived';

/**
 * What a commit adds beyond the item, decided against the customer's profile in the commit's
 * transaction and applied afterwards by the stream aggregator (aggregator.ts) from the item alone.
 */
export interface CommitDerived {
  aggregateDeltas?: Counters;
  /** The day the customer counted as new on before this item's earlier day took the count (timeline/new-customers.ts): it loses one. */
  newCountMovedFrom?: string;
  /** At risk: the trailing week's negatives and why (the rest of the entry is the item's own). */
  risk?: [negativesLastWeek: number, reason: AtRiskEntry['reason']];
  /** The trailing week's negatives of the customer's entry on the same day that this one supersedes. */
  supersedes?: number;
  /** The customer's risk epoch at the commit, when its risk had been revised (an undo): a later revision makes the entry stale. */
  riskEpoch?: number;
}
/** Quality 5: within a few bytes of the best on items this small, at a fraction of the CPU. */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };

export function toFeedbackItem(record: FeedbackRecord, derived: CommitDerived = {}): Item {
  const sortKey = timelineKey(record.receivedAt, record.feedbackId);
  const plain: Item = {};
  const body: Item = {};
  for (const [name, value] of Object.entries(record)) {
    // The id is the key's own (FB#<id>), the customer the timeline key's (gsi1pk): each stored
    // once, in the item and its gsi1 entry, keeps a typical item under 1 KB.
    if (value !== undefined && name !== 'feedbackId' && name !== 'customerId') (PLAIN.has(name) ? plain : body)[name] = value;
  }
  if (Object.keys(derived).length) body[DERIVED] = derived;
  return {
    ...keys.feedback(record.feedbackId),
    ...plain,
    [BODY]: brotliCompressSync(JSON.stringify(body), BROTLI),
    gsi1pk: keys.timelinePartition(record.customerId),
    gsi1sk: sortKey,
    ...(record.classification.urgent ? { gsi3pk: keys.urgentPartition(record.status), gsi3sk: sortKey } : {}),
  };
}

const FEEDBACK_KEY_PREFIX = keys.feedback('').pk;
const TIMELINE_PREFIX = keys.timelinePartition('');

/** Reads items written before the body was compressed too: they have no `body`. */
export function toRecord(item: Item): FeedbackRecord {
  const { [BODY]: body, ...rest } = item;
  const { [DERIVED]: _, ...unpacked } = unpackBody(body);
  if (typeof rest.pk === 'string' && rest.pk.startsWith(FEEDBACK_KEY_PREFIX)) unpacked.feedbackId = rest.pk.slice(FEEDBACK_KEY_PREFIX.length);
  if (typeof rest.gsi1pk === 'string' && rest.gsi1pk.startsWith(TIMELINE_PREFIX)) unpacked.customerId = rest.gsi1pk.slice(TIMELINE_PREFIX.length);
  return Object.fromEntries(Object.entries({ ...unpacked, ...rest }).filter(([name]) => !KEY_ATTRIBUTES.includes(name))) as unknown as FeedbackRecord;
}

/** The derived state a commit stored on its item (empty for items written before the aggregator). */
export function derivedOf(item: Item): CommitDerived {
  return (unpackBody(item[BODY])[DERIVED] as CommitDerived | undefined) ?? {};
}

function unpackBody(body: unknown): Item {
  return body instanceof Uint8Array ? (JSON.parse(brotliDecompressSync(body).toString('utf8')) as Item) : {};
}
