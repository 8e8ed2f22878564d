import { ANSWER_ITEM_BYTES, itemsWithin } from '../answer-bytes.ts';
import type { FeedbackRecord } from '../model.ts';
import { InvalidCursorError } from '../ports.ts';

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
 * ANSWER_ITEM_BYTES of their JSON, and the position after the last when more follow.
 */
export function exportPage(items: readonly FeedbackRecord[], position: string | undefined): { items: FeedbackRecord[]; nextPosition?: string } {
  const sorted = [...items].sort(newestFirst);
  const after = position === undefined ? undefined : itemAt(position);
  const start = after ? sorted.findIndex((item) => newestFirst(after as FeedbackRecord, item) < 0) : 0;
  if (start < 0) return { items: [] };
  const rest = sorted.slice(start);
  const page = rest.slice(0, itemsWithin(rest, ANSWER_ITEM_BYTES));
  return page.length < rest.length ? { items: page, nextPosition: positionAfter(page[page.length - 1]!) } : { items: page };
}
