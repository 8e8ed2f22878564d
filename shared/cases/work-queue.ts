import { itemsWithin } from '../answer-bytes.ts';
import type { Channel } from '../event.ts';
import type { FeedbackRecord, FeedbackStatus, Page } from '../model.ts';
import type { Intent, SentimentLabel } from '../classify/types.ts';
import { timelineKey } from '../timeline/timeline-key.ts';
import { InvalidCursorError } from '../ports.ts';

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
  /** At most this many bytes of items' JSON (at least one item): an API answer's budget (answer-bytes.ts). */
  maxBytes?: number;
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
 * The index partitions of a queue item: the whole lane, and the lane's urgent items (the default
 * view shows them first). Each entry is a write unit on DynamoDB, so no other filter has its own
 * partition: complaint type, channel, intent and sentiment are read from the lane's entries,
 * which carry them (see `planQueueRead`).
 */
export function queueEntries(record: FeedbackRecord): QueueEntry[] {
  if (!isInWorkQueue(record)) return [];
  const lane = laneOf(record.status);
  const time = timelineKey(record.receivedAt, record.feedbackId);
  const attributes = queueAttributes(record);
  const dimensions = ['all', ...(attributes.urgent ? ['urgent'] : [])];
  return dimensions.map((dimension) => ({ ...attributes, partition: queuePartition(lane, dimension), sortKey: time }));
}

export function queuePartition(lane: Lane, dimension: string): string {
  return `WQ#${lane}#${dimension}`;
}

/** One partition a list reads, and its sort-key range. */
export interface QueueSegment {
  partition: string;
  /** Inclusive lower bound of the sort key. */
  lowest?: string;
  /** Exclusive upper bound of the sort key. */
  below?: string;
  /** Entries that must not match here (shown by an earlier segment). */
  exceptUrgent?: boolean;
  /** Marks cursors of a multi-segment read (`1#…`, `0#…`) with the segment they stopped in. */
  tag?: '1' | '0';
}

/**
 * The segments a list reads, in order. The default view (no filter) is the lane's urgent items,
 * then its other items, each newest first. Otherwise one partition: the urgent items' or the
 * whole lane, with the time range as a sort-key range; the other filters apply to the attributes
 * each entry carries.
 */
export function planQueueRead(filter: WorkQueueFilter): QueueSegment[] {
  const lane = filter.status ? laneOf(filter.status) : 'active';
  const narrowed = filter.type !== undefined || filter.urgent !== undefined || filter.channel || filter.intent || filter.sentiment || filter.from || filter.to;
  if (!narrowed) {
    return [
      { partition: queuePartition(lane, 'urgent'), tag: '1' },
      { partition: queuePartition(lane, 'all'), exceptUrgent: true, tag: '0' },
    ];
  }
  const dimension = filter.urgent === true ? 'urgent' : 'all';
  return [
    {
      partition: queuePartition(lane, dimension),
      ...(filter.from ? { lowest: filter.from } : {}),
      // Every key of an item received at `to` sorts below `<to>#~`.
      ...(filter.to ? { below: `${filter.to}#~` } : {}),
    },
  ];
}

export type QueueEntryRead = QueueEntryAttributes & { sortKey: string };

/** Reads a segment's entries below `below` (exclusive) and not below `segment.lowest`, newest first. */
export type QueueWalker = (segment: QueueSegment, below: string | undefined, pageSize: number) => AsyncIterable<QueueEntryRead>;

/**
 * One page of the work queue, for any store: walks the planned segments from the cursor, applies
 * the filters to the entries, stops after `limit` matches or MAX_EXAMINED_PER_PAGE entries, then
 * loads the items and keeps those that still match (an entry written by a commit attempt that
 * did not land, or not yet moved by a change, never shows an item where it does not belong).
 */
export async function readQueuePage(
  { filter, limit, cursor, maxBytes = Number.POSITIVE_INFINITY }: WorkQueueQuery,
  walk: QueueWalker,
  load: (feedbackIds: string[]) => Promise<FeedbackRecord[]>,
): Promise<Page<FeedbackRecord>> {
  const segments = planQueueRead(filter);
  const after = cursor === undefined ? undefined : decodeQueueCursor(cursor);
  const tagged = segments[0]!.tag !== undefined;
  if (cursor !== undefined && (after === undefined || /^[01]#/.test(after) !== tagged)) throw new InvalidCursorError();
  const start = after === undefined || !tagged ? 0 : segments.findIndex((s) => s.tag === after[0]);
  const pageSize = Math.min(MAX_EXAMINED_PER_PAGE, Math.max(50, 2 * (limit + 1)));
  const found: string[] = [];
  // Where each found item was, so a page cut short by maxBytes goes on after its last item.
  const foundAt = new Map<string, string>();
  let examined = 0;
  let stoppedAt: string | undefined;
  let more = false;
  reading: for (const [index, segment] of segments.entries()) {
    if (index < start) continue;
    const resumeAt = index === start && after !== undefined ? (tagged ? after.slice(2) : after) : undefined;
    const below = resumeAt !== undefined && segment.below !== undefined ? (resumeAt < segment.below ? resumeAt : segment.below) : (resumeAt ?? segment.below);
    for await (const entry of walk(segment, below, pageSize)) {
      if (found.length === limit || examined === MAX_EXAMINED_PER_PAGE) {
        more = true;
        break reading;
      }
      examined += 1;
      stoppedAt = `${segment.tag ? `${segment.tag}#` : ''}${entry.sortKey}`;
      // Entries of one item left by different attempts may disagree: list it once.
      if (matchesFilter(entry, filter) && !(segment.exceptUrgent && entry.urgent) && !found.includes(entry.feedbackId)) {
        found.push(entry.feedbackId);
        foundAt.set(entry.feedbackId, stoppedAt);
      }
    }
  }
  const lane = segments[0]!.partition.split('#')[1];
  const items = (await load(found)).filter((record) => isInWorkQueue(record) && laneOf(record.status) === lane && matchesFilter(queueAttributes(record), filter));
  const fitting = itemsWithin(items, maxBytes);
  if (fitting < items.length) return { items: items.slice(0, fitting), nextCursor: encodeQueueCursor(foundAt.get(items[fitting - 1]!.feedbackId)!) };
  return more ? { items, nextCursor: encodeQueueCursor(stoppedAt!) } : { items };
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
