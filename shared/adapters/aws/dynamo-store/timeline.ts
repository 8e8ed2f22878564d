/** Customers' profiles and their timelines: creation, each message's commit, the items' reads, and an item's move between customers. */
import { itemsWithin } from '../../../answer-bytes.ts';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Customer, FeedbackRecord, Page } from '../../../model.ts';
import { CustomerErasedError, CustomerMergedError, IdentitiesMovedError, type FeedbackCommit, type FeedbackMove, type TimelineQuery } from '../../../ports.ts';
import { encodeCursor, timelineReadsBelow, timelineReadsDownTo } from '../../timeline-keys.ts';
import { timelineKey } from '../../../timeline/timeline-key.ts';
import { queueEntries } from '../../../cases/work-queue.ts';
import { nameAfterMessage } from '../../../identity/display-name.ts';
import { COUNTER_PREFIX, ERASING_ATTRIBUTE, keys, negativesOf } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { toFeedbackItem, toRecord, type CommitDerived } from '../feedback-item.ts';
import { backoff } from '../../../backoff.ts';
import { addCounters, max, min, profileExists, setName, toCustomer, toQueueItem } from './items.ts';
import { profileFlag } from '../../../timeline/risk.ts';
import { type DynamoTable, type Item, MAX_ATTEMPTS, TRANSACTION_CONFLICT, type TransactItem, contended } from './table.ts';

export async function createCustomer(table: DynamoTable, customer: Customer) {
  const { counts, identities, verifiedIdentities, separatedFrom, ...profile } = customer;
  const item: Item = { ...keys.customer(customer.customerId), ...profile, rev: 0 };
  // Sets, as every later write ADDs to them.
  if (identities.length) item.identities = new Set(identities);
  if (verifiedIdentities?.length) item.verifiedIdentities = new Set(verifiedIdentities);
  if (separatedFrom?.length) item.separatedFrom = new Set(separatedFrom);
  for (const [name, value] of Object.entries(counts)) item[COUNTER_PREFIX + name] = value;
  // An erased id is never made again (its mark keeps identities from it). A profile can be erased
  // only once made, and its mark goes before it, so the mark read first finds any erasure that
  // could have left the id free (one read: a transaction with a ConditionCheck costs 3 WRU more).
  if (await table.isErased(customer.customerId)) return false;
  const created = await table.putIfAbsent(item);
  if (created) table.profiles.remember(customer.customerId, item);
  return created;
}

export async function commitFeedback(table: DynamoTable, { record, customer: patch, derive }: FeedbackCommit) {
  // Work-queue entries are derived from the record alone, so they are put before the transaction
  // and outside it (half the units): a redelivery after a crash puts the same ones again, and
  // reads load the items and drop any an entry shows where it does not belong (see readQueuePage).
  // Complaint-type quotes come from the stream aggregator, a day's worth in a few lists.
  await table.puts.put(queueEntries(record).map(toQueueItem));
  for (let attempt = 1; ; attempt += 1) {
    if (attempt > 1) await backoff(attempt);
    // The profile as resolving the event just read it, if it did: the revision guard catches any change since.
    const current = (attempt === 1 && table.profiles.take(patch.customerId)) || (await table.getCustomerItem(patch.customerId));
    if (!current) {
      if (await table.isErased(patch.customerId)) throw new CustomerErasedError(patch.customerId);
      throw new Error(`customer ${patch.customerId} does not exist`);
    }
    if (current[ERASING_ATTRIBUTE]) throw new CustomerErasedError(patch.customerId);
    if (current.mergedInto) throw new CustomerMergedError(patch.customerId);
    const customer = toCustomer(current);
    if (patch.heldIdentities?.some((identity) => !customer.identities.includes(identity))) throw new IdentitiesMovedError(patch.customerId);
    const { aggregateDeltas, negativeDays, firstPositive, atRisk, newOnDay, newCountMovedFrom } = derive(customer);
    const profile = new ExpressionBuilder()
      .set('firstSeen', min(current.firstSeen as string, patch.seenAt))
      .set('lastSeen', max(current.lastSeen as string, patch.seenAt))
      .add('rev', 1)
      .when((n, v) => `attribute_not_exists(${n('mergedInto')}) AND attribute_not_exists(${n(ERASING_ATTRIBUTE)}) AND ${n('rev')} = ${v(current.rev)}`);
    const name = nameAfterMessage(customer, patch);
    if (name) setName(profile, name);
    if (newOnDay && newCountMovedFrom) profile.set('newOnDay', newOnDay);
    else if (newOnDay) profile.setIfAbsent('newOnDay', newOnDay);
    if (patch.addIdentities.length) profile.add('identities', new Set(patch.addIdentities));
    if (patch.addVerifiedIdentities?.length) profile.add('verifiedIdentities', new Set(patch.addVerifiedIdentities));
    if (negativeDays) profile.set('negativeDays', negativeDays);
    if (firstPositive) profile.set('firstPositive', firstPositive);
    addCounters(profile, patch.countDeltas);
    const derived: CommitDerived = {};
    const deltas = Object.entries(aggregateDeltas).filter(([, delta]) => delta !== 0);
    if (deltas.length) derived.aggregateDeltas = Object.fromEntries(deltas);
    if (newCountMovedFrom) derived.newCountMovedFrom = newCountMovedFrom;
    if (atRisk) {
      // The entry's rank is in its key (no index entry to pay for): a higher count on the same day supersedes the entry.
      const entry = keys.atRisk(atRisk.day, atRisk.negativesLastWeek, atRisk.customerId);
      const previous = current.atRiskKey as { pk: string; sk: string } | undefined;
      derived.risk = [atRisk.negativesLastWeek, atRisk.reason];
      if (previous?.pk === entry.pk && previous.sk !== entry.sk) derived.supersedes = negativesOf(previous);
      // A revision of the customer's risk since this commit makes its entry stale (see putAtRisk).
      if (current.riskEpoch) derived.riskEpoch = current.riskEpoch as number;
      profile.set('atRiskKey', entry).set('atRisk', profileFlag(atRisk));
    }
    // The day's counters and the at-risk entry are not in the transaction: the stream aggregator
    // applies them from the item (stream-aggregator.ts), batched, exactly once.
    const items: TransactItem[] = [
      { Put: { TableName: table.name, Item: toFeedbackItem(record, derived), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Update: { TableName: table.name, Key: keys.customer(patch.customerId), ...profile.build() } as never },
    ];
    const failed = await table.transact(items);
    if (failed === undefined) return 'written' as const;
    if (failed === 0) return 'duplicate' as const;
    if (attempt >= MAX_ATTEMPTS) throw contended(`feedback ${record.feedbackId}: the customer kept changing`, attempt);
  }
}

export async function getFeedback(table: DynamoTable, feedbackId: string) {
  const item = await table.reads.get(keys.feedback(feedbackId), { consistent: false });
  return item && toRecord(item);
}

export async function isKnownFeedback(table: DynamoTable, feedbackId: string) {
  // Both through the batch reader: a batch's records go out in one BatchGetItem per consistency. The
  // mark strongly consistent: an erasure writes it before it deletes the item, so a replica that
  // already lost the item cannot also hide the mark; a stored item missed here still meets the
  // commit's condition that it is absent.
  const [stored, erased] = await Promise.all([
    table.reads.get(keys.feedback(feedbackId), { consistent: false }),
    table.reads.get(keys.erasedFeedback(feedbackId), { consistent: true }),
  ]);
  return stored !== undefined || erased !== undefined;
}

export async function getFeedbackNow(table: DynamoTable, feedbackIds: readonly string[]) {
  return table.getFeedbackBatch(feedbackIds, { consistent: true });
}

export async function listTimeline(table: DynamoTable, customerId: string, query: TimelineQuery): Promise<Page<FeedbackRecord>> {
  return pageOfIndex(table, 'gsi1', keys.timelinePartition(customerId), query);
}

async function pageOfIndex(table: DynamoTable, index: 'gsi1', partition: string, query: TimelineQuery): Promise<Page<FeedbackRecord>> {
  const before = timelineReadsBelow(query);
  const downTo = timelineReadsDownTo(query);
  if (before !== undefined && downTo !== undefined && downTo >= before) return { items: [] };
  const sortKey = `${index}sk`;
  // A key condition takes one range: BETWEEN holds both ends, and its upper end, exclusive here, is read one item more and dropped.
  const bothEnds = before !== undefined && downTo !== undefined;
  const range = bothEnds ? ` AND ${sortKey} BETWEEN :downTo AND :before` : before !== undefined ? ` AND ${sortKey} < :before` : downTo !== undefined ? ` AND ${sortKey} >= :downTo` : '';
  const { Items: read = [], LastEvaluatedKey } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: index,
      KeyConditionExpression: `${index}pk = :p${range}`,
      ExpressionAttributeValues: { ':p': partition, ...(before !== undefined ? { ':before': before } : {}), ...(downTo !== undefined ? { ':downTo': downTo } : {}) },
      ScanIndexForward: false,
      Limit: query.limit + (bothEnds ? 2 : 1),
    }),
  );
  const Items = bothEnds ? read.filter((item) => item[sortKey] !== before) : read;
  const listed = Items.slice(0, query.limit).map(toRecord);
  const items = listed.slice(0, itemsWithin(listed, query.maxBytes ?? Number.POSITIVE_INFINITY));
  const last = items.at(-1);
  // A query reads at most 1 MB: a few long messages end it short of the limit with more to come.
  const more = Items.length > items.length || LastEvaluatedKey !== undefined;
  return more && last ? { items, nextCursor: encodeCursor(timelineKey(last.receivedAt, last.feedbackId)) } : { items };
}

export async function moveFeedback(table: DynamoTable, { feedbackId, from, to, mergedVia, mergeId, counted, carried, originalCustomerId }: FeedbackMove) {
  // The item's customer is its timeline key (items written before kept a plain copy: dropped here).
  const item = new ExpressionBuilder()
    .set('gsi1pk', keys.timelinePartition(to))
    .remove('customerId')
    .when((n, v) => `${n('gsi1pk')} = ${v(keys.timelinePartition(from))}`);
  if (mergedVia.length) item.set('mergedVia', mergedVia);
  else item.remove('mergedVia');
  // The body keeps the one it was written with; a plain attribute reads over it (toRecord).
  if (originalCustomerId) item.set('originalCustomerId', originalCustomerId);
  const merge = new ExpressionBuilder().add('movedItems', counted).when((n) => `attribute_exists(${n('pk')})`);
  const updates: TransactItem[] = [
    { Update: { TableName: table.name, Key: keys.feedback(feedbackId), ...item.build() } as never },
    { Update: { TableName: table.name, Key: keys.merge(mergeId), ...merge.build() } as never },
  ];
  if (carried) {
    // `rev` moves too: a commit that read either profile before this recomputes what it derived.
    const taken = addCounters(new ExpressionBuilder(), Object.fromEntries(Object.entries(carried.counts).map(([name, value]) => [name, -value]))).add('rev', 1).when(profileExists);
    const given = addCounters(new ExpressionBuilder(), carried.counts).add('rev', 1).when(profileExists);
    updates.push(
      { Update: { TableName: table.name, Key: keys.customer(from), ...taken.build() } as never },
      { Update: { TableName: table.name, Key: keys.customer(to), ...given.build() } as never },
    );
  }
  for (let attempt = 1; ; attempt += 1) {
    const failed = await table.transact(updates);
    if (failed === undefined && carried?.lastSeen) return carryLastSeen(table, from, to, carried.lastSeen);
    // A failed condition: the item is not with `from` (moved already) — nothing to do.
    if (failed !== TRANSACTION_CONFLICT) return;
    // Never given up silently: the merge (or undo) would read as done with the item left behind.
    if (attempt >= MAX_ATTEMPTS) throw contended(`move of ${feedbackId}: other writers kept conflicting`, attempt);
    await backoff(attempt + 1);
  }
}

/**
 * The receiver's lastSeen moves up to the item, unless a later commit raised it past already; the
 * giver's goes back only if this item was what set it (a commit since would have moved it on).
 */
async function carryLastSeen(table: DynamoTable, from: string, to: string, { receivedAt, fromLastSeen }: NonNullable<NonNullable<FeedbackMove['carried']>['lastSeen']>) {
  await table.setIf(to, new ExpressionBuilder().set('lastSeen', receivedAt).when((n, v) => `${n('lastSeen')} < ${v(receivedAt)}`));
  await table.setIf(from, new ExpressionBuilder().set('lastSeen', fromLastSeen).when((n, v) => `${n('lastSeen')} = ${v(receivedAt)}`));
}
