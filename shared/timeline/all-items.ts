import type { Customer, FeedbackRecord } from '../model.ts';
import type { TimelineStore } from '../ports.ts';

const PAGE = 100;
/** The timeline index usually catches up with a commit or a merge's moves within a second. */
const INDEX_ATTEMPTS = 3;
const INDEX_LAG_WAIT_MS = 100;

/** Every item on the customer's timeline, newest first, page by page. */
export async function allItems(store: Pick<TimelineStore, 'listTimeline'>, customerId: string): Promise<FeedbackRecord[]> {
  const items: FeedbackRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listTimeline(customerId, { limit: PAGE, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/**
 * The customer's items as `read` lists them, once they are as many as its profile counts: a
 * message committed meanwhile is on the profile but maybe not yet in the index, and a
 * derivation without it would overwrite what its commit derived. The index gets a few short
 * waits to catch up.
 */
export async function itemsAsCounted(customer: Customer, read: () => Promise<FeedbackRecord[]>): Promise<FeedbackRecord[]> {
  for (let attempt = 1; ; attempt += 1) {
    const items = await read();
    if (items.length >= (customer.counts.total ?? 0) || attempt >= INDEX_ATTEMPTS) return items;
    await new Promise((resolve) => setTimeout(resolve, INDEX_LAG_WAIT_MS * attempt));
  }
}
