/**
 * The most bytes of items one API answer carries: a synchronous Lambda answers at most 6 MiB
 * (API Gateway then says 500), and a page of 100 items of 100,000 characters each is 30 MB of
 * UTF-8 (DynamoDB's 1 MB a query is no bound: items are stored compressed). The profile,
 * merges and cursor come beside them. One item is at most 400 KB (DynamoDB's item limit).
 */
export const ANSWER_ITEM_BYTES = 4 * 1024 * 1024;

/**
 * What an item costs of a Lambda answer: its JSON, written again as a JSON string when the runtime
 * puts the answer's body into its envelope, so every quote, backslash and control character counts
 * twice or more (a page of 4 MB of `"` was an 8 MB answer, and API Gateway's 500). Local answers
 * are measured the same, so a page ends where it would in AWS.
 */
export function answerBytes(item: unknown): number {
  return Buffer.byteLength(JSON.stringify(JSON.stringify(item))) - 1;
}

/** How many of `items`, from the first, fit in `maxBytes` of the answer: at least one, so a page always moves on. */
export function itemsWithin(items: readonly unknown[], maxBytes: number): number {
  let bytes = 0;
  for (const [index, item] of items.entries()) {
    bytes += answerBytes(item);
    if (bytes > maxBytes && index > 0) return index;
  }
  return items.length;
}
