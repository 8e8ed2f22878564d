import type { Store } from '../../shared/ports.ts';

/**
 * A store whose timeline index lags like a DynamoDB GSI: items committed or moved while `lagging`
 * is on stay where the index last saw them until `catchUp()`. Everything else reads through.
 */
export function laggingIndex(store: Store) {
  const seenAt = new Map<string, string | undefined>();
  let lagging = false;
  const lagged: Store = Object.create(store);
  lagged.commitFeedback = async (commit) => {
    if (lagging && !seenAt.has(commit.record.feedbackId)) seenAt.set(commit.record.feedbackId, undefined);
    return store.commitFeedback(commit);
  };
  lagged.moveFeedback = async (move) => {
    if (lagging && !seenAt.has(move.feedbackId)) seenAt.set(move.feedbackId, move.from);
    return store.moveFeedback(move);
  };
  lagged.listTimeline = async (customerId, query) => {
    const page = await store.listTimeline(customerId, query);
    return { ...page, items: page.items.filter((item) => !seenAt.has(item.feedbackId)) };
  };
  return {
    store: lagged,
    lag() {
      lagging = true;
    },
    catchUp() {
      lagging = false;
      seenAt.clear();
    },
  };
}
