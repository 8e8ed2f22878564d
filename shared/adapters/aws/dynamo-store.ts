import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Customer, FeedbackRecord, FeedbackStatus, MergeSuggestion, Page } from '../../model.ts';
import type { AtRiskEntry, RaisedRisk, FeedbackCommit, MergeRequest, ReceivedRange, FeedbackMove, IdentityStore, IdentityChangeRequest, AddIdentityOutcome, RemoveIdentityOutcome, DerivedProfile, ClassificationRevision, SuggestionDecision, SuggestionReopening, UndoOutcome, UndoRequest, StatusChange, TimelineQuery, TimelineStore, WorkQueueStore, AggregateStore, PendingWorkStore } from '../../ports.ts';
import type { ErasurePlan, ErasureRecord, ErasureStore } from '../../cases/ports.ts';
import type { WorkQueueQuery } from '../../cases/work-queue.ts';
import { REQUEST_TIMEOUTS } from './request-timeouts.ts';
import { DynamoTable } from './dynamo-store/table.ts';
import * as identities from './dynamo-store/identities.ts';
import * as timeline from './dynamo-store/timeline.ts';
import * as cases from './dynamo-store/cases.ts';
import * as merges from './dynamo-store/merges.ts';
import * as undo from './dynamo-store/undo.ts';
import * as pendingWork from './dynamo-store/pending-work.ts';
import * as suggestions from './dynamo-store/suggestions.ts';
import * as risk from './dynamo-store/risk.ts';
import * as aggregates from './dynamo-store/aggregates.ts';
import * as erasure from './dynamo-store/erasure.ts';
import type { DayContribution } from './dynamo-store/aggregates.ts';

export type { DayContribution } from './dynamo-store/aggregates.ts';

/**
 * The Store on one DynamoDB table. Every request-path read is a GetItem, BatchGetItem or Query
 * (never a Scan); every multi-item change is one transaction, with optimistic concurrency on
 * the customer profile so concurrent Lambdas never lose an update.
 *
 * Each concern's reads and writes are in its own module under dynamo-store/, on the table they
 * share (dynamo-store/table.ts); this class is what the functions, tests and tools construct.
 * Where one of its calls makes another of its calls, it goes through `this`, as it did when they
 * were one class: an object made from this one that replaces a call sees it made from within too.
 */
export class DynamoStore implements IdentityStore, TimelineStore, WorkQueueStore, AggregateStore, PendingWorkStore, ErasureStore {
  private readonly table: DynamoTable;

  constructor(tableName: string, client: DynamoDBClient = new DynamoDBClient(REQUEST_TIMEOUTS)) {
    this.table = new DynamoTable(tableName, client);
  }

  getIdentityOwner(identity: string) {
    return this.table.getIdentityOwner(identity);
  }

  getCustomer(customerId: string) {
    return this.table.getCustomer(customerId);
  }

  listMerges(customerId: string) {
    return this.table.listMerges(customerId);
  }

  claimIdentity(identity: string, customerId: string, verified?: boolean) {
    return identities.claimIdentity(this.table, this, identity, customerId, verified);
  }

  withdrawClaims(claimed: string[], erasedCustomerId: string) {
    return identities.withdrawClaims(this.table, claimed, erasedCustomerId);
  }

  pointIdentity(identity: string, customerId: string, verified?: boolean) {
    return identities.pointIdentity(this.table, identity, customerId, verified);
  }

  isClaimedVerified(identity: string, customerId: string) {
    return identities.isClaimedVerified(this.table, identity, customerId);
  }

  addIdentity(request: IdentityChangeRequest): Promise<AddIdentityOutcome> {
    return identities.addIdentity(this.table, this, request);
  }

  removeIdentity(request: IdentityChangeRequest): Promise<RemoveIdentityOutcome> {
    return identities.removeIdentity(this.table, this, request);
  }

  releaseIdentity(identity: string, customerId: string) {
    return identities.releaseIdentity(this.table, identity, customerId);
  }

  formerHoldersOf(identity: string) {
    return identities.formerHoldersOf(this.table, identity);
  }

  createCustomer(customer: Customer) {
    return timeline.createCustomer(this.table, customer);
  }

  commitFeedback(commit: FeedbackCommit) {
    return timeline.commitFeedback(this.table, commit);
  }

  getFeedback(feedbackId: string) {
    return timeline.getFeedback(this.table, feedbackId);
  }

  isKnownFeedback(feedbackId: string) {
    return timeline.isKnownFeedback(this.table, feedbackId);
  }

  getFeedbackNow(feedbackIds: readonly string[]) {
    return timeline.getFeedbackNow(this.table, feedbackIds);
  }

  listTimeline(customerId: string, query: TimelineQuery): Promise<Page<FeedbackRecord>> {
    return timeline.listTimeline(this.table, customerId, query);
  }

  moveFeedback(move: FeedbackMove) {
    return timeline.moveFeedback(this.table, move);
  }

  listWorkQueue(query: WorkQueueQuery): Promise<Page<FeedbackRecord>> {
    return cases.listWorkQueue(this.table, query);
  }

  changeStatus(change: StatusChange) {
    return cases.changeStatus(this.table, this, change);
  }

  reviseClassification(revision: ClassificationRevision) {
    return cases.reviseClassification(this.table, revision);
  }

  beginMerge(request: MergeRequest, acceptsSuggestion?: string) {
    return merges.beginMerge(this.table, this, request, acceptsSuggestion);
  }

  finishMerge(survivorId: string, absorbedId: string) {
    return merges.finishMerge(this.table, survivorId, absorbedId);
  }

  finishUndo(survivorId: string, mergeId: string) {
    return merges.finishUndo(this.table, survivorId, mergeId);
  }

  getMerge(mergeId: string) {
    return merges.getMerge(this.table, mergeId);
  }

  undoMerge(request: UndoRequest): Promise<UndoOutcome> {
    return undo.undoMerge(this.table, this, request);
  }

  customersWithPendingWork(query: { limit: number; cursor?: string }): Promise<Page<Customer>> {
    return pendingWork.customersWithPendingWork(this.table, query);
  }

  putPendingWorkListings(): Promise<number> {
    return pendingWork.putPendingWorkListings(this.table);
  }

  suggestMerge(suggestion: MergeSuggestion) {
    return suggestions.suggestMerge(this.table, suggestion);
  }

  getMergeSuggestion(suggestionId: string) {
    return suggestions.getMergeSuggestion(this.table, suggestionId);
  }

  listMergeSuggestions(status: MergeSuggestion['status'], query: TimelineQuery): Promise<Page<MergeSuggestion>> {
    return suggestions.listMergeSuggestions(this.table, status, query);
  }

  putSuggestionListings(): Promise<number> {
    return suggestions.putSuggestionListings(this.table, this);
  }

  mergeSuggestionsOf(customerId: string) {
    return suggestions.mergeSuggestionsOf(this.table, customerId);
  }

  mergeSuggestionsQuoting(identity: string) {
    return suggestions.mergeSuggestionsQuoting(this.table, identity);
  }

  decideMergeSuggestion(decision: SuggestionDecision) {
    return suggestions.decideMergeSuggestion(this.table, this, decision);
  }

  reopenMergeSuggestion(reopening: SuggestionReopening) {
    return suggestions.reopenMergeSuggestion(this.table, reopening);
  }

  reviseDerived(customerId: string, days: string[], derive: (current: Customer) => Promise<DerivedProfile>) {
    return risk.reviseDerived(this.table, customerId, days, derive);
  }

  raiseAtRisk(customerId: string, derive: (current: Customer) => Promise<RaisedRisk>) {
    return risk.raiseAtRisk(this.table, this, customerId, derive);
  }

  putAtRisk(entry: AtRiskEntry, riskEpoch?: number) {
    return risk.putAtRisk(this.table, entry, riskEpoch);
  }

  supersedeAtRisk(key: { pk: string; sk: string }, customerId: string) {
    return risk.supersedeAtRisk(this.table, key, customerId);
  }

  listAtRisk(days: string[], limit: number) {
    return risk.listAtRisk(this.table, days, limit);
  }

  getDailyCounters(days: string[]) {
    return aggregates.getDailyCounters(this.table, days);
  }

  addStreamContributions(day: string, streamShardId: string, contributions: DayContribution[]) {
    return aggregates.addStreamContributions(this.table, day, streamShardId, contributions);
  }

  listByComplaintType(type: string, days: string[], limit: number) {
    return aggregates.listByComplaintType(this.table, type, days, limit);
  }

  listUrgent(status: FeedbackStatus, received: ReceivedRange, limit: number, order?: 'newest' | 'oldest') {
    return aggregates.listUrgent(this.table, status, received, limit, order);
  }

  claimOnce(key: string, at: string) {
    return aggregates.claimOnce(this.table, key, at);
  }

  releaseClaim(key: string) {
    return aggregates.releaseClaim(this.table, key);
  }

  erase(plan: ErasurePlan) {
    return erasure.erase(this.table, this, plan);
  }

  eraseLeftBehind(mergeId: string, items: FeedbackRecord[]) {
    return erasure.eraseLeftBehind(this.table, mergeId, items);
  }

  /** None is ever unfinished without its person: the profiles go last (see erase), so a repeated request finds the person and resumes there. */
  async finishErasureOf(): Promise<ErasureRecord | undefined> {
    return undefined;
  }

  listErasures(query: { limit: number; cursor?: string }): Promise<Page<ErasureRecord>> {
    return erasure.listErasures(this.table, query);
  }
}
