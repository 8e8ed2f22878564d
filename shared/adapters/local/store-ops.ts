import type { Classification } from '../../classify/types.ts';
import type { Counters, Customer, IdentityChange, MergeRecord, MergeSuggestion } from '../../model.ts';
import type { AtRiskEntry, DerivedProfile, DerivedState, FeedbackCommit, FeedbackMove, StatusChange, SuggestionDecision, SuggestionReopening, UndoRequest } from '../../ports.ts';
import type { ClaimRedaction, ErasureRecord, ProfileRedaction, SuggestionRedaction } from '../../cases/ports.ts';
import { applyDerived, applyRaisedRisk } from './store-aggregates.ts';
import { applyErase, applyLeftBehindErased } from './store-erasure.ts';
import { applyClaim, applyIdentityChange, applyNewCustomer, applyRelease, applyWithdrawnClaims } from './store-identities.ts';
import { applyBeginMerge, applyUndo } from './store-merges.ts';
import { applyFinishedMerge, applyFinishedUndo } from './store-pending-work.ts';
import type { LocalState } from './store-state.ts';
import { applyDecision, applyReopening } from './store-suggestions.ts';
import { applyClassification, applyCommit, applyRepoint } from './store-timeline.ts';
import { applyStatus } from './store-work-queue.ts';
import { clone } from './store-values.ts';

/** A change to the local store, as its journal holds it, one a line: a restart replays them, so every kind and field written once must still read. */
export type Op =
  | { op: 'identity'; identity: string; customerId: string; verified?: true }
  | { op: 'customer'; customer: Customer }
  | { op: 'commit'; commit: Omit<FeedbackCommit, 'derive'> & DerivedState }
  | { op: 'repoint'; feedbackId: string; customerId: string; mergedVia: string[]; mergeId?: string; counted?: 1 | 0 | -1; carried?: FeedbackMove['carried'] | LegacyCarried; originalCustomerId?: string }
  | { op: 'derived'; customerId: string; days: string[]; state: DerivedProfile }
  | { op: 'raiseRisk'; customerId: string; entries: AtRiskEntry[]; firstPositive?: string }
  | { op: 'classification'; feedbackId: string; classification: Classification }
  | { op: 'beginMerge'; merge: MergeRecord; accepts?: SuggestionDecision }
  | { op: 'undoMerge'; undo: UndoRequest }
  | { op: 'finishUndo'; survivorId: string; mergeId: string }
  | { op: 'eraseLeftBehind'; mergeId: string; feedbackIds: string[] }
  | { op: 'release'; identity: string; customerId: string }
  | { op: 'withdrawClaims'; identities: string[]; customerId: string }
  | { op: 'identityChange'; customerId: string; change: IdentityChange }
  | { op: 'suggest'; suggestion: MergeSuggestion }
  | { op: 'decide'; decision: SuggestionDecision }
  | { op: 'reopen'; reopening: SuggestionReopening }
  | { op: 'finishMerge'; survivorId: string; absorbedId: string }
  | { op: 'claim'; key: string; at: string }
  | { op: 'releaseClaim'; key: string }
  | { op: 'status'; change: StatusChange }
  | { op: 'erase'; customerIds: string[]; identities: string[]; feedbackIds: string[]; suggestionIds: string[]; claimsAbout?: ClaimRedaction[]; suggestionsNaming?: SuggestionRedaction[]; profilesListing?: ProfileRedaction[]; mergesListing?: MergeRecord[]; record: ErasureRecord };

/** How journals written before lastSeen became optional recorded a carried item. */
type LegacyCarried = { counts: Counters; receivedAt: string; fromLastSeen: string };

/** Makes the change in memory: as it is recorded, and again as the journal is replayed. */
export function applyOp(state: LocalState, op: Op): void {
  switch (op.op) {
    case 'identity':
      return applyClaim(state, op);
    case 'customer':
      return applyNewCustomer(state, op);
    case 'commit':
      return applyCommit(state, op.commit);
    case 'repoint':
      return applyRepoint(state, op);
    case 'beginMerge':
      return applyBeginMerge(state, op);
    case 'finishMerge':
      return applyFinishedMerge(state, op);
    case 'claim':
      state.claims.set(op.key, op.at);
      return;
    case 'releaseClaim':
      state.claims.delete(op.key);
      return;
    case 'undoMerge':
      return applyUndo(state, op.undo);
    case 'finishUndo':
      return applyFinishedUndo(state, op);
    case 'eraseLeftBehind':
      return applyLeftBehindErased(state, op);
    case 'derived':
      return applyDerived(state, op);
    case 'raiseRisk':
      return applyRaisedRisk(state, op);
    case 'classification':
      return applyClassification(state, op);
    case 'withdrawClaims':
      return applyWithdrawnClaims(state, op);
    case 'release':
      return applyRelease(state, op);
    case 'identityChange':
      return applyIdentityChange(state, op);
    case 'suggest':
      return state.indexSuggestion(clone(op.suggestion));
    case 'decide':
      return applyDecision(state, op.decision);
    case 'reopen':
      return applyReopening(state, op.reopening);
    case 'status':
      return applyStatus(state, op.change);
    case 'erase':
      return applyErase(state, op);
  }
}
