import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../ports.ts';
import { backoff } from '../../backoff.ts';
import { keyId, type ItemKey } from './coalesced-reads.ts';

type Item = Record<string, unknown>;

/** DynamoDB's limit on requests in one BatchWriteItem. */
const BATCH_WRITE_ITEMS = 25;
/** Requests for items DynamoDB keeps leaving unprocessed (throttled) before their writers hear the store is busy. */
const MAX_ATTEMPTS = 8;

interface Writer {
  items: Item[];
  resolve(): void;
  reject(error: unknown): void;
}

interface Entry {
  writer: Writer;
  item: Item;
}

/**
 * Unconditional puts of one table asked for in the same turn of the event loop, sent together in
 * BatchWriteItem requests of up to 25 (as CoalescedReads does for reads): the parallel records of
 * a queue batch put their work-queue entries at about the same time. Each writer's promise
 * settles once all of its items are written, or with the error that kept one of them from being
 * written; no writer hears of another's.
 */
export class CoalescedPuts {
  private waiting: Writer[] | undefined;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  put(items: Item[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    if (!this.waiting) {
      const asked: Writer[] = [];
      this.waiting = asked;
      // Runs after every callback and promise job of this turn: parallel records that reached the same step have all asked.
      setImmediate(() => {
        this.waiting = undefined;
        this.send(asked);
      });
    }
    const waiting = this.waiting;
    return new Promise((resolve, reject) => waiting.push({ items, resolve, reject }));
  }

  private send(writers: Writer[]) {
    const requests = pack(writers).map((entries) => ({ entries, left: this.writeAll(entries.map((entry) => entry.item)) }));
    for (const writer of writers) {
      const parts = requests.flatMap(({ entries, left }) => {
        const mine = entries.filter((entry) => entry.writer === writer).map((entry) => entry.item);
        if (mine.length === 0) return [];
        const shared = mine.length < entries.length;
        const written = left.then(
          (unprocessed) => unprocessed,
          (error: unknown) => {
            // Not the store's state but the request's: one item can make a whole BatchWriteItem
            // invalid (one over 400 KB) and the error does not say which. Written alone, each
            // writer's items get what they would have got without the coalescing.
            if (!shared || error instanceof StoreUnavailableError) throw error;
            return this.writeAll(mine);
          },
        );
        return [written.then((unprocessed) => mine.filter((item) => unprocessed.has(keyId(item as unknown as ItemKey))))];
      });
      Promise.all(parts).then((unwritten) => {
        const count = unwritten.flat().length;
        if (count === 0) writer.resolve();
        else writer.reject(new StoreUnavailableError(new Error(`BatchWriteItem left ${count} items unprocessed ${MAX_ATTEMPTS} times`)));
      }, writer.reject);
    }
  }

  /** Writes distinct items in one request, asking again for what DynamoDB leaves unprocessed; resolves to the keys still unwritten after MAX_ATTEMPTS. */
  private async writeAll(items: Item[]): Promise<Set<string>> {
    let requests = items.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      if (attempt > 1) await backoff(attempt);
      const { UnprocessedItems } = await this.doc.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
      requests = (UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
      if (requests.length === 0) return new Set();
    }
    return new Set(requests.map(({ PutRequest }) => keyId(PutRequest.Item as unknown as ItemKey)));
  }
}

/** Requests of at most 25 items, none holding one key twice (BatchWriteItem refuses that). */
function pack(writers: Writer[]): Entry[][] {
  const requests: { entries: Entry[]; keys: Set<string> }[] = [];
  for (const writer of writers) {
    for (const item of writer.items) {
      const id = keyId(item as unknown as ItemKey);
      let request = requests.find((r) => r.entries.length < BATCH_WRITE_ITEMS && !r.keys.has(id));
      if (!request) requests.push((request = { entries: [], keys: new Set() }));
      request.entries.push({ writer, item });
      request.keys.add(id);
    }
  }
  return requests.map((request) => request.entries);
}
