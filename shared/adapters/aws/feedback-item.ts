import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { FeedbackRecord } from '../../model.ts';
import { timelineKey } from '../timeline-keys.ts';
import { KEY_ATTRIBUTES, keys } from './dynamo-keys.ts';

type Item = Record<string, unknown>;

/**
 * Attributes that stay plain on the stored item: those that status changes, merges and their
 * condition expressions read or write. Everything else never changes once written and is kept
 * as one Brotli-compressed JSON `body`, which takes a typical item (text, classification and its
 * explanations) from about 1.4 KB to under 1 KB: every write of it, and of its index entries,
 * then costs one write unit per KB instead of two.
 */
const PLAIN = new Set<string>(['feedbackId', 'customerId', 'status', 'history', 'assignee', 'acknowledgedAt', 'resolvedAt', 'mergedVia']);
const BODY = 'body';
/** Quality 5: within a few bytes of the best on items this small, at a fraction of the CPU. */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };

export function toFeedbackItem(record: FeedbackRecord): Item {
  const sortKey = timelineKey(record.receivedAt, record.feedbackId);
  const plain: Item = {};
  const body: Item = {};
  for (const [name, value] of Object.entries(record)) {
    if (value !== undefined) (PLAIN.has(name) ? plain : body)[name] = value;
  }
  return {
    ...keys.feedback(record.feedbackId),
    ...plain,
    [BODY]: brotliCompressSync(JSON.stringify(body), BROTLI),
    gsi1pk: keys.timelinePartition(record.customerId),
    gsi1sk: sortKey,
    ...(record.classification.urgent ? { gsi3pk: keys.urgentPartition(record.status), gsi3sk: sortKey } : {}),
  };
}

/** Reads items written before the body was compressed too: they have no `body`. */
export function toRecord(item: Item): FeedbackRecord {
  const { [BODY]: body, ...rest } = item;
  const unpacked = body instanceof Uint8Array ? (JSON.parse(brotliDecompressSync(body).toString('utf8')) as Item) : {};
  return Object.fromEntries(Object.entries({ ...unpacked, ...rest }).filter(([name]) => !KEY_ATTRIBUTES.includes(name))) as unknown as FeedbackRecord;
}
