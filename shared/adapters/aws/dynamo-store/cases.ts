/** An item's case: the work queue, status changes and an undo's revision of its classification. */
import { isDeepStrictEqual } from 'node:util';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Counters, FeedbackRecord, Page } from '../../../model.ts';
import type { ClassificationRevision, StatusChange } from '../../../ports.ts';
import { timelineKey } from '../../../timeline/timeline-key.ts';
import { queueEntries, readQueuePage, type QueueEntryRead, type QueueSegment, type WorkQueueQuery } from '../../../cases/work-queue.ts';
import { COUNTER } from '../../../timeline/counters.ts';
import { caseRevision, withCaseEvent } from '../../../timeline/status.ts';
import { canonical } from '../../../identity/merges.ts';
import { aggregateShard, keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { toRecord } from '../feedback-item.ts';
import { backoff } from '../../../backoff.ts';
import type { DynamoStore } from '../dynamo-store.ts';
import { addCounters, toQueueItem } from './items.ts';
import { type DynamoTable, type Item, MAX_ATTEMPTS, TRANSACTION_CONFLICT, type TransactItem, contended } from './table.ts';
import { getFeedback, getFeedbackNow } from './timeline.ts';

export async function listWorkQueue(table: DynamoTable, query: WorkQueueQuery): Promise<Page<FeedbackRecord>> {
  const doc = table.doc;
  const TableName = table.name;
  async function* walk(segment: QueueSegment, below: string | undefined, pageSize: number) {
    const values: Item = { ':p': segment.partition };
    let range = '';
    if (below !== undefined && segment.lowest !== undefined) {
      // BETWEEN is inclusive; the upper bound itself (a cursor or `<to>#~`) is skipped below.
      range = ' AND sk BETWEEN :lo AND :hi';
      Object.assign(values, { ':lo': segment.lowest, ':hi': below });
    } else if (below !== undefined) {
      range = ' AND sk < :hi';
      values[':hi'] = below;
    } else if (segment.lowest !== undefined) {
      range = ' AND sk >= :lo';
      values[':lo'] = segment.lowest;
    }
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await doc.send(new QueryCommand({ TableName, KeyConditionExpression: `pk = :p${range}`, ExpressionAttributeValues: values, ScanIndexForward: false, Limit: pageSize, ExclusiveStartKey }));
      for (const { pk: _, sk, ...entry } of (page.Items ?? []) as (QueueEntryRead & { pk: string; sk: string })[]) {
        if (sk !== below) yield { ...entry, sortKey: sk };
      }
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
  }
  return readQueuePage(query, walk, (ids) => table.getFeedbackBatch(ids));
}

export async function changeStatus(table: DynamoTable, store: Pick<DynamoStore, 'getFeedbackNow' | 'getFeedback' | 'getCustomer'>, change: StatusChange) {
  // Consistent: a replica's older copy would fail the guards below on every retry.
  const [current] = await store.getFeedbackNow([change.feedbackId]);
  if (!current) return undefined;
  if (caseRevision(current) !== change.revision) return 'conflict' as const;
  const item = new ExpressionBuilder().set('status', change.to);
  if (change.to !== change.from && (change.to === 'acknowledged' || change.to === 'resolved')) item.set(`${change.to}At`, change.at);
  if (change.assignee) item.set('assignee', change.assignee);
  if (current.classification.urgent) item.set('gsi3pk', keys.urgentPartition(change.to));
  const kept = withCaseEvent(current, change.event);
  item.set('history', kept.history!);
  if (kept.olderCaseChanges) item.set('olderCaseChanges', kept.olderCaseChanges);
  const built = item
    .when((n, v) => `attribute_exists(${n('pk')}) AND ${n('status')} = ${v(change.from)}`)
    // The urgent index key and queue entries below follow the urgency read; an undo revising it
    // meanwhile (reviseClassification) makes this a conflict, decided again on the item as it is.
    .when((n, v) => `(attribute_not_exists(${n('classification')}) OR ${n('classification')}.${n('urgent')} = ${v(current.classification.urgent)})`)
    // The whole history is set from the one read: guarded on exactly that one (its kept length and older count).
    .when((n, v) => (current.history?.length ? `size(${n('history')}) = ${v(current.history.length)}` : `attribute_not_exists(${n('history')})`))
    .when((n, v) => (current.olderCaseChanges ? `${n('olderCaseChanges')}.${n('count')} = ${v(current.olderCaseChanges.count)}` : `attribute_not_exists(${n('olderCaseChanges')})`))
    .build();
  const removeAssignee = change.assignee === '' ? ' REMOVE assignee' : '';
  const update = { ...built, UpdateExpression: built.UpdateExpression! + removeAssignee };
  const after = { ...current, status: change.to };
  const items: TransactItem[] = [{ Update: { TableName: table.name, Key: keys.feedback(change.feedbackId), ...update } as never }, ...queueEntryWrites(table, current, after)];
  if (Object.keys(change.aggregateDeltas).length) {
    items.push({ Update: { TableName: table.name, Key: keys.aggregate(change.day, aggregateShard(change.feedbackId)), ...addCounters(new ExpressionBuilder(), change.aggregateDeltas).build() } as never });
  }
  const counting = items.length;
  // A transaction conflict (another writer on the day's counters) is not a status conflict: retry it.
  for (let attempt = 1; ; attempt += 1) {
    if (Object.keys(change.customerDeltas).length) items[counting] = await countingCustomerUpdate(table, store, current.customerId, change.customerDeltas);
    const failed = await table.transact(items);
    if (failed === undefined) return store.getFeedback(change.feedbackId);
    // The customer counted on was merged into another meanwhile: count on that one.
    if (failed === counting && attempt < MAX_ATTEMPTS) continue;
    if (failed !== TRANSACTION_CONFLICT) return 'conflict' as const;
    if (attempt >= MAX_ATTEMPTS) throw contended(`status of ${change.feedbackId}: other writers kept conflicting`, attempt);
    await backoff(attempt + 1);
  }
}

/** The item's work-queue entries moved from what `before` lists to what `after` does: the ones that go deleted, all of `after`'s put. */
function queueEntryWrites(table: DynamoTable, before: FeedbackRecord, after: FeedbackRecord): TransactItem[] {
  const newEntries = queueEntries(after);
  const newKeys = new Set(newEntries.map((e) => `${e.partition}\u0000${e.sortKey}`));
  return [
    ...queueEntries(before)
      .filter((e) => !newKeys.has(`${e.partition}\u0000${e.sortKey}`))
      .map((e) => ({ Delete: { TableName: table.name, Key: { pk: e.partition, sk: e.sortKey } } })),
    ...newEntries.map((entry) => ({ Put: { TableName: table.name, Item: toQueueItem(entry) } })),
  ];
}

/**
 * The counts an item's case change moves, on the customer standing for the item's customer: a
 * merge's atomic step gave the survivor the absorbed customer's counts before its items move, so
 * an item not moved yet counts on the survivor. Guarded on that customer not being merged since.
 */
async function countingCustomerUpdate(table: DynamoTable, store: Pick<DynamoStore, 'getCustomer'>, customerId: string, deltas: Counters): Promise<TransactItem> {
  const standing = (await canonical(store, customerId))?.customerId ?? customerId;
  const update = addCounters(new ExpressionBuilder().add('rev', 1), deltas).when((n) => `attribute_exists(${n('pk')}) AND attribute_not_exists(${n('mergedInto')})`);
  return { Update: { TableName: table.name, Key: keys.customer(standing), ...update.build() } as never };
}

/**
 * The revised classification is a plain attribute that reads over the body's (toRecord), kept
 * only on the rare item an undo revised. Guarded on what was read (the status, for the urgent
 * index key, and the classification, so two revisions racing count the day's `urgent` once).
 */
export async function reviseClassification(table: DynamoTable, { feedbackId, from, to }: ClassificationRevision) {
  const stored = await table.reads.get(keys.feedback(feedbackId), { consistent: true });
  if (!stored) return 'gone' as const;
  const current = toRecord(stored);
  if (!isDeepStrictEqual(current.classification, from)) return 'changed' as const;
  const revised = { ...current, classification: to };
  const sortKey = timelineKey(current.receivedAt, feedbackId);
  const item = new ExpressionBuilder()
    .set('classification', to)
    .when((n, v) => `${n('status')} = ${v(current.status)}`)
    .when((n, v) => {
      if (stored.classification === undefined) return `attribute_not_exists(${n('classification')})`;
      const reason = `${n('classification')}.${n('urgentReason')}`;
      const sameReason = from.urgentReason === undefined ? `attribute_not_exists(${reason})` : `${reason} = ${v(from.urgentReason)}`;
      return `${n('classification')}.${n('urgent')} = ${v(from.urgent)} AND ${sameReason}`;
    });
  if (to.urgent) item.set('gsi3pk', keys.urgentPartition(current.status)).set('gsi3sk', sortKey);
  else item.remove('gsi3pk').remove('gsi3sk');
  const items: TransactItem[] = [{ Update: { TableName: table.name, Key: keys.feedback(feedbackId), ...item.build() } as never }, ...queueEntryWrites(table, current, revised)];
  // The item's stream record counted it on its day at the commit; a revision is not an INSERT, so it corrects the day itself.
  const urgentChange = Number(to.urgent) - Number(from.urgent);
  if (urgentChange) {
    const correction = addCounters(new ExpressionBuilder(), { [COUNTER.urgent]: urgentChange }).build();
    items.push({ Update: { TableName: table.name, Key: keys.aggregate(current.day, aggregateShard(feedbackId)), ...correction } as never });
  }
  return (await table.transact(items)) === undefined ? ('revised' as const) : ('changed' as const);
}
