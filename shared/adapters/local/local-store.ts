import type { Customer, FeedbackRecord, FeedbackStatus, MergeSuggestion } from '../../model.ts';
import type { AggregateStore, ClassificationRevision, DerivedProfile, FeedbackCommit, FeedbackMove, IdentityChangeRequest, IdentityStore, MergeRequest, PendingWorkStore, RaisedRisk, ReceivedRange, StatusChange, SuggestionDecision, SuggestionReopening, TimelineQuery, TimelineStore, UndoRequest, WorkQueueStore } from '../../ports.ts';
import type { ErasurePlan, ErasureStore } from '../../cases/ports.ts';
import type { WorkQueueQuery } from '../../cases/work-queue.ts';
import * as aggregates from './store-aggregates.ts';
import * as erasure from './store-erasure.ts';
import * as identities from './store-identities.ts';
import * as merges from './store-merges.ts';
import * as pendingWork from './store-pending-work.ts';
import { LocalState } from './store-state.ts';
import * as suggestions from './store-suggestions.ts';
import * as timeline from './store-timeline.ts';
import * as workQueue from './store-work-queue.ts';

/**
 * The embedded Store for local mode: everything in memory, every change journaled to DATA_DIR.
 * It keeps the same rules as the DynamoDB adapter (the contract suite runs against both).
 *
 * The state and how a change is applied and journaled are in store-state.ts and store-ops.ts;
 * each concern's reads and writes in its own store-*.ts module, which the methods here call.
 */
export class LocalStore implements IdentityStore, TimelineStore, WorkQueueStore, AggregateStore, PendingWorkStore, ErasureStore {
  private readonly state: LocalState;

  /**
   * With a directory the store persists there; without one it lives only in memory. A read-only
   * store is a snapshot of what the directory's owner had written when it was opened. `copiesIn`
   * are the journals beside the store's that hold copies of what it keeps (the queue's messages):
   * an erasure rewrites them too.
   */
  constructor(directory?: string, { readOnly = false, copiesIn = [] }: { readOnly?: boolean; copiesIn?: readonly { compact(): void }[] } = {}) {
    this.state = new LocalState(directory, readOnly, copiesIn);
    if (directory && !readOnly) erasure.finishErasuresOnStart(this.state);
  }

  // Identities and customers (IdentityStore).

  getIdentityOwner(identity: string) {
    return identities.getIdentityOwner(this.state, identity);
  }

  claimIdentity(identity: string, customerId: string, verified?: boolean) {
    return identities.claimIdentity(this.state, identity, customerId, verified);
  }

  withdrawClaims(identityList: string[], erasedCustomerId: string) {
    return identities.withdrawClaims(this.state, identityList, erasedCustomerId);
  }

  pointIdentity(identity: string, customerId: string, verified?: boolean) {
    return identities.pointIdentity(this.state, identity, customerId, verified);
  }

  isClaimedVerified(identity: string, customerId: string) {
    return identities.isClaimedVerified(this.state, identity, customerId);
  }

  getCustomer(customerId: string) {
    return identities.getCustomer(this.state, customerId);
  }

  createCustomer(customer: Customer) {
    return identities.createCustomer(this.state, customer);
  }

  addIdentity(request: IdentityChangeRequest) {
    return identities.addIdentity(this.state, request);
  }

  removeIdentity(request: IdentityChangeRequest) {
    return identities.removeIdentity(this.state, request);
  }

  releaseIdentity(identity: string, customerId: string) {
    return identities.releaseIdentity(this.state, identity, customerId);
  }

  formerHoldersOf(identity: string) {
    return identities.formerHoldersOf(this.state, identity);
  }

  // Merges and their undos (IdentityStore).

  beginMerge(request: MergeRequest, acceptsSuggestion?: string) {
    return merges.beginMerge(this.state, request, acceptsSuggestion);
  }

  getMerge(mergeId: string) {
    return merges.getMerge(this.state, mergeId);
  }

  listMerges(customerId: string) {
    return merges.listMerges(this.state, customerId);
  }

  undoMerge(undo: UndoRequest) {
    return merges.undoMerge(this.state, undo);
  }

  // Merge suggestions (IdentityStore).

  suggestMerge(suggestion: MergeSuggestion) {
    return suggestions.suggestMerge(this.state, suggestion);
  }

  getMergeSuggestion(suggestionId: string) {
    return suggestions.getMergeSuggestion(this.state, suggestionId);
  }

  listMergeSuggestions(status: MergeSuggestion['status'], query: TimelineQuery) {
    return suggestions.listMergeSuggestions(this.state, status, query);
  }

  mergeSuggestionsOf(customerId: string) {
    return suggestions.mergeSuggestionsOf(this.state, customerId);
  }

  mergeSuggestionsQuoting(identity: string) {
    return suggestions.mergeSuggestionsQuoting(this.state, identity);
  }

  decideMergeSuggestion(decision: SuggestionDecision) {
    return suggestions.decideMergeSuggestion(this.state, decision);
  }

  reopenMergeSuggestion(reopening: SuggestionReopening) {
    return suggestions.reopenMergeSuggestion(this.state, reopening);
  }

  // What a merge or undo leaves to finish (IdentityStore, PendingWorkStore).

  finishMerge(survivorId: string, absorbedId: string) {
    return pendingWork.finishMerge(this.state, survivorId, absorbedId);
  }

  finishUndo(survivorId: string, mergeId: string) {
    return pendingWork.finishUndo(this.state, survivorId, mergeId);
  }

  customersWithPendingWork(query: { limit: number; cursor?: string }) {
    return pendingWork.customersWithPendingWork(this.state, query);
  }

  // Timelines (TimelineStore).

  commitFeedback(commit: FeedbackCommit) {
    return timeline.commitFeedback(this.state, commit);
  }

  getFeedback(feedbackId: string) {
    return timeline.getFeedback(this.state, feedbackId);
  }

  isKnownFeedback(feedbackId: string) {
    return timeline.isKnownFeedback(this.state, feedbackId);
  }

  getFeedbackNow(feedbackIds: readonly string[]) {
    return timeline.getFeedbackNow(this.state, feedbackIds);
  }

  listTimeline(customerId: string, query: TimelineQuery) {
    return timeline.listTimeline(this.state, customerId, query);
  }

  moveFeedback(move: FeedbackMove) {
    return timeline.moveFeedback(this.state, move);
  }

  reviseClassification(revision: ClassificationRevision) {
    return timeline.reviseClassification(this.state, revision);
  }

  // Cases (WorkQueueStore).

  changeStatus(change: StatusChange) {
    return workQueue.changeStatus(this.state, change);
  }

  listWorkQueue(query: WorkQueueQuery) {
    return workQueue.listWorkQueue(this.state, query);
  }

  // Derived profiles, counters and the digests' lists (IdentityStore, AggregateStore).

  reviseDerived(customerId: string, days: string[], derive: (current: Customer) => Promise<DerivedProfile>) {
    return aggregates.reviseDerived(this.state, customerId, days, derive);
  }

  raiseAtRisk(customerId: string, derive: (current: Customer) => Promise<RaisedRisk>) {
    return aggregates.raiseAtRisk(this.state, customerId, derive);
  }

  getDailyCounters(days: string[]) {
    return aggregates.getDailyCounters(this.state, days);
  }

  listByComplaintType(type: string, days: string[], limit: number) {
    return aggregates.listByComplaintType(this.state, type, days, limit);
  }

  listUrgent(status: FeedbackStatus, received: ReceivedRange, limit: number, order?: 'newest' | 'oldest') {
    return aggregates.listUrgent(this.state, status, received, limit, order);
  }

  listAtRisk(days: string[], limit: number) {
    return aggregates.listAtRisk(this.state, days, limit);
  }

  claimOnce(key: string, at: string) {
    return aggregates.claimOnce(this.state, key, at);
  }

  releaseClaim(key: string) {
    return aggregates.releaseClaim(this.state, key);
  }

  // Erasure (ErasureStore, and the items an undo leaves behind: IdentityStore).

  erase(plan: ErasurePlan) {
    return erasure.erase(this.state, plan);
  }

  finishErasureOf(customerId: string) {
    return erasure.finishErasureOf(this.state, customerId);
  }

  listErasures(query: { limit: number; cursor?: string }) {
    return erasure.listErasures(this.state, query);
  }

  eraseLeftBehind(mergeId: string, items: FeedbackRecord[]) {
    return erasure.eraseLeftBehind(this.state, mergeId, items);
  }
}
