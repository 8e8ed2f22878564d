import { BatchGetCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../ports.ts';
import { backoff } from '../../backoff.ts';

type Item = Record<string, unknown>;
export interface ItemKey {
  pk: string;
  sk: string;
}

/** DynamoDB's limit on keys in one BatchGetItem. */
export const BATCH_GET_KEYS = 100;
/** Requests for keys DynamoDB keeps leaving unprocessed (throttled) before their readers hear the store is busy. */
const MAX_ATTEMPTS = 8;

interface Reader {
  resolve(item: Item | undefined): void;
  reject(error: unknown): void;
}

interface Wanted {
  key: ItemKey;
  readers: Reader[];
}

/**
 * Point reads of one table asked for in the same turn of the event loop, sent as one
 * BatchGetItem (DataLoader's idea). The records of a queue batch are processed in parallel and
 * take the same steps at about the same time, and each request costs the SDK 1.5–2.5 ms of CPU
 * whatever it carries: ten records' reads of one step in one request cost about one.
 *
 * Strongly consistent and eventually consistent reads go in separate requests, each read as it
 * was asked for (a strongly consistent read costs twice the units). A key asked for alone is one
 * GetItem, as it would be without this. Each reader gets exactly its item, or undefined, or the
 * error that kept its key from being read, and nothing of another key's.
 */
export class CoalescedReads {
  private readonly waiting = new Map<boolean, Map<string, Wanted>>();

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  get(key: ItemKey, { consistent }: { consistent: boolean }): Promise<Item | undefined> {
    let wanted = this.waiting.get(consistent);
    if (!wanted) {
      const asked = new Map<string, Wanted>();
      this.waiting.set(consistent, asked);
      // Runs after every callback and promise job of this turn: parallel records that reached the same step have all asked.
      setImmediate(() => {
        this.waiting.delete(consistent);
        this.send([...asked.values()], consistent);
      });
      wanted = asked;
    }
    const id = keyId(key);
    const entry = wanted.get(id) ?? wanted.set(id, { key, readers: [] }).get(id)!;
    return new Promise((resolve, reject) => entry.readers.push({ resolve, reject }));
  }

  private send(wanted: Wanted[], consistent: boolean) {
    if (wanted.length === 1) return void this.readAlone(wanted[0]!, consistent);
    for (let start = 0; start < wanted.length; start += BATCH_GET_KEYS) void this.readTogether(wanted.slice(start, start + BATCH_GET_KEYS), consistent);
  }

  private async readAlone({ key, readers }: Wanted, consistent: boolean) {
    try {
      const { Item } = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: key, ...(consistent ? { ConsistentRead: true } : {}) }));
      hand(readers, Item);
    } catch (error) {
      for (const reader of readers) reader.reject(error);
    }
  }

  private async readTogether(wanted: Wanted[], consistent: boolean) {
    const left = new Map(wanted.map((entry) => [keyId(entry.key), entry]));
    try {
      for (let attempt = 1; left.size > 0; attempt += 1) {
        if (attempt > MAX_ATTEMPTS) throw new StoreUnavailableError(new Error(`BatchGetItem left ${left.size} keys unprocessed ${MAX_ATTEMPTS} times`));
        if (attempt > 1) await backoff(attempt);
        const Keys = [...left.values()].map((entry) => entry.key);
        const { Responses, UnprocessedKeys } = await this.doc.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys, ...(consistent ? { ConsistentRead: true } : {}) } } }));
        for (const item of Responses?.[this.tableName] ?? []) {
          const id = keyId(item as ItemKey);
          hand(left.get(id)!.readers, item);
          left.delete(id);
        }
        const unprocessed = new Set((UnprocessedKeys?.[this.tableName]?.Keys ?? []).map((key) => keyId(key as ItemKey)));
        for (const [id, entry] of left) {
          if (unprocessed.has(id)) continue;
          hand(entry.readers, undefined);
          left.delete(id);
        }
      }
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        for (const entry of left.values()) for (const reader of entry.readers) reader.reject(error);
        return;
      }
      // Not the store's state but the request's: one key can make a whole BatchGetItem invalid
      // (a key attribute over DynamoDB's size limit), and the error does not say which. Read alone,
      // each key's readers get what they would have got without the coalescing.
      for (const entry of left.values()) void this.readAlone(entry, consistent);
    }
  }
}

/** Readers of one key each get their own copy: none sees what another changes in it. */
function hand(readers: Reader[], item: Item | undefined) {
  readers.forEach((reader, i) => reader.resolve(i === 0 || item === undefined ? item : structuredClone(item)));
}

export const keyId = ({ pk, sk }: ItemKey) => `${pk}\u0000${sk}`;
