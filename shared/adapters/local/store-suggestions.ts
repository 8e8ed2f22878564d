import type { MergeSuggestion, Page } from '../../model.ts';
import { type SuggestionDecision, type SuggestionReopening, type TimelineQuery } from '../../ports.ts';
import { decodeCursor, encodeCursor, mergeFillsIn, resumeAfter } from '../timeline-keys.ts';
import type { LocalState } from './store-state.ts';
import { clone, feedbackIdOf, withoutUndefined } from './store-values.ts';

/** Suggestions that two customers are one person: listed by status and under each customer and the identity quoted, decided, reopened by an undo. */

export async function suggestMerge(state: LocalState, suggestion: MergeSuggestion) {
  if (state.suggestions.has(suggestion.suggestionId)) return state.durable(false);
  await state.record({ op: 'suggest', suggestion });
  return true;
}

export async function getMergeSuggestion(state: LocalState, suggestionId: string) {
  return state.durable(clone(state.suggestions.get(suggestionId)));
}

export async function listMergeSuggestions(state: LocalState, status: MergeSuggestion['status'], query: TimelineQuery): Promise<Page<MergeSuggestion>> {
  const before = resumeAfter(query.cursor, decodeCursor);
  const keys = state.suggestionsByStatus.get(status)?.descending(query.limit + 1, before) ?? [];
  const page = keys.slice(0, query.limit);
  const items = page.map((key) => clone(state.suggestions.get(feedbackIdOf(key)))!);
  return state.durable(keys.length > query.limit ? { items, nextCursor: encodeCursor(page.at(-1)!) } : { items });
}

export async function mergeSuggestionsOf(state: LocalState, customerId: string) {
  return state.durable(suggestionsListedUnder(state, `CUST#${customerId}`));
}

export async function mergeSuggestionsQuoting(state: LocalState, identity: string) {
  return state.durable(suggestionsListedUnder(state, `ID#${identity}`));
}

function suggestionsListedUnder(state: LocalState, key: string): MergeSuggestion[] {
  return [...(state.suggestionsByKey.get(key) ?? [])].map((id) => clone(state.suggestions.get(id))!);
}

export async function decideMergeSuggestion(state: LocalState, decision: SuggestionDecision) {
  const suggestion = state.suggestions.get(decision.suggestionId);
  if (!suggestion) return state.durable(undefined);
  if (mergeFillsIn(suggestion, decision)) {
    await state.record({ op: 'decide', decision: { ...decision, at: suggestion.decidedAt!, by: suggestion.decidedBy! } });
    return state.durable(clone(state.suggestions.get(decision.suggestionId))!);
  }
  if (suggestion.status !== 'open') return state.durable('conflict' as const);
  await state.record({ op: 'decide', decision: withoutUndefined(decision) });
  return state.durable(clone(state.suggestions.get(decision.suggestionId))!);
}

export async function reopenMergeSuggestion(state: LocalState, reopening: SuggestionReopening) {
  const suggestion = state.suggestions.get(reopening.suggestionId);
  if (suggestion?.status !== 'accepted' || suggestion.mergeId !== (reopening.closedAsOne ? undefined : reopening.mergeId)) return state.durable(undefined);
  await state.record({ op: 'reopen', reopening });
}

export function applyDecision(state: LocalState, decision: SuggestionDecision): void {
  const suggestion = state.suggestions.get(decision.suggestionId)!;
  state.suggestionsByStatus.get(suggestion.status)?.delete(`${suggestion.createdAt}#${suggestion.suggestionId}`);
  suggestion.status = decision.status;
  suggestion.decidedAt = decision.at;
  suggestion.decidedBy = decision.by;
  if (decision.mergeId) suggestion.mergeId = decision.mergeId;
  state.indexSuggestion(suggestion);
}

export function applyReopening(state: LocalState, { suggestionId, mergeId, at, by }: SuggestionReopening): void {
  const suggestion = state.suggestions.get(suggestionId)!;
  state.suggestionsByStatus.get(suggestion.status)?.delete(`${suggestion.createdAt}#${suggestion.suggestionId}`);
  suggestion.status = 'open';
  delete suggestion.decidedAt;
  delete suggestion.decidedBy;
  delete suggestion.mergeId;
  Object.assign(suggestion, { undoneAt: at, undoneBy: by, undoneMergeId: mergeId });
  state.indexSuggestion(suggestion);
}
