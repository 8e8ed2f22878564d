import type { Customer, FeedbackRecord } from '../model.ts';
import type { TimelineQuery, TimelineStore } from '../ports.ts';

const PAGE = 100;
/** The timeline index usually catches up with a commit or a merge's moves within a second. */
const INDEX_ATTEMPTS = 3;
const INDEX_LAG_WAIT_MS = 100;

/**
 * The items on the customer's timeline, newest first, page by page: every one, or those the
 * query's bounds leave (received before `receivedBefore`, older than `after`, no older than
 * `downTo`), the latest `upTo` of them. A page may end short of its limit with more to come
 * (DynamoDB reads at most 1 MB a query), so the cursor decides when the reading ends.
 */
export async function allItems(store: Pick<TimelineStore, 'listTimeline'>, customerId: string, { upTo = Number.POSITIVE_INFINITY, ...bounds }: Pick<TimelineQuery, 'receivedBefore' | 'after' | 'downTo'> & { upTo?: number } = {}): Promise<FeedbackRecord[]> {
  const items: FeedbackRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listTimeline(customerId, { limit: Math.min(PAGE, upTo - items.length), ...bounds, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < upTo);
  return items;
}

/**
 * The customer's items as `read` lists them, once they are as many as its profile counts: a
 * message committed meanwhile is on the profile but maybe not yet in the index, and a
 * derivation without it would overwrite what its commit derived. The index gets a few short
 * waits to catch up.
 */
export async function itemsAsCounted(customer: Pick<Customer, 'counts'>, read: () => Promise<FeedbackRecord[]>): Promise<FeedbackRecord[]> {
  for (let attempt = 1; ; attempt += 1) {
    const items = await read();
    if (items.length >= (customer.counts.total ?? 0) || attempt >= INDEX_ATTEMPTS) return items;
    await new Promise((resolve) => setTimeout(resolve, INDEX_LAG_WAIT_MS * attempt));
  }
}
