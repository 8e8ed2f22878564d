import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { FeedbackRecord, MergeRecord } from '../../../model.ts';
import { StoreUnavailableError } from '../../../ports.ts';
import { keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { toRecord } from '../feedback-item.ts';
import { RecentProfiles } from '../recent-profiles.ts';
import { reportTransientErrorsAsUnavailable } from '../transient-errors.ts';
import { BATCH_GET_KEYS, CoalescedReads } from '../coalesced-reads.ts';
import { CoalescedPuts } from '../coalesced-puts.ts';
import { stripKeys, toCustomer } from './items.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export type Item = Record<string, unknown>;

export const MAX_ATTEMPTS = 8;

/** What transact() answers when DynamoDB cancelled it for a concurrent transaction on one of its items. */
export const TRANSACTION_CONFLICT = -1;

/** Writers kept changing what this write is guarded on: the store is too busy for it now, worth trying again later. */
export function contended(what: string, attempts: number): StoreUnavailableError {
  return new StoreUnavailableError(new Error(`${what}: giving up after ${attempts} attempts`));
}

/**
 * What every part of the store works with: the document client on the table, its coalesced reads
 * and puts, and the reads and writes the parts share (profiles, transactions, batches, queries).
 */
export class DynamoTable {
  readonly doc: DynamoDBDocumentClient;
  /** Profiles as last read, for a commit that follows the read resolving its event. */
  readonly profiles = new RecentProfiles();
  readonly reads: CoalescedReads;
  readonly puts: CoalescedPuts;

  constructor(
    readonly name: string,
    client: DynamoDBClient,
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    this.reads = new CoalescedReads(this.doc, name);
    this.puts = new CoalescedPuts(this.doc, name);
    reportTransientErrorsAsUnavailable(this.doc);
  }

  async getIdentityOwner(identity: string) {
    const item = await this.reads.get(keys.identity(identity), { consistent: true });
    return item?.customerId as string | undefined;
  }

  async isErased(customerId: string): Promise<boolean> {
    return (await this.reads.get(keys.erasedCustomer(customerId), { consistent: true })) !== undefined;
  }

  async getCustomer(customerId: string) {
    const item = await this.getCustomerItem(customerId);
    return item && toCustomer(item);
  }

  async getCustomerItem(customerId: string) {
    const item = await this.reads.get(keys.customer(customerId), { consistent: true });
    if (item) this.profiles.remember(customerId, item);
    return item;
  }

  async listMerges(customerId: string) {
    const Items = await this.queryAll({
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :m)',
      ExpressionAttributeValues: { ':p': keys.customer(customerId).pk, ':m': 'MERGE#' },
      // An identity removal and an undo judge these merges against the profile's revision read just before.
      ConsistentRead: true,
    });
    return Items.map((item) => stripKeys(item) as unknown as MergeRecord);
  }

  async getFeedbackBatch(feedbackIds: readonly string[], { consistent = false } = {}): Promise<FeedbackRecord[]> {
    const found = new Map((await this.batchGetAll([...new Set(feedbackIds)].map(keys.feedback), { consistent })).map((item) => {
      const record = toRecord(item);
      return [record.feedbackId, record] as const;
    }));
    return feedbackIds.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }

  /** The items of `itemKeys` that exist, in no particular order. */
  async batchGetAll(itemKeys: Item[], { consistent = false } = {}): Promise<Item[]> {
    const found: Item[] = [];
    for (let start = 0; start < itemKeys.length; start += BATCH_GET_KEYS) {
      const Keys = itemKeys.slice(start, start + BATCH_GET_KEYS);
      let request: Record<string, { Keys: Item[]; ConsistentRead?: boolean }> | undefined = { [this.name]: { Keys, ...(consistent ? { ConsistentRead: true } : {}) } };
      while (request && Object.keys(request).length) {
        const response = await this.doc.send(new BatchGetCommand({ RequestItems: request }));
        found.push(...(response.Responses?.[this.name] ?? []));
        request = response.UnprocessedKeys as typeof request;
      }
    }
    return found;
  }

  async queryAll(input: { KeyConditionExpression: string; ExpressionAttributeValues: Item; ConsistentRead?: boolean }) {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await this.doc.send(new QueryCommand({ TableName: this.name, ...input, ExclusiveStartKey }));
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  async putIfAbsent(item: Item): Promise<boolean> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.name, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** Updates the profile if the update's condition holds: its new image then, else undefined. */
  async setIf(customerId: string, update: ExpressionBuilder): Promise<Item | undefined> {
    try {
      const { Attributes } = await this.doc.send(new UpdateCommand({ TableName: this.name, Key: keys.customer(customerId), ...update.build(), ReturnValues: 'ALL_NEW' } as never));
      return Attributes;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      return undefined;
    }
  }

  /** Puts and deletes of distinct items, 25 to a request, retrying what DynamoDB left unprocessed. */
  async batchWrite(requests: ({ PutRequest: { Item: Item } } | { DeleteRequest: { Key: Item } })[]) {
    for (let i = 0; i < requests.length; i += 25) {
      let request: Record<string, unknown[]> | undefined = { [this.name]: requests.slice(i, i + 25) };
      while (request && Object.keys(request).length) {
        const response = await this.doc.send(new BatchWriteCommand({ RequestItems: request as never }));
        request = response.UnprocessedItems as typeof request;
      }
    }
  }

  async batchDelete(itemKeys: Item[]) {
    const unique = [...new Map(itemKeys.map((key) => [`${key.pk}\u0000${key.sk}`, key])).values()];
    await this.batchWrite(unique.map((Key) => ({ DeleteRequest: { Key } })));
  }

  /** Runs a transaction; undefined on success, else the index of the item whose condition failed. */
  async transact(items: TransactItem[]): Promise<number | undefined> {
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return undefined;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const conditionFailed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (conditionFailed >= 0) return conditionFailed;
      if (reasons.some((r) => r.Code === 'TransactionConflict')) return TRANSACTION_CONFLICT;
      throw error;
    }
  }
}
