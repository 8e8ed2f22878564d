import { isDeepStrictEqual } from 'node:util';
import { itemsWithin } from '../../answer-bytes.ts';
import type { FeedbackRecord, Page } from '../../model.ts';
import { CustomerErasedError, CustomerMergedError, IdentitiesMovedError, type ClassificationRevision, type DerivedState, type FeedbackCommit, type FeedbackMove, type TimelineQuery } from '../../ports.ts';
import { encodeCursor, timelineReadsBelow, timelineReadsDownTo } from '../timeline-keys.ts';
import { timelineKey } from '../../timeline/timeline-key.ts';
import { COUNTER } from '../../timeline/counters.ts';
import { profileFlag } from '../../timeline/risk.ts';
import { nameAfterMessage } from '../../identity/display-name.ts';
import type { Op } from './store-ops.ts';
import type { LocalState } from './store-state.ts';
import type { SortedKeys } from './sorted-keys.ts';
import { addCounters, clone, feedbackIdOf, max, min, negated, profileAsRead, setName, union } from './store-values.ts';

/** Each customer's timeline: the commit of a message with what it changes on its profile and day, its reads, and its moves between customers. */

export async function commitFeedback(state: LocalState, commit: FeedbackCommit) {
  if (state.feedback.has(commit.record.feedbackId)) return state.durable('duplicate' as const);
  const customer = state.customers.get(commit.customer.customerId);
  if (!customer && state.erasedCustomers.has(commit.customer.customerId)) throw new CustomerErasedError(commit.customer.customerId);
  if (!customer) throw new Error(`customer ${commit.customer.customerId} does not exist`);
  if (customer.mergedInto) throw new CustomerMergedError(customer.customerId);
  if (commit.customer.heldIdentities?.some((identity) => !customer.identities.includes(identity))) throw new IdentitiesMovedError(customer.customerId);
  const { derive, ...fields } = commit;
  await state.record({ op: 'commit', commit: { ...fields, ...derive(profileAsRead(customer)!) } });
  return 'written' as const;
}

export async function getFeedback(state: LocalState, feedbackId: string) {
  return state.durable(clone(state.feedback.get(feedbackId)));
}

export async function isKnownFeedback(state: LocalState, feedbackId: string) {
  return state.durable(state.feedback.has(feedbackId) || state.erasedFeedback.has(feedbackId));
}

export async function getFeedbackNow(state: LocalState, feedbackIds: readonly string[]) {
  return state.durable(feedbackIds.flatMap((feedbackId) => (state.feedback.has(feedbackId) ? [clone(state.feedback.get(feedbackId)!)] : [])));
}

export async function reviseClassification(state: LocalState, { feedbackId, from, to }: ClassificationRevision) {
  const record = state.feedback.get(feedbackId);
  if (!record) return state.durable('gone' as const);
  if (!isDeepStrictEqual(record.classification, from)) return state.durable('changed' as const);
  await state.record({ op: 'classification', feedbackId, classification: to });
  return 'revised' as const;
}

export async function listTimeline(state: LocalState, customerId: string, query: TimelineQuery): Promise<Page<FeedbackRecord>> {
  return state.durable(page(state, state.timelines.get(customerId), query));
}

function page(state: LocalState, index: SortedKeys | undefined, query: TimelineQuery): Page<FeedbackRecord> {
  const before = timelineReadsBelow(query);
  const keys = index?.descending(query.limit + 1, before, timelineReadsDownTo(query)) ?? [];
  const listed = keys.slice(0, query.limit);
  const fitting = itemsWithin(listed.map((key) => state.feedback.get(feedbackIdOf(key))), query.maxBytes ?? Number.POSITIVE_INFINITY);
  const page = listed.slice(0, fitting);
  const items = page.map((key) => clone(state.feedback.get(feedbackIdOf(key)))!);
  return keys.length > page.length ? { items, nextCursor: encodeCursor(page.at(-1)!) } : { items };
}

export async function moveFeedback(state: LocalState, { feedbackId, from, to, mergedVia, mergeId, counted, carried, originalCustomerId }: FeedbackMove) {
  if (state.feedback.get(feedbackId)?.customerId === from) {
    await state.record({ op: 'repoint', feedbackId, customerId: to, mergedVia, mergeId, counted, ...(carried ? { carried } : {}), ...(originalCustomerId ? { originalCustomerId } : {}) });
  } else await state.durable(undefined);
}

export function applyCommit(state: LocalState, { record, customer: patch, aggregateDeltas, negativeDays, firstPositive, atRisk, newOnDay, newCountMovedFrom }: Omit<FeedbackCommit, 'derive'> & DerivedState): void {
  const stored = clone(record)!;
  state.feedback.set(stored.feedbackId, stored);
  state.indexRecord(stored);
  const customer = state.customers.get(patch.customerId)!;
  customer.identities = union(customer.identities, patch.addIdentities);
  if (patch.addVerifiedIdentities?.length) customer.verifiedIdentities = union(customer.verifiedIdentities ?? [], patch.addVerifiedIdentities);
  customer.firstSeen = min(customer.firstSeen, patch.seenAt);
  customer.lastSeen = max(customer.lastSeen, patch.seenAt);
  const name = nameAfterMessage(customer, patch);
  if (name) setName(customer, name);
  if (newCountMovedFrom) {
    customer.newOnDay = newOnDay;
    state.addDaily(newCountMovedFrom, { [COUNTER.newCustomers]: -1 });
  } else customer.newOnDay ??= newOnDay;
  addCounters(customer.counts, patch.countDeltas);
  if (negativeDays) customer.negativeDays = { ...negativeDays };
  if (firstPositive) customer.firstPositive = firstPositive;
  state.addDaily(record.day, aggregateDeltas);
  if (atRisk) {
    customer.atRisk = profileFlag(atRisk);
    state.putAtRisk(atRisk);
  }
}

export function applyClassification(state: LocalState, { feedbackId, classification }: Extract<Op, { op: 'classification' }>): void {
  const record = state.feedback.get(feedbackId)!;
  const urgentChange = Number(classification.urgent) - Number(record.classification.urgent);
  state.unindexStatus(record);
  record.classification = clone(classification)!;
  state.indexStatus(record);
  if (urgentChange) state.addDaily(record.day, { [COUNTER.urgent]: urgentChange });
}

export function applyRepoint(state: LocalState, op: Extract<Op, { op: 'repoint' }>): void {
  const record = state.feedback.get(op.feedbackId)!;
  const key = timelineKey(record.receivedAt, record.feedbackId);
  state.timelines.get(record.customerId)?.delete(key);
  if (op.carried) {
    const lastSeen = 'receivedAt' in op.carried ? op.carried : op.carried.lastSeen;
    const from = state.customers.get(record.customerId)!;
    addCounters(from.counts, negated(op.carried.counts));
    if (lastSeen && from.lastSeen === lastSeen.receivedAt) from.lastSeen = lastSeen.fromLastSeen;
    const to = state.customers.get(op.customerId)!;
    addCounters(to.counts, op.carried.counts);
    if (lastSeen) to.lastSeen = max(to.lastSeen, lastSeen.receivedAt);
  }
  record.customerId = op.customerId;
  if (op.originalCustomerId) record.originalCustomerId = op.originalCustomerId;
  if (op.mergedVia.length) record.mergedVia = [...op.mergedVia];
  else delete record.mergedVia;
  const merge = op.mergeId === undefined ? undefined : state.merges.find((m) => m.mergeId === op.mergeId);
  if (merge) merge.movedItems = (merge.movedItems ?? 0) + (op.counted ?? 0);
  state.indexTimeline(record);
}
