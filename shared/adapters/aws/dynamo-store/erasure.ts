/** Erasure of a person (resumable) and its log, and the items a merge left behind for erasure. */
import { DeleteCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedbackRecord, Page } from '../../../model.ts';
import { decodeErasureCursor, encodeCursor, erasureKey, resumeAfter } from '../../timeline-keys.ts';
import { timelineKey } from '../../../timeline/timeline-key.ts';
import type { ClaimRedaction, ErasurePlan, ErasureRecord, SuggestionRedaction } from '../../../cases/ports.ts';
import { ERASING_ATTRIBUTE, keys } from '../dynamo-keys.ts';
import { allItems, itemsAsCounted } from '../../../timeline/all-items.ts';
import type { DynamoStore } from '../dynamo-store.ts';
import { QUOTES_PREFIX, forgetQuotes } from './aggregates.ts';
import { countersOf, itemEntries, stripKeys, suggestionListings } from './items.ts';
import { mergeItems } from './merges.ts';
import { type DynamoTable, type Item, TRANSACTION_CONFLICT, contended } from './table.ts';

/**
 * Cut short (the store failing, the function stopped), the same request resumes it: the profiles
 * go last, so it finds the person again, and what only the first attempt could read (its record,
 * the days the items now gone were on) is kept beside the profile until the profile goes with it.
 */
export async function erase(table: DynamoTable, store: Pick<DynamoStore, 'listMerges' | 'getIdentityOwner' | 'formerHoldersOf' | 'listTimeline'>, { customers, identities: planned, items: read, suggestions, claimsAbout, suggestionsNaming, profilesListing, mergesListing, record: proposed }: ErasurePlan) {
  const [subject, ...absorbed] = customers.map((c) => c.customerId) as [string, ...string[]];
  const erased = new Set([subject, ...absorbed]);
  const resumed = await table.reads.get(keys.erasing(subject), { consistent: true });
  const record = (resumed?.record as ErasureRecord | undefined) ?? proposed;
  const days = new Set<string>((resumed?.days as string[] | undefined) ?? []);
  for (const item of read) days.add(item.day);
  // The merges lead a resumed erasure to the customers merged in: they go after those customers.
  const profiles: Item[] = absorbed.map((customerId) => keys.customer(customerId));
  for (const customer of customers) {
    for (const merge of await store.listMerges(customer.customerId)) {
      profiles.push(keys.merge(merge.mergeId), keys.customerMerge(merge.survivorId, merge.mergedAt, merge.mergeId), keys.customerMerge(merge.absorbedId, merge.mergedAt, merge.mergeId));
    }
    for (const day of Object.keys(customer.negativeDays ?? {})) days.add(day);
  }
  const markErasing = () => table.doc.send(new PutCommand({ TableName: table.name, Item: { ...keys.erasing(subject), record, days: [...days].sort() } }));
  await markErasing();
  // The ids stay, before anything goes: a redelivery meanwhile finds the item or its id, and a
  // merge still under way points no identity at an erased customer once its owner is read here.
  const keepIds = (items: FeedbackRecord[]) => table.batchWrite(items.map((item) => ({ PutRequest: { Item: { ...keys.erasedFeedback(item.feedbackId), erasedAt: record.at } } })));
  await keepIds(read);
  await table.batchWrite([...erased].map((customerId) => ({ PutRequest: { Item: { ...keys.erasedCustomer(customerId), erasedAt: record.at } } })));
  // A message of the person that committed after the plan was read is erased with it; none commits after this.
  const late = await closeToCommits(table, store, subject, [...erased], new Set(read.map((item) => item.feedbackId)));
  if (late.length) {
    for (const item of late) days.add(item.day);
    if (!resumed) record.items += late.length;
    await markErasing();
    await keepIds(late);
  }
  const items = [...read, ...late];
  const identities = [...new Set([...planned, ...late.flatMap((item) => item.identities)])];
  const deletions: Item[] = items.flatMap(itemEntries);
  const owners = await Promise.all(identities.map(async (identity) => [identity, await store.getIdentityOwner(identity)] as const));
  const heldByPerson = new Set(owners.filter(([, owner]) => owner !== undefined && erased.has(owner)).map(([identity]) => identity));
  deletions.push(...[...heldByPerson].map((identity) => keys.identity(identity)));
  // The listings of who held the person's identities before (each names one), and of the person's customers as holders of any.
  for (const identity of identities) {
    for (const former of await store.formerHoldersOf(identity)) {
      const { pk, sk } = keys.formerHolder(identity, former);
      if (heldByPerson.has(identity) || erased.has(former)) deletions.push({ pk, sk });
    }
  }
  // Before the suggestions go: a resumed erasure finds the others' items through them.
  for (const claim of claimsAbout) await keepClaimAs(table, claim);
  for (const redaction of suggestionsNaming) await keepSuggestionAs(table, redaction);
  // Each redaction moves the item's revision on: an undo that read it before writes attributes of
  // it back whole (a record of changes, a merge item), and its revision guard sends it to read again.
  const revised = { '#rev': 'rev' };
  for (const { customerId, identities: listed, separatedFrom = [], identityChanges } of profilesListing) {
    // DynamoDB refuses an empty set as a value: each DELETE only with something to take out.
    const deletions = [...(listed.length ? ['identities :listed', 'verifiedIdentities :listed'] : []), ...(separatedFrom.length ? ['separatedFrom :separated'] : [])];
    const values = { ':one': 1, ...(listed.length ? { ':listed': new Set(listed) } : {}), ...(separatedFrom.length ? { ':separated': new Set(separatedFrom) } : {}), ...(identityChanges ? { ':changes': identityChanges } : {}) };
    const expression = [...(identityChanges ? ['SET identityChanges = :changes'] : []), 'ADD #rev :one', ...(deletions.length ? [`DELETE ${deletions.join(', ')}`] : [])].join(' ');
    await updateIfPresent(table, keys.customer(customerId), expression, revised, values);
  }
  for (const merge of mergesListing) {
    for (const Key of mergeItems(merge).map(({ pk, sk }) => ({ pk, sk }))) {
      const lists: Record<string, string[]> = { absorbedIdentities: merge.absorbedIdentities, absorbedVerifiedIdentities: merge.absorbedVerifiedIdentities };
      if (merge.survivorIdentities) lists['survivorIdentities'] = merge.survivorIdentities;
      if (merge.broughtBack) lists['broughtBack'] = merge.broughtBack;
      const names = Object.keys(lists);
      await updateIfPresent(table, Key, `SET ${names.map((name) => `${name} = :${name}`).join(', ')} ADD #rev :one`, revised, { ':one': 1, ...Object.fromEntries(names.map((name) => [`:${name}`, lists[name]])) });
    }
  }
  await table.batchDelete(deletions);
  for (const suggestion of suggestions) {
    const deleted = await table.transact([keys.suggestion(suggestion.suggestionId), ...suggestionListings(suggestion)].map((Key) => ({ Delete: { TableName: table.name, Key } })));
    if (deleted !== undefined) throw contended(`erasing ${suggestion.suggestionId}`, 1);
  }
  // At-risk entries are keyed by rank: find the erased customers' in the days they could be on.
  // After the items are gone, so that the stream aggregator either sees an item missing after
  // putting its entry (and takes the entry back) or put it before this query finds it.
  const atRisk: Item[] = [];
  for (const day of days) {
    const entries = await table.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.atRiskPartition(day) } });
    for (const entry of entries) if (erased.has(entry.customerId as string)) atRisk.push({ pk: entry.pk, sk: entry.sk });
  }
  await table.batchDelete(atRisk);
  const erasedKeys = new Set(items.map((item) => timelineKey(item.receivedAt, item.feedbackId)));
  for (const day of resumed ? days : new Set(items.map((item) => item.day))) await forgetQuotes(table, day, resumed ? await withErasedQuotes(table, day, erasedKeys) : erasedKeys);
  await table.doc.send(new PutCommand({ TableName: table.name, Item: { ...keys.erasure(record.at, record.erasureId), ...record } }));
  await table.batchDelete(profiles);
  await table.doc.send(
    new TransactWriteCommand({
      TransactItems: [keys.customer(subject), keys.erasing(subject)].map((Key) => ({ Delete: { TableName: table.name, Key } })),
    }),
  );
  return record;
}

export async function eraseLeftBehind(table: DynamoTable, _mergeId: string, items: FeedbackRecord[]) {
  // The ids stay before anything goes, as in an erasure: a redelivery meanwhile finds the item or its id.
  await table.batchWrite(items.map((item) => ({ PutRequest: { Item: keys.erasedFeedback(item.feedbackId) } })));
  await table.batchDelete(items.flatMap(itemEntries));
  const erasedKeys = new Set(items.map((item) => timelineKey(item.receivedAt, item.feedbackId)));
  for (const day of new Set(items.map((item) => item.day))) await forgetQuotes(table, day, erasedKeys);
}

/**
 * Marks the person's profiles so that no message commits to them any more (a commit in flight
 * meets a new revision, reads the mark and goes with the person), then reads the items that
 * committed before the mark but after the erasure's plan was read: those its profile counts
 * and the plan does not hold, waiting a moment for the timeline index to show them all.
 */
async function closeToCommits(table: DynamoTable, store: Pick<DynamoStore, 'listTimeline'>, subject: string, customerIds: string[], planned: Set<string>): Promise<FeedbackRecord[]> {
  let counted = 0;
  for (const customerId of customerIds) {
    try {
      const { Attributes } = await table.doc.send(
        new UpdateCommand({ TableName: table.name, Key: keys.customer(customerId), UpdateExpression: 'SET #erasing = :erasing ADD #rev :one', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeNames: { '#erasing': ERASING_ATTRIBUTE, '#rev': 'rev' }, ExpressionAttributeValues: { ':erasing': true, ':one': 1 }, ReturnValues: 'ALL_OLD' }),
      );
      // Marked by an attempt cut short: it read what had committed, and may have deleted some of
      // it since, so the profile's count no longer says how many items to wait for.
      if (customerId === subject && !Attributes?.[ERASING_ATTRIBUTE]) counted = countersOf(Attributes!).total ?? 0;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
  const read = async () => (await Promise.all(customerIds.map((customerId) => allItems(store, customerId)))).flat();
  const onTimelines = await itemsAsCounted({ counts: { total: counted } }, read);
  return [...new Map(onTimelines.filter((item) => !planned.has(item.feedbackId)).map((item) => [item.feedbackId, item])).values()];
}

/** The suggestion quotes the marker, and the person's identity no longer lists it (both at once, or the listing alone when it is gone). */
async function keepSuggestionAs(table: DynamoTable, { suggestionId, identity, quoted }: SuggestionRedaction) {
  const unlist = { Delete: { TableName: table.name, Key: keys.suggestionListing(keys.identity(quoted).pk, suggestionId) } };
  const failed = await table.transact([
    { Update: { TableName: table.name, Key: keys.suggestion(suggestionId), UpdateExpression: 'SET #identity = :identity', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeNames: { '#identity': 'identity' }, ExpressionAttributeValues: { ':identity': identity } } },
    unlist,
  ]);
  if (failed === TRANSACTION_CONFLICT) throw contended(`redacting ${suggestionId}`, 1);
  if (failed !== undefined) await table.doc.send(new DeleteCommand(unlist.Delete));
}

async function keepClaimAs(table: DynamoTable, { feedbackId, identities }: ClaimRedaction) {
  await updateIfPresent(table, keys.feedback(feedbackId), 'SET identities = :identities', undefined, { ':identities': identities });
}

/** An update that leaves an item gone since gone. */
async function updateIfPresent(table: DynamoTable, Key: Item, UpdateExpression: string, ExpressionAttributeNames: Record<string, string> | undefined, ExpressionAttributeValues: Record<string, unknown>) {
  try {
    await table.doc.send(
      new UpdateCommand({ TableName: table.name, Key, UpdateExpression, ConditionExpression: 'attribute_exists(pk)', ...(ExpressionAttributeNames ? { ExpressionAttributeNames } : {}), ExpressionAttributeValues }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}

/** The day's quotes of items erased already, by a first attempt whose items a resumed one cannot read. */
async function withErasedQuotes(table: DynamoTable, day: string, erasedKeys: Set<string>): Promise<Set<string>> {
  const aggregates = await table.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.aggregatePartition(day) } });
  const quoted = new Set(aggregates.flatMap((item) => Object.entries(item).flatMap(([name, value]) => (name.startsWith(QUOTES_PREFIX) ? (value as string[]) : []))));
  const gone = await Promise.all([...quoted].map(async (key) => ((await table.reads.get(keys.erasedFeedback(key.slice(key.lastIndexOf('#') + 1)), { consistent: true })) ? key : undefined)));
  return new Set([...erasedKeys, ...gone.filter((key): key is string => key !== undefined)]);
}

export async function listErasures(table: DynamoTable, query: { limit: number; cursor?: string }): Promise<Page<ErasureRecord>> {
  const after = resumeAfter(query.cursor, decodeErasureCursor);
  const { Items = [], LastEvaluatedKey } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: after ? 'pk = :p AND sk > :after' : 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.erasure('', '').pk, ...(after ? { ':after': after } : {}) },
      Limit: query.limit + 1,
    }),
  );
  const items = Items.slice(0, query.limit).map((item) => stripKeys(item) as unknown as ErasureRecord);
  const last = items.at(-1);
  // A query reads at most 1 MB: it may end short of the limit with more to come.
  return (Items.length > query.limit || LastEvaluatedKey !== undefined) && last ? { items, nextCursor: encodeCursor(erasureKey(last)) } : { items };
}
