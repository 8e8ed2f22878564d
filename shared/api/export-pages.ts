import { ANSWER_ITEM_BYTES, answerBytes } from '../answer-bytes.ts';
import type { Customer, FeedbackRecord } from '../model.ts';
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

/**
 * How far a timeline has been read: down to a place (the next read starts after it), not at all
 * ('start', newer than any place), or to its end ('end', older than any place).
 */
type Reach = TimelinePlace | 'start' | 'end';

/** Negative when `a` reaches less far (is newer) than `b`. */
function compareReach(a: Reach, b: Reach): number {
  if (a === b) return 0;
  if (a === 'start' || b === 'end') return -1;
  if (a === 'end' || b === 'start') return 1;
  return newestFirst(a, b);
}

/** One customer's timeline from a place, read as far as the page asks for it. */
class TimelineReader {
  private read: FeedbackRecord[] = [];
  private next = 0;
  private limit = FIRST_READ;
  reach: Reach;

  constructor(
    private readonly store: Pick<TimelineStore, 'listTimeline'>,
    private readonly customerId: string,
    after: TimelinePlace | undefined,
  ) {
    this.reach = after ?? 'start';
  }

  /** The next item read and not yet taken; undefined when none is (used up, or not read as far). */
  get head(): FeedbackRecord | undefined {
    return this.read[this.next];
  }

  /**
   * Reads on when what was read is used up, down to `bound` at most (see exportPage): what lies
   * past it is for a read that starts once the bound has moved on.
   */
  async readOn(room: { bytes: number; averageItemBytes?: number }, bound: Reach): Promise<void> {
    if (this.next < this.read.length || this.reach === 'end' || bound === 'start' || compareReach(bound, this.reach) <= 0) return;
    // What the page still has room for, by the size of the items it took (one more tells whether more follow).
    const fits = room.averageItemBytes === undefined ? LARGEST_READ : Math.ceil(room.bytes / room.averageItemBytes) + 1;
    const limit = Math.min(this.limit, fits);
    const page = await this.store.listTimeline(this.customerId, { limit, maxBytes: room.bytes, ...(this.reach === 'start' ? {} : { after: this.reach }), ...(bound === 'end' ? {} : { downTo: bound }) });
    this.read = page.items;
    this.next = 0;
    const last = page.items.at(-1);
    // None follow: this timeline holds nothing more down to the bound (to its end when unbounded).
    if (page.nextCursor === undefined) this.reach = bound;
    else if (last) this.reach = { receivedAt: last.receivedAt, feedbackId: last.feedbackId };
    this.limit = Math.min(this.limit * 2, LARGEST_READ);
  }

  skip(): void {
    this.next += 1;
  }
}

/** One of a person's customers: the person's own, or one merged into another of them. */
export type PersonCustomer = Pick<Customer, 'customerId' | 'mergedInto'>;

/**
 * The customers in layers, those merged in (furthest down a chain of merges) first: a merge moves
 * items from a customer to the one it was merged into, never between two of one layer.
 */
function layersMergedInFirst(customers: readonly PersonCustomer[]): string[][] {
  const mergedInto = new Map(customers.map(({ customerId, mergedInto: survivorId }) => [customerId, survivorId]));
  const layers: string[][] = [];
  for (const { customerId } of customers) {
    let depth = 0;
    // Bounded by the number of customers: a chain that loops is read as far as it goes.
    for (let at = mergedInto.get(customerId); at !== undefined && mergedInto.has(at) && depth < customers.length; at = mergedInto.get(at)) depth += 1;
    (layers[depth] ??= []).push(customerId);
  }
  return layers.filter(Boolean).reverse();
}

/**
 * One export page of the person whose customers are `customers`: their items newest first from
 * `position` (the start when none), up to ANSWER_ITEM_BYTES of their JSON, and the position after
 * the last when more follow. Each customer's timeline is read from the position on, only as far
 * as the page goes; an item a merge is moving may be on two of them for a moment: it is given once.
 *
 * A merge moves an item from the customer merged in to the one it was merged into, in one step.
 * Read both at once, the page could read the survivor's timeline over the item's place before the
 * move and the other's after it, and find the item on neither: the page, and every page after (they
 * start after its last item), would leave it out. So the customers are read in layers, those merged
 * in first, and a customer's read goes down to where every customer of the layers below had read
 * before it began (the bound), no further; it reads on past that once they have. For every place
 * the page takes, then, a customer's read of it began after the reads of every customer whose
 * items may move to it had ended: an item moved before that read is on it, one moved after is on
 * theirs, one moved through several customers on the one it stood on when they were read. What lies
 * past the bound is never needed first: a customer below has an item read, not yet taken, at least
 * as new as the bound (or reads on before this layer does), so the page always takes the newest.
 *
 * An undo moves items the other way; it first separates the two people, so the next page's cursor
 * is refused (the export starts again, without them). This rests on each read seeing every move
 * made before it began, as the local store's do; DynamoDB's timeline index is updated shortly after
 * a move, so there an item moved within that moment (typically under a second) may still be missed.
 */
export async function exportPage(store: Pick<TimelineStore, 'listTimeline'>, customers: readonly PersonCustomer[], position: string | undefined): Promise<{ items: FeedbackRecord[]; nextPosition?: string }> {
  const after = position === undefined ? undefined : placeAt(position);
  const layers = layersMergedInFirst(customers).map((layer) => layer.map((customerId) => new TimelineReader(store, customerId, after)));
  const readers = layers.flat();
  const items: FeedbackRecord[] = [];
  let bytes = 0;
  for (;;) {
    const room = { bytes: ANSWER_ITEM_BYTES - bytes, ...(items.length ? { averageItemBytes: bytes / items.length } : {}) };
    let bound: Reach = 'end';
    for (const layer of layers) {
      await Promise.all(layer.map((reader) => reader.readOn(room, bound)));
      for (const reader of layer) if (compareReach(reader.reach, bound) < 0) bound = reader.reach;
    }
    let newest: TimelineReader | undefined;
    for (const reader of readers) if (reader.head && (!newest || newestFirst(reader.head, newest.head!) < 0)) newest = reader;
    if (!newest) return { items };
    const item = newest.head!;
    if (item.feedbackId === items.at(-1)?.feedbackId) {
      newest.skip();
      continue;
    }
    const size = answerBytes(item);
    if (items.length && bytes + size > ANSWER_ITEM_BYTES) return { items, nextPosition: positionAfter(items.at(-1)!) };
    newest.skip();
    items.push(item);
    bytes += size;
  }
}
