import type { Channel } from '../event.ts';
import type { FeedbackRecord, FeedbackStatus } from '../model.ts';
import type { Intent, SentimentLabel } from '../classify/types.ts';
import { timelineKey } from '../adapters/timeline-keys.ts';

/** What a support person can narrow the work queue to; every field is optional. */
export interface WorkQueueFilter {
  status?: FeedbackStatus;
  intent?: Intent;
  sentiment?: SentimentLabel;
  /** A complaint type of the taxonomy. */
  type?: string;
  channel?: Channel;
  urgent?: boolean;
  /** Received at or after (ISO 8601, UTC). */
  from?: string;
  /** Received at or before (ISO 8601, UTC). */
  to?: string;
}

export interface WorkQueueQuery {
  filter: WorkQueueFilter;
  limit: number;
  cursor?: string;
}

/**
 * Lanes partition the queue by status. Open and reopened items share the `active` lane, so the
 * default view (no status) shows both; a status filter narrows within the lane.
 */
export type Lane = 'active' | 'acknowledged' | 'resolved';

export function laneOf(status: FeedbackStatus): Lane {
  return status === 'open' || status === 'reopened' ? 'active' : status;
}

/**
 * Praise and interaction events (opens, clicks) ask nothing of support, so they stay out of the
 * queue, unless someone has already taken them in hand.
 */
export function isInWorkQueue(record: Pick<FeedbackRecord, 'kind' | 'status' | 'classification'>): boolean {
  if (record.status !== 'open') return true;
  return record.kind === 'message' && record.classification.intent !== 'praise';
}

/** The attributes an index entry carries, so filters beyond the one the index serves need no item read. */
export interface QueueEntryAttributes {
  feedbackId: string;
  status: FeedbackStatus;
  channel: Channel;
  intent: Intent;
  sentiment: SentimentLabel;
  types: string[];
  urgent: boolean;
}

export function queueAttributes(record: FeedbackRecord): QueueEntryAttributes {
  return {
    feedbackId: record.feedbackId,
    status: record.status,
    channel: record.channel,
    intent: record.classification.intent,
    sentiment: record.classification.sentiment.label,
    types: record.classification.complaintTypes.map((c) => c.type),
    urgent: record.classification.urgent,
  };
}

export interface QueueEntry extends QueueEntryAttributes {
  partition: string;
  sortKey: string;
}

/**
 * The index partitions of a queue item: one for the whole lane, one by priority (urgent first,
 * the default view), and one per filterable value. A list reads exactly one partition: the one
 * for the most selective filter given, with the other filters applied to the entries it returns.
 */
export function queueEntries(record: FeedbackRecord): QueueEntry[] {
  if (!isInWorkQueue(record)) return [];
  const lane = laneOf(record.status);
  const time = timelineKey(record.receivedAt, record.feedbackId);
  const attributes = queueAttributes(record);
  const dimensions = [
    'all',
    `channel=${record.channel}`,
    `intent=${attributes.intent}`,
    `sentiment=${attributes.sentiment}`,
    ...attributes.types.map((type) => `type=${type}`),
    ...(attributes.urgent ? ['urgent'] : []),
  ];
  return [
    ...dimensions.map((dimension) => ({ ...attributes, partition: queuePartition(lane, dimension), sortKey: time })),
    { ...attributes, partition: queuePartition(lane, 'priority'), sortKey: `${attributes.urgent ? 1 : 0}#${time}` },
  ];
}

export function queuePartition(lane: Lane, dimension: string): string {
  return `WQ#${lane}#${dimension}`;
}

/** Where a list reads and which sort-key range: see `queueEntries`. */
export interface QueuePlan {
  partition: string;
  /** Inclusive lower bound of the sort key. */
  lowest?: string;
  /** Exclusive upper bound of the sort key. */
  below?: string;
}

export function planQueueRead(filter: WorkQueueFilter): QueuePlan {
  const lane = filter.status ? laneOf(filter.status) : 'active';
  const dimension =
    filter.type !== undefined
      ? `type=${filter.type}`
      : filter.urgent === true
        ? 'urgent'
        : filter.channel
          ? `channel=${filter.channel}`
          : filter.intent
            ? `intent=${filter.intent}`
            : filter.sentiment
              ? `sentiment=${filter.sentiment}`
              : filter.from || filter.to || filter.urgent === false
                ? 'all'
                : 'priority';
  if (dimension === 'priority') return { partition: queuePartition(lane, dimension) };
  return {
    partition: queuePartition(lane, dimension),
    ...(filter.from ? { lowest: filter.from } : {}),
    // Every key of an item received at `to` sorts below `<to>#~`.
    ...(filter.to ? { below: `${filter.to}#~` } : {}),
  };
}

/**
 * Index entries one request examines at most. A combination of filters that matches rarely (say
 * SMS praise) would otherwise read a whole partition: past this the page ends short, with a
 * cursor to go on from, so every request costs about the same.
 */
export const MAX_EXAMINED_PER_PAGE = 1_000;

export function matchesFilter(entry: QueueEntryAttributes, filter: WorkQueueFilter): boolean {
  if (filter.status && entry.status !== filter.status) return false;
  if (filter.intent && entry.intent !== filter.intent) return false;
  if (filter.sentiment && entry.sentiment !== filter.sentiment) return false;
  if (filter.type !== undefined && !entry.types.includes(filter.type)) return false;
  if (filter.channel && entry.channel !== filter.channel) return false;
  if (filter.urgent !== undefined && entry.urgent !== filter.urgent) return false;
  return true;
}

const QUEUE_KEY = /^([01]#)?\d{4}-\d{2}-\d{2}T[\d:.]+Z#fb_[0-9a-z]{26}$/;

export function encodeQueueCursor(sortKey: string): string {
  return Buffer.from(sortKey, 'utf8').toString('base64url');
}

/** The sort key a cursor stands for, or undefined when it is not one this API issued. */
export function decodeQueueCursor(cursor: string): string | undefined {
  if (cursor.length > 200) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  return QUEUE_KEY.test(key) ? key : undefined;
}
