import type { FeedbackRecord } from '../model.ts';
import type { TimelineStore } from '../ports.ts';

const PAGE = 100;

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
