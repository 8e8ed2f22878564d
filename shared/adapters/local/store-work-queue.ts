import type { Customer, FeedbackRecord, Page } from '../../model.ts';
import type { StatusChange } from '../../ports.ts';
import { queueAttributes, readQueuePage, type QueueSegment, type WorkQueueQuery } from '../../cases/work-queue.ts';
import { caseRevision, withCaseEvent } from '../../timeline/status.ts';
import type { LocalState } from './store-state.ts';
import { addCounters, clone, feedbackIdOf } from './store-values.ts';

/** Cases: the queue of items to work on, and the status changes that move an item through it. */

export async function listWorkQueue(state: LocalState, query: WorkQueueQuery): Promise<Page<FeedbackRecord>> {
  const feedback = state.feedback;
  const index = state.workQueue;
  async function* walk(segment: QueueSegment, below: string | undefined) {
    for (const sortKey of index.get(segment.partition)?.walkDescending(below) ?? []) {
      if (segment.lowest !== undefined && sortKey < segment.lowest) return;
      yield { ...queueAttributes(feedback.get(feedbackIdOf(sortKey))!), sortKey };
    }
  }
  return state.durable(await readQueuePage(query, walk, async (ids) => ids.map((id) => clone(state.feedback.get(id)!))));
}

export async function changeStatus(state: LocalState, change: StatusChange) {
  const record = state.feedback.get(change.feedbackId);
  if (!record) return state.durable(undefined);
  if (record.status !== change.from || caseRevision(record) !== change.revision) return state.durable('conflict' as const);
  await state.record({ op: 'status', change });
  return state.durable(clone(state.feedback.get(change.feedbackId))!);
}

export function applyStatus(state: LocalState, change: StatusChange): void {
  const record = state.feedback.get(change.feedbackId)!;
  state.unindexStatus(record);
  record.status = change.to;
  if (change.to !== change.from && change.to === 'acknowledged') record.acknowledgedAt = change.at;
  if (change.to !== change.from && change.to === 'resolved') record.resolvedAt = change.at;
  if (change.assignee === '') delete record.assignee;
  else if (change.assignee !== undefined) record.assignee = change.assignee;
  const kept = withCaseEvent(record, change.event);
  delete record.olderCaseChanges;
  Object.assign(record, kept);
  state.indexStatus(record);
  state.addDaily(change.day, change.aggregateDeltas);
  const customer = countingCustomer(state, record.customerId);
  if (customer) addCounters(customer.counts, change.customerDeltas);
}

/**
 * Whose counts an item's case counts in: a merge's atomic step gave the survivor the absorbed
 * customer's counts before its items move, so an item not moved yet counts on the survivor.
 */
function countingCustomer(state: LocalState, customerId: string): Customer | undefined {
  let customer = state.customers.get(customerId);
  while (customer?.mergedInto) customer = state.customers.get(customer.mergedInto);
  return customer;
}
