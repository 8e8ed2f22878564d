import type { FeedbackRecord } from '../model.ts';
import { InvalidCursorError } from '../ports.ts';

/**
 * A page of an export carries at most this many bytes of items: Lambda answers at most 6 MB
 * (API Gateway then says 500), and the profile, identities and merged customers come beside them.
 * One item is at most DynamoDB's 400 KB, so a page always has room for one.
 */
export const EXPORT_PAGE_BYTES = 4 * 1024 * 1024;

/** Newest first; items received at the same instant by id, so a page ends at one place. */
function newestFirst(a: FeedbackRecord, b: FeedbackRecord): number {
  return b.receivedAt.localeCompare(a.receivedAt) || b.feedbackId.localeCompare(a.feedbackId);
}

/** The position after an item: its time and id, as a cursor may carry them. */
function positionAfter(item: FeedbackRecord): string {
  return Buffer.from(JSON.stringify([item.receivedAt, item.feedbackId])).toString('base64url');
}

function itemAt(position: string): Pick<FeedbackRecord, 'receivedAt' | 'feedbackId'> {
  try {
    const [receivedAt, feedbackId] = JSON.parse(Buffer.from(position, 'base64url').toString()) as unknown[];
    if (typeof receivedAt === 'string' && typeof feedbackId === 'string') return { receivedAt, feedbackId };
  } catch {
    // not a position this issued
  }
  throw new InvalidCursorError();
}

/**
 * The items of one export page, newest first from `position` (the start when none), up to
 * EXPORT_PAGE_BYTES of their JSON, and the position after the last when more follow.
 */
export function exportPage(items: readonly FeedbackRecord[], position: string | undefined): { items: FeedbackRecord[]; nextPosition?: string } {
  const sorted = [...items].sort(newestFirst);
  const after = position === undefined ? undefined : itemAt(position);
  const start = after ? sorted.findIndex((item) => newestFirst(after as FeedbackRecord, item) < 0) : 0;
  if (start < 0) return { items: [] };
  const page: FeedbackRecord[] = [];
  let bytes = 0;
  for (const item of sorted.slice(start)) {
    const itemBytes = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (page.length > 0 && bytes + itemBytes > EXPORT_PAGE_BYTES) return { items: page, nextPosition: positionAfter(page[page.length - 1]!) };
    page.push(item);
    bytes += itemBytes;
  }
  return { items: page };
}
