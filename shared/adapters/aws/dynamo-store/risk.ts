/** At-risk entries and the profile's risk: the stream aggregator's puts, an undo's revision, the daily listing. */
import { BatchGetCommand, DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Customer } from '../../../model.ts';
import type { AtRiskEntry, RaisedRisk, DerivedProfile } from '../../../ports.ts';
import { newCountMoved, type NewCountChange } from '../../../timeline/new-customers.ts';
import { latestFlag, profileFlag } from '../../../timeline/risk.ts';
import { ERASING_ATTRIBUTE, keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { backoff } from '../../../backoff.ts';
import type { DynamoStore } from '../dynamo-store.ts';
import { newCountUpdates } from './aggregates.ts';
import { setName, stripKeys, toCustomer } from './items.ts';
import { type DynamoTable, type Item, MAX_ATTEMPTS, contended } from './table.ts';

const entryKey = ({ pk, sk }: { pk: string; sk: string }) => `${pk}\u0000${sk}`;

/**
 * The profile's name, negatives and flag under its revision guard, with a new risk epoch; then the
 * customer's entries on `days`: the stale ones deleted, the wanted ones put with the epoch. An
 * entry the stream aggregator puts later from a commit made before the epoch is taken back by
 * the aggregator itself (putAtRisk), so a lagging stream cannot bring a stale entry back.
 */
export async function reviseDerived(table: DynamoTable, customerId: string, days: string[], derive: (current: Customer) => Promise<DerivedProfile>) {
  for (let attempt = 1; ; attempt += 1) {
    if (attempt > 1) await backoff(attempt);
    const current = await table.getCustomerItem(customerId);
    if (!current) return;
    const state = await derive(toCustomer(current));
    const epoch = ((current.riskEpoch as number | undefined) ?? 0) + 1;
    const profile = new ExpressionBuilder()
      .set('riskEpoch', epoch)
      .add('rev', 1)
      .when((n, v) => `${n('rev')} = ${v(current.rev)}`);
    setName(profile, state);
    if (state.seen) profile.set('firstSeen', state.seen.firstSeen).set('lastSeen', state.seen.lastSeen);
    const moved = newCountMoved(toCustomer(current), state.earliestDay);
    if (Object.keys(moved).length) profile.set('newOnDay', state.earliestDay);
    if (state.negativeDays) profile.set('negativeDays', state.negativeDays);
    else profile.remove('negativeDays');
    if (state.firstPositive) profile.set('firstPositive', state.firstPositive);
    else profile.remove('firstPositive');
    if (state.atRisk) profile.set('atRisk', profileFlag(state.atRisk)).set('atRiskKey', keys.atRisk(state.atRisk.day, state.atRisk.negativesLastWeek, customerId));
    else profile.remove('atRisk').remove('atRiskKey');
    if (!(await updateProfileGuarded(table, customerId, profile, moved))) {
      if (attempt >= MAX_ATTEMPTS) throw contended(`profile of ${customerId}: the customer kept changing`, attempt);
      continue;
    }
    const wanted = new Map(state.entries.filter((entry) => days.includes(entry.day)).map((entry) => [entryKey(keys.atRisk(entry.day, entry.negativesLastWeek, customerId)), entry]));
    const stale: Item[] = [];
    for (const day of days) {
      const entries = await table.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.atRiskPartition(day) } });
      for (const entry of entries) if (entry.customerId === customerId && !wanted.has(entryKey(entry as Item & { pk: string; sk: string }))) stale.push({ pk: entry.pk, sk: entry.sk });
    }
    await table.batchDelete(stale);
    await table.batchWrite([...wanted.values()].map((entry) => ({ PutRequest: { Item: { ...keys.atRisk(entry.day, entry.negativesLastWeek, customerId), ...entry, riskEpoch: epoch } } })));
    return;
  }
}

/** Runs a transaction; undefined on success, else the index of the item whose condition failed. */
/**
 * The profile's revision-guarded update; with a new-customer count that moves, one transaction
 * with the days' counters (a retry would otherwise move it twice). False when the guard failed.
 */
async function updateProfileGuarded(table: DynamoTable, customerId: string, profile: ExpressionBuilder, newCount: NewCountChange): Promise<boolean> {
  const update = { TableName: table.name, Key: keys.customer(customerId), ...profile.build() };
  if (Object.keys(newCount).length) return (await table.transact([{ Update: update as never }, ...newCountUpdates(table, newCount, customerId)])) === undefined;
  try {
    await table.doc.send(new UpdateCommand(update as never));
    return true;
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    return false;
  }
}

/**
 * Each entry put unless there (a lower count of its day stays beside it, listed after it), with
 * the risk epoch read before `derive`: putAtRisk takes it back if an undo's revision came since.
 * The profile's flag moves on only to a later one, by a condition rather than the revision guard
 * (a commit meanwhile computed its own flag from the profile and may overwrite it: in order, it is the latest).
 */
export async function raiseAtRisk(table: DynamoTable, store: Pick<DynamoStore, 'putAtRisk'>, customerId: string, derive: (current: Customer) => Promise<RaisedRisk>) {
  const current = await table.getCustomerItem(customerId);
  if (!current || current.mergedInto || current[ERASING_ATTRIBUTE]) return;
  const epoch = (current.riskEpoch as number | undefined) ?? 0;
  const { entries, firstPositive } = await derive(toCustomer(current));
  await Promise.all(entries.map((entry) => store.putAtRisk(entry, epoch)));
  if (firstPositive) {
    // A new revision: a commit deriving from the profile read before (it sets the first positive it saw) derives again.
    await raiseProfile(table, customerId, epoch, new ExpressionBuilder().set('firstPositive', firstPositive).add('rev', 1).when((n, v) => `(attribute_not_exists(${n('firstPositive')}) OR ${n('firstPositive')} > ${v(firstPositive)})`));
  }
  const latest = latestFlag(entries);
  if (!latest) return;
  const flag = new ExpressionBuilder()
    .set('atRisk', profileFlag(latest))
    .set('atRiskKey', keys.atRisk(latest.day, latest.negativesLastWeek, customerId))
    .when((n, v) => {
      const [flag, day, negatives] = [n('atRisk'), n('day'), n('negativesLastWeek')];
      return `(attribute_not_exists(${flag}) OR ${flag}.${day} < ${v(latest.day)} OR (${flag}.${day} = ${v(latest.day)} AND ${flag}.${negatives} < ${v(latest.negativesLastWeek)}))`;
    });
  await raiseProfile(table, customerId, epoch, flag);
}

/** Applies `change` to the profile unless it went, was merged away or erased, or an undo revised its risk since `epoch`, or `change`'s own condition fails. */
async function raiseProfile(table: DynamoTable, customerId: string, epoch: number, change: ExpressionBuilder) {
  const profile = change
    .when((n) => `attribute_exists(pk) AND attribute_not_exists(${n('mergedInto')}) AND attribute_not_exists(${n(ERASING_ATTRIBUTE)})`)
    .when((n, v) => (epoch ? `${n('riskEpoch')} = ${v(epoch)}` : `attribute_not_exists(${n('riskEpoch')})`));
  try {
    await table.doc.send(new UpdateCommand({ TableName: table.name, Key: keys.customer(customerId), ...profile.build() } as never));
  } catch (error) {
    // The profile holds a later flag or an earlier first positive, or went, or an undo revised it: each keeps what it has.
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}

/**
 * Puts a customer's at-risk entry unless it is there, or was superseded (its tombstone stays).
 * `riskEpoch` is the customer's risk epoch its commit saw.
 */
export async function putAtRisk(table: DynamoTable, entry: AtRiskEntry, riskEpoch = 0) {
  const key = keys.atRisk(entry.day, entry.negativesLastWeek, entry.customerId);
  await table.putIfAbsent({ ...key, ...entry, ...(riskEpoch ? { riskEpoch } : {}) });
  // The customer may have been erased since the item was committed, or its risk revised (an
  // undo): erasure deletes items, and a revision bumps the epoch, before they put entries
  // right, so either this read sees their write or they see this entry.
  const { Responses } = await table.doc.send(
    new BatchGetCommand({ RequestItems: { [table.name]: { Keys: [keys.feedback(entry.feedbackId), keys.customer(entry.customerId)], ConsistentRead: true, ProjectionExpression: 'pk, riskEpoch' } } }),
  );
  const found = Responses?.[table.name] ?? [];
  const item = found.find((i) => i.pk === keys.feedback(entry.feedbackId).pk);
  const profile = found.find((i) => i.pk === keys.customer(entry.customerId).pk);
  if (!item) await table.doc.send(new DeleteCommand({ TableName: table.name, Key: key }));
  else if (((profile?.riskEpoch as number | undefined) ?? 0) > riskEpoch) await deleteIfEpoch(table, key, riskEpoch);
}

/** Takes a stale entry back, unless a revision has put the same key since (with its own epoch). */
async function deleteIfEpoch(table: DynamoTable, key: { pk: string; sk: string }, riskEpoch: number) {
  const condition = riskEpoch ? { ConditionExpression: 'riskEpoch = :e', ExpressionAttributeValues: { ':e': riskEpoch } } : { ConditionExpression: 'attribute_not_exists(riskEpoch)' };
  try {
    await table.doc.send(new DeleteCommand({ TableName: table.name, Key: key, ...condition }));
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}

/**
 * Replaces an at-risk entry by a tombstone, so that a put of it arriving later (stream records
 * of one customer's items can come through different shards, in any order) finds it and stops.
 */
export async function supersedeAtRisk(table: DynamoTable, key: { pk: string; sk: string }, customerId: string) {
  await table.doc.send(new PutCommand({ TableName: table.name, Item: { ...key, customerId, superseded: true } }));
}

export async function listAtRisk(table: DynamoTable, days: string[], limit: number) {
  const entries: AtRiskEntry[] = [];
  for (const day of days) {
    // Most negatives first, one entry a customer: parallel commits of one customer's messages
    // each supersede only the entry they read, so an intermediate count can stay live beside
    // the latest (the highest: a day's negatives only grow) and must not take another's place.
    const found = new Map<string, AtRiskEntry>();
    let ExclusiveStartKey: Item | undefined;
    do {
      // Limit applies before the filter: read on until `limit` customers or the end of the day.
      const page = await table.doc.send(
        new QueryCommand({ TableName: table.name, KeyConditionExpression: 'pk = :p', FilterExpression: 'attribute_not_exists(superseded)', ExpressionAttributeValues: { ':p': keys.atRiskPartition(day) }, Limit: limit, ExclusiveStartKey }),
      );
      for (const item of page.Items ?? []) {
        const entry = stripKeys(item) as unknown as AtRiskEntry;
        if (!found.has(entry.customerId)) found.set(entry.customerId, entry);
      }
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey && found.size < limit);
    entries.push(...[...found.values()].slice(0, limit));
  }
  return entries;
}
