import { ANSWER_ITEM_BYTES } from '../answer-bytes.ts';
import type { FeedbackRecord } from '../model.ts';
import { InvalidCursorError, type TimelinePlace, type TimelineStore } from '../ports.ts';

/**
 * A customer's first read is small: a customer merged in has usually had its items moved, and
 * one whose items wait for a merge to move them may give the page few. Each next read may double,
 * so what a page reads and leaves is at most about what it takes, and never more than the store
 * reads in one request.
 */
const FIRST_READ = 50;
const LARGEST_READ = 1000;

/** Newest first; items received at the same instant by id, as the timeline keys order them. */
function newestFirst(a: TimelinePlace, b: TimelinePlace): number {
  return b.receivedAt.localeCompare(a.receivedAt) || b.feedbackId.localeCompare(a.feedbackId);
}

/** The position after an item: its time and id, as a cursor may carry them. */
function positionAfter(item: FeedbackRecord): string {
  return Buffer.from(JSON.stringify([item.receivedAt, item.feedbackId])).toString('base64url');
}

function placeAt(position: string): TimelinePlace {
  try {
    const [receivedAt, feedbackId] = JSON.parse(Buffer.from(position, 'base64url').toString()) as unknown[];
    if (typeof receivedAt === 'string' && typeof feedbackId === 'string') return { receivedAt, feedbackId };
  } catch {
    // not a position this issued
  }
  throw new InvalidCursorError();
}

/** One customer's timeline from a place, read as far as the page asks for it. */
class TimelineReader {
  private readonly read: FeedbackRecord[] = [];
  private next = 0;
  private cursor: string | undefined;
  private ended = false;
  private limit = FIRST_READ;

  constructor(
    private readonly store: Pick<TimelineStore, 'listTimeline'>,
    private readonly customerId: string,
    private readonly after: TimelinePlace | undefined,
  ) {}

  /** The next item, reading on when what was read is used up; undefined at the timeline's end. */
  async peek(room: { bytes: number; averageItemBytes?: number }): Promise<FeedbackRecord | undefined> {
    while (this.next === this.read.length && !this.ended) {
      // What the page still has room for, by the size of the items it took (one more tells whether more follow).
      const fits = room.averageItemBytes === undefined ? LARGEST_READ : Math.ceil(room.bytes / room.averageItemBytes) + 1;
      const limit = Math.min(this.limit, fits);
      const page = await this.store.listTimeline(this.customerId, { limit, maxBytes: room.bytes, ...(this.cursor ? { cursor: this.cursor } : this.after ? { after: this.after } : {}) });
      this.read.splice(0, this.next, ...page.items);
      this.next = 0;
      this.cursor = page.nextCursor;
      this.ended = page.nextCursor === undefined;
      this.limit = Math.min(this.limit * 2, LARGEST_READ);
    }
    return this.read[this.next];
  }

  skip(): void {
    this.next += 1;
  }
}

/**
 * One export page of the person whose customers are `customerIds`: their items newest first from
 * `position` (the start when none), up to ANSWER_ITEM_BYTES of their JSON, and the position after
 * the last when more follow. Each customer's timeline is read from the position on, only as far
 * as the page goes; an item a merge is moving may be on two of them for a moment: it is given once.
 */
export async function exportPage(store: Pick<TimelineStore, 'listTimeline'>, customerIds: readonly string[], position: string | undefined): Promise<{ items: FeedbackRecord[]; nextPosition?: string }> {
  const after = position === undefined ? undefined : placeAt(position);
  const readers = customerIds.map((customerId) => new TimelineReader(store, customerId, after));
  const items: FeedbackRecord[] = [];
  let bytes = 0;
  for (;;) {
    const room = { bytes: ANSWER_ITEM_BYTES - bytes, ...(items.length ? { averageItemBytes: bytes / items.length } : {}) };
    const heads = await Promise.all(readers.map((reader) => reader.peek(room)));
    let newest: number | undefined;
    for (const [index, head] of heads.entries()) if (head && (newest === undefined || newestFirst(head, heads[newest]!) < 0)) newest = index;
    if (newest === undefined) return { items };
    const item = heads[newest]!;
    if (item.feedbackId === items.at(-1)?.feedbackId) {
      readers[newest]!.skip();
      continue;
    }
    const size = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (items.length && bytes + size > ANSWER_ITEM_BYTES) return { items, nextPosition: positionAfter(items.at(-1)!) };
    readers[newest]!.skip();
    items.push(item);
    bytes += size;
  }
}
