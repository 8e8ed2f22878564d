/** Merge suggestions, with their listings under each customer and the quoted identity (pattern 9b). */
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MergeSuggestion, Page } from '../../../model.ts';
import { type SuggestionDecision, type SuggestionReopening, type TimelineQuery } from '../../../ports.ts';
import { decodeCursor, encodeCursor, mergeFillsIn, resumeAfter } from '../../timeline-keys.ts';
import { keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { backoff } from '../../../backoff.ts';
import type { DynamoStore } from '../dynamo-store.ts';
import { stripKeys, suggestionListings } from './items.ts';
import { type DynamoTable, type Item, MAX_ATTEMPTS, TRANSACTION_CONFLICT, type TransactItem, contended } from './table.ts';

/**
 * The suggestion decided as `decision` says, guarded on it being as read (open, or accepted without
 * its merge): a dismissal in between wins. Only the decision's fields: an erasure may have turned
 * the identity it quotes to the marker since it was read, and that must stay.
 */
export function decisionUpdate(suggestion: MergeSuggestion, decision: SuggestionDecision): ExpressionBuilder {
  const update = new ExpressionBuilder();
  if (decision.mergeId) update.set('mergeId', decision.mergeId);
  if (suggestion.status !== 'open') return update.when((n, v) => `${n('status')} = ${v('accepted')} AND attribute_not_exists(${n('mergeId')})`);
  return update
    .set('status', decision.status)
    .set('decidedAt', decision.at)
    .set('decidedBy', decision.by)
    .set('gsi2pk', keys.suggestionPartition(decision.status))
    .when((n, v) => `${n('status')} = ${v('open')}`);
}

function toSuggestionItem(suggestion: MergeSuggestion): Item {
  return { ...keys.suggestion(suggestion.suggestionId), ...suggestion, gsi2pk: keys.suggestionPartition(suggestion.status), gsi2sk: `${suggestion.createdAt}#${suggestion.suggestionId}` };
}

/** The suggestion and its listings in one transaction: a listing never outlives its suggestion nor misses it. */
export async function suggestMerge(table: DynamoTable, suggestion: MergeSuggestion) {
  const listings = suggestionListings(suggestion).map((key) => ({ Put: { TableName: table.name, Item: { ...key, suggestionId: suggestion.suggestionId } } }));
  const failed = await table.transact([{ Put: { TableName: table.name, Item: toSuggestionItem(suggestion), ConditionExpression: 'attribute_not_exists(pk)' } }, ...listings]);
  if (failed === TRANSACTION_CONFLICT) throw contended(`suggesting ${suggestion.suggestionId}`, 1);
  return failed === undefined;
}

export async function getMergeSuggestion(table: DynamoTable, suggestionId: string) {
  const item = await table.reads.get(keys.suggestion(suggestionId), { consistent: true });
  return item && (stripKeys(item) as unknown as MergeSuggestion);
}

export async function listMergeSuggestions(table: DynamoTable, status: MergeSuggestion['status'], query: TimelineQuery): Promise<Page<MergeSuggestion>> {
  const after = resumeAfter(query.cursor, decodeCursor);
  const { Items = [], LastEvaluatedKey } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: 'gsi2',
      KeyConditionExpression: after ? 'gsi2pk = :p AND gsi2sk < :after' : 'gsi2pk = :p',
      ExpressionAttributeValues: { ':p': keys.suggestionPartition(status), ...(after ? { ':after': after } : {}) },
      ScanIndexForward: false,
      Limit: query.limit + 1,
    }),
  );
  const items = Items.slice(0, query.limit).map((item) => stripKeys(item) as unknown as MergeSuggestion);
  const last = items.at(-1);
  // A query reads at most 1 MB: it may end short of the limit with more to come.
  return (Items.length > query.limit || LastEvaluatedKey !== undefined) && last ? { items, nextCursor: encodeCursor(`${last.createdAt}#${last.suggestionId}`) } : { items };
}

/**
 * Puts the listings (pattern 9b) of every stored suggestion, for a table whose suggestions were
 * written before suggestions had listings; harmless to run again. Answers how many it listed.
 * A suggestion an erasure made quote a marker is listed under its customers only.
 */
export async function putSuggestionListings(table: DynamoTable, store: Pick<DynamoStore, 'listMergeSuggestions' | 'getMergeSuggestion'>): Promise<number> {
  let listed = 0;
  for (const status of ['open', 'accepted', 'dismissed'] as const) {
    let cursor: string | undefined;
    do {
      const page = await store.listMergeSuggestions(status, { limit: 100, ...(cursor ? { cursor } : {}) });
      for (const suggestion of page.items) if (await putListingsOf(table, store, suggestion)) listed += 1;
      cursor = page.nextCursor;
    } while (cursor);
  }
  return listed;
}

/**
 * Puts one suggestion's listings only while it stands as read: an erasure running meanwhile may
 * have deleted it, or replaced its identity with a marker, and a listing written after that
 * would name the erased person again. Read again and retried when it changed; false when gone.
 */
async function putListingsOf(table: DynamoTable, store: Pick<DynamoStore, 'getMergeSuggestion'>, read: MergeSuggestion): Promise<boolean> {
  let suggestion: MergeSuggestion | undefined = read;
  for (let attempt = 1; suggestion; attempt += 1) {
    const standing: TransactItem = {
      ConditionCheck: { TableName: table.name, Key: keys.suggestion(suggestion.suggestionId), ...new ExpressionBuilder().when((n, v) => `attribute_exists(${n('pk')}) AND ${n('identity')} = ${v(suggestion!.identity)}`).build() } as never,
    };
    const puts: TransactItem[] = suggestionListings(suggestion)
      .filter(({ pk }) => !String(pk).startsWith(keys.identity('erased:').pk))
      .map((key) => ({ Put: { TableName: table.name, Item: { ...key, suggestionId: suggestion!.suggestionId } } }));
    if ((await table.transact([standing, ...puts])) === undefined) return true;
    if (attempt >= MAX_ATTEMPTS) throw contended(`listing suggestion ${suggestion.suggestionId}`, attempt);
    await backoff(attempt + 1);
    suggestion = await store.getMergeSuggestion(suggestion.suggestionId);
  }
  return false;
}

export async function mergeSuggestionsOf(table: DynamoTable, customerId: string) {
  return suggestionsListedUnder(table, keys.timelinePartition(customerId));
}

export async function mergeSuggestionsQuoting(table: DynamoTable, identity: string) {
  return suggestionsListedUnder(table, keys.identity(identity).pk);
}

async function suggestionsListedUnder(table: DynamoTable, partition: string): Promise<MergeSuggestion[]> {
  const listed = await table.queryAll({ KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)', ExpressionAttributeValues: { ':p': partition, ':s': keys.suggestionListingPrefix } });
  const found = await table.batchGetAll(listed.map((item) => keys.suggestion(item.suggestionId as string)), { consistent: true });
  return found.map((item) => stripKeys(item) as unknown as MergeSuggestion);
}

export async function decideMergeSuggestion(table: DynamoTable, store: Pick<DynamoStore, 'getMergeSuggestion'>, decision: SuggestionDecision) {
  const current = await store.getMergeSuggestion(decision.suggestionId);
  if (!current) return undefined;
  if (current.status !== 'open' && !mergeFillsIn(current, decision)) return 'conflict' as const;
  try {
    const { Attributes } = await table.doc.send(new UpdateCommand({ TableName: table.name, Key: keys.suggestion(decision.suggestionId), ...decisionUpdate(current, decision).build(), ReturnValues: 'ALL_NEW' } as never));
    return stripKeys(Attributes!) as unknown as MergeSuggestion;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return 'conflict' as const;
    throw error;
  }
}

export async function reopenMergeSuggestion(table: DynamoTable, { suggestionId, mergeId, at, by, closedAsOne }: SuggestionReopening) {
  // Only the fields a reopening changes, with nothing read first: an erasure may turn the identity
  // it quotes to the marker at any moment, and that must stay.
  const reopening = new ExpressionBuilder()
    .set('status', 'open')
    .set('gsi2pk', keys.suggestionPartition('open'))
    .set('undoneAt', at)
    .set('undoneBy', by)
    .set('undoneMergeId', mergeId)
    .remove('decidedAt')
    .remove('decidedBy')
    .remove('mergeId')
    .when((n, v) => `${n('status')} = ${v('accepted')} AND ${closedAsOne ? `attribute_not_exists(${n('mergeId')})` : `${n('mergeId')} = ${v(mergeId)}`}`);
  try {
    await table.doc.send(new UpdateCommand({ TableName: table.name, Key: keys.suggestion(suggestionId), ...reopening.build() } as never));
  } catch (error) {
    // Not accepted with this merge (unknown, accepted again since, or reopened by a repeated undo at the same time): nothing to do.
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}
