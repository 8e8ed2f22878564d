import type { Customer, MergeRecord } from '../../model.ts';
import { CustomerMergedError, type MergeRequest, type UndoOutcome, type UndoRequest } from '../../ports.ts';
import { acceptedBy, lastSeenAfterUndo, mergeIdFor, verifiedWhileMerged } from '../timeline-keys.ts';
import { newCountAtMerge, newCountOfMerge, newCountOfUndo } from '../../timeline/new-customers.ts';
import { nameAfterMerge } from '../../identity/display-name.ts';
import { changesWhileMerged } from '../../identity/identity-changes.ts';
import { MAX_MERGE_CHAIN, mergeChainAfter, mergeChainAfterUndo, mergeRefusal, remembersSeparation, withIdentityChanges } from '../../identity/bounds.ts';
import type { Op } from './store-ops.ts';
import type { LocalState } from './store-state.ts';
import { applyDecision } from './store-suggestions.ts';
import { addCounters, clone, max, min, negated, setName, union, withoutUndefined } from './store-values.ts';

/** Merges of two customers and their undos: the atomic step of each (the items move after it, see store-timeline.ts). */

export async function beginMerge(state: LocalState, request: MergeRequest, acceptsSuggestion?: string) {
  const absorbed = state.customers.get(request.absorbedId);
  const survivor = state.customers.get(request.survivorId);
  if (!absorbed || !survivor) throw new Error('both customers of a merge must exist');
  if (absorbed.mergedInto) return state.durable({ status: 'already' as const });
  if (survivor.mergedInto) throw new CustomerMergedError(survivor.customerId);
  const mergeId = mergeIdFor(request.survivorId, request.absorbedId, request.mergedAt);
  const suggestion = acceptsSuggestion === undefined ? undefined : state.suggestions.get(acceptsSuggestion);
  const accepts = acceptsSuggestion === undefined ? undefined : acceptedBy(suggestion, { ...request, mergeId });
  if (acceptsSuggestion !== undefined && !accepts) return state.durable({ status: 'suggestion_decided' as const });
  // Checked with no await before the write below: no identity change comes in between.
  const holder = suggestion && identityLeadsTo(state, suggestion.identity);
  if (suggestion && holder !== request.survivorId && holder !== request.absorbedId) return state.durable({ status: 'identity_moved' as const, ...(holder ? { holder } : {}) });
  const refusal = mergeRefusal(survivor, absorbed);
  if (refusal) return state.durable(refusal);
  const merge: MergeRecord = {
    mergeId,
    ...request,
    absorbedIdentities: [...absorbed.identities].sort(),
    absorbedVerifiedIdentities: [...(absorbed.verifiedIdentities ?? [])].sort(),
    absorbedCounts: { ...absorbed.counts },
    absorbedFirstSeen: absorbed.firstSeen,
    absorbedLastSeen: absorbed.lastSeen,
    ...newCountAtMerge(survivor, absorbed),
    ...(absorbed.mergeChain ? { absorbedMergeChain: absorbed.mergeChain } : {}),
    survivorFirstSeen: survivor.firstSeen,
    survivorLastSeen: survivor.lastSeen,
    survivorIdentities: [...survivor.identities].sort(),
    ...(accepts ? { acceptedSuggestionId: accepts.suggestionId } : {}),
  };
  await state.record({ op: 'beginMerge', merge: withoutUndefined(merge), ...(accepts ? { accepts } : {}) });
  return { status: 'started' as const, mergeId: merge.mergeId };
}

/** The customer an identity's owner stands for now, following merged-into links (see IdentityStore.beginMerge); undefined when nobody holds it. */
function identityLeadsTo(state: LocalState, identity: string): string | undefined {
  const owner = state.identities.get(identity);
  let customer = owner === undefined ? undefined : state.customers.get(owner);
  for (let hop = 0; customer?.mergedInto && hop < MAX_MERGE_CHAIN; hop += 1) customer = state.customers.get(customer.mergedInto);
  return customer?.customerId;
}

export async function getMerge(state: LocalState, mergeId: string) {
  return state.durable(clone(state.merges.find((m) => m.mergeId === mergeId)));
}

export async function undoMerge(state: LocalState, undo: UndoRequest): Promise<UndoOutcome> {
  const merge = state.merges.find((m) => m.mergeId === undo.mergeId);
  if (!merge) return state.durable({ status: 'not_found' });
  if (merge.undoneAt) return state.durable({ status: 'already', merge: clone(merge) });
  const survivor = state.customers.get(merge.survivorId)!;
  if (survivor.mergedInto) return state.durable({ status: 'survivor_merged', into: survivor.mergedInto });
  await state.record({ op: 'undoMerge', undo });
  return { status: 'undone', merge: clone(merge) };
}

export async function listMerges(state: LocalState, customerId: string) {
  return state.durable(clone(state.merges.filter((m) => m.survivorId === customerId || m.absorbedId === customerId))!);
}

export function applyBeginMerge(state: LocalState, { merge, accepts }: Extract<Op, { op: 'beginMerge' }>): void {
  applyMerge(state, merge);
  if (accepts) applyDecision(state, accepts);
}

function applyMerge(state: LocalState, merge: MergeRecord): void {
  const absorbed = state.customers.get(merge.absorbedId)!;
  const survivor = state.customers.get(merge.survivorId)!;
  absorbed.mergedInto = merge.survivorId;
  survivor.identities = union(survivor.identities, merge.absorbedIdentities);
  if (merge.absorbedVerifiedIdentities.length) survivor.verifiedIdentities = union(survivor.verifiedIdentities ?? [], merge.absorbedVerifiedIdentities);
  survivor.firstSeen = min(survivor.firstSeen, merge.absorbedFirstSeen);
  survivor.lastSeen = max(survivor.lastSeen, merge.absorbedLastSeen);
  addCounters(survivor.counts, merge.absorbedCounts);
  survivor.pendingMerges = union(survivor.pendingMerges ?? [], [merge.absorbedId]);
  survivor.mergeChain = mergeChainAfter(survivor, absorbed);
  setName(survivor, nameAfterMerge(survivor, absorbed));
  state.merges.push(clone(merge)!);
  const newCount = newCountOfMerge(merge);
  if (newCount.survivorNewOnDay) survivor.newOnDay = newCount.survivorNewOnDay;
  state.addNewCounts(newCount.change);
}

export function applyUndo(state: LocalState, undo: UndoRequest): void {
  const merge = state.merges.find((m) => m.mergeId === undo.mergeId)!;
  merge.undoneAt = undo.at;
  merge.undoneBy = undo.by;
  if (undo.with) merge.undoneWith = undo.with;
  const survivor = state.customers.get(merge.survivorId)!;
  const absorbed = state.customers.get(merge.absorbedId)!;
  if (undo.broughtBack?.length) {
    merge.broughtBack = [...undo.broughtBack];
    giveBack(state, undo.broughtBack, survivor, absorbed);
  }
  for (const identity of merge.absorbedIdentities) if (state.identities.get(identity) === merge.survivorId) state.identities.set(identity, merge.absorbedId);
  survivor.identities = survivor.identities.filter((i) => !merge.absorbedIdentities.includes(i));
  // A claim of the absorbed customer that its own sender proved while merged goes back verified.
  const provenWhileMerged = verifiedWhileMerged(survivor, merge);
  if (survivor.verifiedIdentities) survivor.verifiedIdentities = survivor.verifiedIdentities.filter((i) => !merge.absorbedIdentities.includes(i));
  addCounters(survivor.counts, negated(merge.absorbedCounts));
  // Separated again, each counts as new on its own day once more.
  const newCount = newCountOfUndo(merge, survivor);
  state.addNewCounts(newCount.change);
  if (newCount.survivorNewOnDay) survivor.newOnDay = newCount.survivorNewOnDay;
  else delete survivor.newOnDay;
  survivor.firstSeen = merge.survivorFirstSeen;
  survivor.lastSeen = lastSeenAfterUndo(survivor.lastSeen, merge);
  const chain = mergeChainAfterUndo(survivor.customerId, state.merges, merge.mergeId);
  if (chain > 0) survivor.mergeChain = chain;
  else delete survivor.mergeChain;
  if (remembersSeparation(survivor.separatedFrom, merge.absorbedId)) survivor.separatedFrom = union(survivor.separatedFrom ?? [], [merge.absorbedId]);
  const pending = survivor.pendingMerges?.filter((id) => id !== merge.absorbedId) ?? [];
  if (pending.length) survivor.pendingMerges = pending;
  else delete survivor.pendingMerges;
  survivor.pendingUndos = union(survivor.pendingUndos ?? [], [merge.mergeId]);
  delete absorbed.mergedInto;
  // An identity a verified sender took over while merged leads elsewhere now: no longer the absorbed customer's.
  const lost = new Set(merge.absorbedIdentities.filter((identity) => state.identities.get(identity) !== merge.absorbedId));
  absorbed.identities = absorbed.identities.filter((identity) => !lost.has(identity));
  const absorbedVerified = union(absorbed.verifiedIdentities ?? [], provenWhileMerged).filter((identity) => !lost.has(identity));
  if (absorbedVerified.length) absorbed.verifiedIdentities = absorbedVerified;
  else delete absorbed.verifiedIdentities;
  if (remembersSeparation(absorbed.separatedFrom, merge.survivorId)) absorbed.separatedFrom = union(absorbed.separatedFrom ?? [], [merge.survivorId]);
  const handedBack = changesWhileMerged(survivor, merge, undo.broughtBack);
  if (handedBack.length) Object.assign(absorbed, withIdentityChanges(absorbed, handedBack));
  for (const { identity } of handedBack.filter((change) => change.change === 'removed')) state.rememberFormerHolder(identity, absorbed.customerId);
}

/** Newcomers still leading to the survivor move to the absorbed customer, verified as the survivor held them. */
function giveBack(state: LocalState, identities: string[], survivor: Customer, absorbed: Customer): void {
  const moving = identities.filter((identity) => state.identities.get(identity) === survivor.customerId);
  const verified = moving.filter((identity) => survivor.verifiedIdentities?.includes(identity));
  for (const identity of moving) state.identities.set(identity, absorbed.customerId);
  survivor.identities = survivor.identities.filter((identity) => !moving.includes(identity));
  if (survivor.verifiedIdentities) survivor.verifiedIdentities = survivor.verifiedIdentities.filter((identity) => !moving.includes(identity));
  absorbed.identities = union(absorbed.identities, moving);
  if (verified.length) absorbed.verifiedIdentities = union(absorbed.verifiedIdentities ?? [], verified);
}
