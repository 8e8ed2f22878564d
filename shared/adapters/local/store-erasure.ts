import type { FeedbackRecord, Page } from '../../model.ts';
import { StoreUnavailableError } from '../../ports.ts';
import type { ErasurePlan, ErasureRecord } from '../../cases/ports.ts';
import { decodeErasureCursor, encodeCursor, erasureKey, resumeAfter } from '../timeline-keys.ts';
import type { Op } from './store-ops.ts';
import type { LocalState } from './store-state.ts';
import { clone, feedbackIdOf } from './store-values.ts';

/** A person's erasure: taken out of memory as it is journaled, then off the disk (every journal rewritten without it). */

export async function erase(state: LocalState, { customers, identities, items, suggestions, claimsAbout, suggestionsNaming, profilesListing, mergesListing, record }: ErasurePlan) {
  const customerIds = customers.map((c) => c.customerId);
  await state.record({ op: 'erase', customerIds, identities, feedbackIds: items.map((i) => i.feedbackId), suggestionIds: suggestions.map((s) => s.suggestionId), claimsAbout, suggestionsNaming, profilesListing, mergesListing, record });
  finishErasures(state);
  return record;
}

/**
 * The customers are gone from memory as soon as the erasure is journaled, so a request repeated
 * after its compaction failed would find nobody: it finishes the erasure here instead, and
 * answers the record the first attempt made.
 */
export async function finishErasureOf(state: LocalState, customerId: string) {
  const record = await state.durable(state.unfinishedErasures.get(customerId));
  if (record) finishErasures(state);
  return clone(record);
}

/**
 * Takes what erasures removed off the disk: the journal holds every past write verbatim, so it
 * is rewritten as the state without them, the fragments set aside from it go, and so do the
 * copies in the journals beside it. The erasures stay unfinished until all of that succeeded.
 */
export function finishErasures(state: LocalState): void {
  if (state.unfinishedErasures.size === 0) return;
  for (const journal of state.copiesIn) journal.compact();
  state.journal?.forgetSetAside();
  const unfinished = state.unfinishedErasures;
  state.unfinishedErasures = new Map();
  try {
    state.journal?.compact(state.capture());
  } catch (error) {
    state.unfinishedErasures = unfinished;
    throw error;
  }
}

/** An erasure a stopped process left on disk is finished before anything else; a disk still full leaves it to the next erasure. */
export function finishErasuresOnStart(state: LocalState): void {
  try {
    finishErasures(state);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    process.emitWarning(`an erasure left unfinished is still in the journals (the next erasure or start rewrites them): ${(error as Error).message}`, 'JournalWarning');
  }
}

export async function listErasures(state: LocalState, query: { limit: number; cursor?: string }): Promise<Page<ErasureRecord>> {
  const after = resumeAfter(query.cursor, decodeErasureCursor);
  const following = state.erasures
    .map((erasure) => ({ key: erasureKey(erasure), erasure }))
    .filter(({ key }) => after === undefined || key > after)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const items = following.slice(0, query.limit).map(({ erasure }) => clone(erasure));
  return state.durable(following.length > query.limit ? { items, nextCursor: encodeCursor(erasureKey(items.at(-1)!)) } : { items });
}

export async function eraseLeftBehind(state: LocalState, mergeId: string, items: FeedbackRecord[]) {
  const feedbackIds = items.map((item) => item.feedbackId).filter((feedbackId) => state.feedback.has(feedbackId));
  if (!feedbackIds.length) return state.durable(undefined);
  await state.record({ op: 'eraseLeftBehind', mergeId, feedbackIds });
  finishErasures(state);
}

export function applyLeftBehindErased(state: LocalState, { mergeId, feedbackIds }: Extract<Op, { op: 'eraseLeftBehind' }>): void {
  for (const feedbackId of feedbackIds) state.eraseItem(feedbackId);
  // Off the disk as an erasure's items are; keyed by the merge, as its survivor stays.
  if (!state.unfinishedErasures.has(mergeId)) state.unfinishedErasures.set(mergeId, undefined);
}

export function applyErase(state: LocalState, { customerIds, identities, feedbackIds, suggestionIds, claimsAbout = [], suggestionsNaming = [], profilesListing = [], mergesListing = [], record }: Extract<Op, { op: 'erase' }>): void {
  for (const { feedbackId, identities: kept } of claimsAbout) {
    const item = state.feedback.get(feedbackId);
    if (item) item.identities = [...kept];
  }
  for (const { suggestionId, identity } of suggestionsNaming) {
    const suggestion = state.suggestions.get(suggestionId);
    if (!suggestion) continue;
    // The marker is listed under no identity: DynamoDB drops the identity's listing with it.
    state.unlistSuggestion(suggestion, [`ID#${suggestion.identity}`]);
    suggestion.identity = identity;
  }
  for (const { customerId, identities: listed, separatedFrom = [], identityChanges } of profilesListing) {
    const customer = state.customers.get(customerId);
    if (!customer) continue;
    if (identityChanges) customer.identityChanges = clone(identityChanges);
    customer.identities = customer.identities.filter((identity) => !listed.includes(identity));
    if (customer.verifiedIdentities) customer.verifiedIdentities = customer.verifiedIdentities.filter((identity) => !listed.includes(identity));
    const separations = customer.separatedFrom?.filter((id) => !separatedFrom.includes(id));
    // DynamoDB keeps no empty set: an attribute emptied is gone, here too.
    if (separations?.length) customer.separatedFrom = separations;
    else delete customer.separatedFrom;
  }
  for (const kept of mergesListing) {
    const merge = state.merges.find((m) => m.mergeId === kept.mergeId);
    if (!merge) continue;
    Object.assign(merge, { absorbedIdentities: [...kept.absorbedIdentities], absorbedVerifiedIdentities: [...kept.absorbedVerifiedIdentities] });
    if (kept.survivorIdentities) merge.survivorIdentities = [...kept.survivorIdentities];
    if (kept.broughtBack) merge.broughtBack = [...kept.broughtBack];
  }
  for (const suggestionId of suggestionIds) {
    const suggestion = state.suggestions.get(suggestionId);
    if (!suggestion) continue;
    state.suggestionsByStatus.get(suggestion.status)?.delete(`${suggestion.createdAt}#${suggestion.suggestionId}`);
    state.unlistSuggestion(suggestion);
    state.suggestions.delete(suggestionId);
  }
  const erased = new Set(customerIds);
  for (const identity of identities) {
    const heldByPerson = erased.has(state.identities.get(identity) ?? '');
    const former = (state.formerHolders.get(identity) ?? []).filter((customerId) => !heldByPerson && !erased.has(customerId));
    if (former.length) state.formerHolders.set(identity, former);
    else state.formerHolders.delete(identity);
  }
  // A message of the person that committed after the plan was read goes with it, and so does any identity it claimed.
  const planned = new Set(feedbackIds);
  const late = customerIds.flatMap((customerId) => [...(state.timelines.get(customerId)?.walkDescending(undefined) ?? [])].map(feedbackIdOf)).filter((feedbackId) => !planned.has(feedbackId));
  const lateIdentities = late.flatMap((feedbackId) => state.feedback.get(feedbackId)?.identities ?? []);
  for (const identity of [...identities, ...lateIdentities]) if (erased.has(state.identities.get(identity) ?? '')) {
    state.identities.delete(identity);
    state.verifiedClaims.delete(identity);
  }
  for (const feedbackId of [...feedbackIds, ...late]) state.eraseItem(feedbackId);
  for (const customerId of customerIds) {
    state.erasedCustomers.add(customerId);
    state.customers.delete(customerId);
    state.timelines.delete(customerId);
    for (const day of state.atRisk.values()) day.delete(customerId);
  }
  state.merges = state.merges.filter((m) => !erased.has(m.survivorId) && !erased.has(m.absorbedId));
  if (!state.erasures.some((e) => e.erasureId === record.erasureId)) state.erasures.push(clone(record));
  for (const customerId of customerIds) state.unfinishedErasures.set(customerId, clone(record));
}
