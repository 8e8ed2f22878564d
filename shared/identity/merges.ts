import { deriveFeedbackId } from '../event-ids.ts';
import type { Customer, FeedbackRecord, MergeRecord, MergeSuggestion } from '../model.ts';
import { CustomerMergedError, type DerivedProfile, type FeedbackMove, type IdentityMoved, type IdentityStore, type MergeRequest, type SuggestionDecision, type TimelineStore, type UndoOutcome, type UndoRequest } from '../ports.ts';
import { countsChange, customerCountsAt, customerCountsForRecord } from '../timeline/counters.ts';
import { historyAsProcessed, withHistory } from '../timeline/history-urgency.ts';
import { allItems, itemsAsCounted } from '../timeline/all-items.ts';
import { replayRisk } from '../timeline/risk.ts';
import { nameFromHistory } from './display-name.ts';
import { standingMergesBelow } from './identity-changes.ts';
import { MAX_MERGE_CHAIN, type MergeRefusal } from './bounds.ts';
import { conflicting, oldest } from './merge-rules.ts';
import { deriveRiskAgain, reviseMergedRisk, type NameAfterMerge } from './merged-risk.ts';

type Store = IdentityStore & TimelineStore;

/**
 * Merged-into links followed to the customer standing for one: each leads to a survivor whose
 * `mergeChain` is higher than the absorbed one's, and none passes MAX_MERGE_CHAIN.
 */
const MAX_MERGE_HOPS = MAX_MERGE_CHAIN;
const REPOINT_PAGE = 100;
/** GSIs usually catch up within a second: a few short waits before leaving the merge pending. */
const REPOINT_ATTEMPTS = 3;
const INDEX_LAG_WAIT_MS = 100;
const UNDO_SWEEPS = 2;

export type MergeOutcome =
  | { status: 'merged'; mergeId: string; customerId: string }
  | { status: 'already'; customerId: string }
  | { status: 'not_found'; customerId: string }
  | { status: 'same_customer' }
  /** Together they would pass a bound (identity/bounds.ts): not merged, nothing written. */
  | MergeRefusal
  /** The suggestion it was to accept was decided otherwise meanwhile: not merged, nothing written. */
  | { status: 'suggestion_decided' }
  /** The identity that suggestion quotes leads to neither customer any more: not merged, nothing written. */
  | IdentityMoved;

/**
 * Merges `absorbedId` into `survivorId` (both followed to the customers they stand for now),
 * then moves the absorbed customer's items and identities. Safe to call again after a crash.
 * With `acceptsSuggestion`, the merge's first write accepts that suggestion (see IdentityStore.beginMerge).
 */
export async function mergeCustomers(store: Store, request: MergeRequest): Promise<Exclude<MergeOutcome, { status: 'suggestion_decided' | 'identity_moved' }>>;
export async function mergeCustomers(store: Store, request: MergeRequest, acceptsSuggestion: string): Promise<MergeOutcome>;
export async function mergeCustomers(store: Store, request: MergeRequest, acceptsSuggestion?: string): Promise<MergeOutcome> {
  for (let hop = 0; ; hop += 1) {
    const survivor = await canonical(store, request.survivorId);
    if (!survivor) return { status: 'not_found', customerId: request.survivorId };
    const absorbed = await canonical(store, request.absorbedId);
    if (!absorbed) return { status: 'not_found', customerId: request.absorbedId };
    if (survivor.customerId === absorbed.customerId) return (await finishInterrupted(store, survivor, request.absorbedId)) ?? { status: 'same_customer' };
    // What requests cut short left under way on either is finished first, then both are read again
    // (once: a merge a lagging index keeps pending is left to the survivor's next message).
    if (hop === 0 && (await finishPendingWorkOf(store, [survivor, absorbed]))) continue;
    let outcome: Awaited<ReturnType<Store['beginMerge']>>;
    try {
      outcome = await store.beginMerge({ ...request, survivorId: survivor.customerId, absorbedId: absorbed.customerId }, acceptsSuggestion);
    } catch (error) {
      // A concurrent merge took the survivor away since it was read: follow it and try again.
      if (error instanceof CustomerMergedError && hop < MAX_MERGE_HOPS) continue;
      throw error;
    }
    // The absorbed customer was merged elsewhere meanwhile: the request now means what it would
    // have meant a moment later, merging where it went (or finding the two are one already).
    if (outcome.status === 'already') {
      if (hop < MAX_MERGE_HOPS) continue;
      return { status: 'already', customerId: survivor.customerId };
    }
    if (outcome.status !== 'started') return outcome;
    await completeMerge(store, survivor.customerId, absorbed.customerId, outcome.mergeId);
    await acceptSuggestion(store, { ...request, survivorId: survivor.customerId, absorbedId: absorbed.customerId }, outcome.mergeId);
    return { status: 'merged', mergeId: outcome.mergeId, customerId: survivor.customerId };
  }
}

/**
 * Merges for an event: when a concurrent event already merged `absorbedId` elsewhere, that
 * merge is finished first and the customer it went into is merged instead. Answers whether it
 * derived the survivor's risk (and its name by `nameAfter`): not when the merge stays pending;
 * 'refused' when the store refused it for a bound (identity/bounds.ts; nothing written).
 */
export async function mergeFollowing(store: Store, request: MergeRequest, nameAfter?: NameAfterMerge): Promise<boolean | 'refused'> {
  let target = request.absorbedId;
  for (let hop = 0; hop < MAX_MERGE_HOPS && target !== request.survivorId; hop += 1) {
    const absorbed = await store.getCustomer(target);
    if (!absorbed) return false;
    if (absorbed.mergedInto) {
      await finishPending(store, absorbed.mergedInto, absorbed.customerId);
      target = absorbed.mergedInto;
      continue;
    }
    const outcome = await store.beginMerge({ ...request, absorbedId: absorbed.customerId });
    if (outcome.status === 'too_many_identities' || outcome.status === 'merge_chain_too_long') return 'refused';
    if (outcome.status === 'started') {
      const derived = await completeMerge(store, request.survivorId, absorbed.customerId, outcome.mergeId, nameAfter);
      await acceptSuggestion(store, { ...request, absorbedId: absorbed.customerId }, outcome.mergeId);
      return derived;
    }
  }
  return false;
}

/**
 * The same request again after it was interrupted between its merge and moving the items (the
 * store failed, the process stopped): it finishes that merge and answers as the first would have.
 */
async function finishInterrupted(store: Store, survivor: Customer, absorbedId: string): Promise<MergeOutcome | undefined> {
  if (!survivor.pendingMerges?.includes(absorbedId)) return undefined;
  const merge = (await store.listMerges(survivor.customerId)).filter((m) => m.survivorId === survivor.customerId && m.absorbedId === absorbedId && !m.undoneAt).at(-1);
  if (!merge) return undefined;
  await completeMerge(store, survivor.customerId, absorbedId, merge.mergeId);
  await acceptSuggestion(store, merge, merge.mergeId);
  return { status: 'merged', mergeId: merge.mergeId, customerId: survivor.customerId };
}

/**
 * The merge a suggestion was accepted with, finished when a request cut short left it pending (its
 * items not all moved); undefined when it finished before, or was undone since.
 */
export async function finishAcceptedMerge(store: Store, mergeId: string): Promise<MergeOutcome | undefined> {
  const merge = await store.getMerge(mergeId);
  if (!merge || merge.undoneAt || !(await store.getCustomer(merge.survivorId))?.pendingMerges?.includes(merge.absorbedId)) return undefined;
  await completeMerge(store, merge.survivorId, merge.absorbedId, mergeId);
  return { status: 'merged', mergeId, customerId: merge.survivorId };
}

/** A suggestion to merge these two is answered by the merge: accepted, not left for someone to accept again. */
async function acceptSuggestion(store: Store, { survivorId, absorbedId, mergedAt, by }: MergeRequest, mergeId: string) {
  await store.decideMergeSuggestion({ suggestionId: suggestionIdFor(survivorId, absorbedId), status: 'accepted', at: mergedAt, by, mergeId });
}

/** Finishes a merge a crashed or concurrent processor left pending. */
export async function finishPending(store: Store, survivorId: string, absorbedId: string): Promise<void> {
  const merge = (await store.listMerges(survivorId)).filter((m) => m.absorbedId === absorbedId && m.survivorId === survivorId && !m.undoneAt).at(-1);
  if (merge) await completeMerge(store, survivorId, absorbedId, merge.mergeId);
}

/**
 * Re-points the absorbed customer's items and identities; safe to run again after a crash. The
 * timeline index may not show an item committed just before the merge yet, so the merge is only
 * finished once it has counted as many moved items as the absorbed customer had; otherwise it
 * stays pending and the survivor's next event tries again.
 */
async function completeMerge(store: Store, survivorId: string, absorbedId: string, mergeId: string, nameAfter?: NameAfterMerge): Promise<boolean> {
  // An undo of a merge into the absorbed customer may still be handing its items back: they go
  // back first, or this merge would take them along without the counts the undo took back.
  for (const undone of await store.listMerges(absorbedId)) {
    if (undone.survivorId === absorbedId && undone.undoneAt && !(await store.getCustomer(undone.absorbedId))?.mergedInto) await handBack(store, undone);
  }
  const absorbed = await store.getCustomer(absorbedId);
  // Held verified by the absorbed customer is held verified by the survivor: a claim in flight is judged by it.
  for (const identity of absorbed?.identities ?? []) await store.pointIdentity(identity, survivorId, absorbed!.verifiedIdentities?.includes(identity));
  for (let attempt = 1; attempt <= REPOINT_ATTEMPTS; attempt += 1) {
    let cursor: string | undefined;
    do {
      const page = await store.listTimeline(absorbedId, { limit: REPOINT_PAGE, cursor });
      for (const item of page.items) {
        await store.moveFeedback({ feedbackId: item.feedbackId, from: absorbedId, to: survivorId, mergedVia: [...(item.mergedVia ?? []), mergeId], mergeId, counted: 1 });
      }
      cursor = page.nextCursor;
    } while (cursor);
    const merge = await store.getMerge(mergeId);
    if (!merge || (merge.movedItems ?? 0) >= (merge.absorbedCounts.total ?? 0)) {
      // Derived while the merge is still pending: cut short here, the survivor's next event
      // (the redelivery of this one included) finishes the merge and derives it again.
      const derives = merge !== undefined && !merge.undoneAt;
      if (derives) await reviseMergedRisk(store, survivorId, absorbedId, nameAfter);
      await store.finishMerge(survivorId, absorbedId);
      return derives;
    }
    await new Promise((resolve) => setTimeout(resolve, INDEX_LAG_WAIT_MS * attempt));
  }
  return false;
}

/**
 * Undoes a merge: the counts, identities and first/last seen it folded in go back atomically,
 * then the items it moved (those whose last merge is this one) and the identities' owners. The
 * two customers are marked separated, so the processor never merges them again by itself.
 * `leader` is the merge this one followed (see followingMerges), when undone with it.
 */
export async function undoMerge(store: Store, undo: UndoRequest, leader?: MergeRecord): Promise<UndoOutcome> {
  // Merges that followed this one are undone first, newest first: each undo puts back the
  // survivor's first and last seen as they stood before it, so the earliest must come last.
  const undoing = await store.getMerge(undo.mergeId);
  if (undoing && !undoing.undoneAt && !(await store.getCustomer(undoing.survivorId))?.mergedInto) {
    for (const follower of (await followingMerges(store, undoing)).reverse()) await undoMerge(store, { ...undo, mergeId: follower.mergeId, with: undoing.mergeId }, undoing);
  }
  const broughtBack = undoing && !undoing.undoneAt ? await newcomersOfAbsorbedSide(store, undoing) : [];
  const outcome = await store.undoMerge({ ...undo, ...(broughtBack.length ? { broughtBack } : {}) });
  if (outcome.status !== 'undone' && outcome.status !== 'already') return outcome;
  const { merge } = outcome;
  await reopenAcceptedSuggestion(store, merge);
  await reopenSuggestionsClosedAsOne(store, merge);
  // Re-run on `already` as well: an undo interrupted after its atomic step finishes here. Not once
  // either side is merged again: what the survivor holds of the absorbed side came by that merge,
  // and that merge's undo hands it back.
  if (outcome.status === 'already' && (await mergedAgain(store, merge))) {
    await store.finishUndo(merge.survivorId, merge.mergeId);
    return outcome;
  }
  // The store's atomic step pointed the identities back; a customer with more than a transaction
  // holds has the rest pointed back here, before the items, so new messages find it.
  for (const identity of merge.absorbedIdentities) {
    if ((await store.getIdentityOwner(identity)) === merge.survivorId) await store.pointIdentity(identity, merge.absorbedId, merge.absorbedVerifiedIdentities.includes(identity));
  }
  for (const identity of merge.broughtBack ?? []) {
    if ((await store.getIdentityOwner(identity)) === merge.survivorId) await store.pointIdentity(identity, merge.absorbedId, await store.isClaimedVerified(identity, merge.survivorId));
  }
  // A message resolved just before that may still be committing to the survivor: a second sweep
  // after a moment takes it back too.
  const movedBack = new Set<string>();
  for (let sweep = 0; sweep < UNDO_SWEEPS; sweep += 1) {
    if (sweep > 0) await new Promise((resolve) => setTimeout(resolve, INDEX_LAG_WAIT_MS));
    for (const feedbackId of await handBack(store, merge, leader)) movedBack.add(feedbackId);
  }
  const sides = { merge, movedBack };
  const items = await itemsNow(store, sides);
  await reviseHistoryUrgency(store, merge, items);
  await reviseDerived(store, sides, items);
  for (const follower of await followingMerges(store, merge)) await mergeOnAbsorbedSide(store, merge, follower);
  await store.finishUndo(merge.survivorId, merge.mergeId);
  return outcome;
}

/**
 * The suggestion the undone merge accepted (the one its first write accepted, or the pair's,
 * which a merge of the two answers) is open again, marked with the undo: the question it asks
 * stands until a person dismisses it or merges again. Repeated with the undo (`already`), since
 * this comes after the undo's atomic step.
 */
async function reopenAcceptedSuggestion(store: Store, merge: MergeRecord) {
  const reopening = { mergeId: merge.mergeId, at: merge.undoneAt!, by: merge.undoneBy ?? 'system' };
  for (const suggestionId of new Set([merge.acceptedSuggestionId, suggestionIdFor(merge.survivorId, merge.absorbedId)])) {
    if (suggestionId) await store.reopenMergeSuggestion({ ...reopening, suggestionId });
  }
}

/**
 * Suggestions closed as already merged (accepted with no merge of their own: merges through a
 * third customer had made their two one) open again, marked with the undo, once it parts the two:
 * the question stands again as it does for one its merge accepted. Each such suggestion names a
 * customer of the absorbed side, so their suggestions are the ones read. Repeated with the undo.
 */
async function reopenSuggestionsClosedAsOne(store: Store, merge: MergeRecord) {
  const mergesInto = await standingMergesBelow(store, merge.absorbedId);
  const parted = new Set([merge.absorbedId]);
  for (const customerId of parted) for (const below of mergesInto(customerId)) parted.add(below.absorbedId);
  const reopening = { mergeId: merge.mergeId, at: merge.undoneAt!, by: merge.undoneBy ?? 'system', closedAsOne: true } as const;
  for (const customerId of parted) {
    for (const suggestion of await store.mergeSuggestionsOf(customerId)) {
      if (suggestion.status !== 'accepted' || suggestion.mergeId) continue;
      const [claimant, holder] = await Promise.all([canonical(store, suggestion.customerId), canonical(store, suggestion.otherCustomerId)]);
      if (claimant && holder && claimant.customerId !== holder.customerId) await store.reopenMergeSuggestion({ ...reopening, suggestionId: suggestion.suggestionId });
    }
  }
}

/**
 * Closes a suggestion whose two customers other merges made one: accepted with no merge of its own
 * (the accept's 409 `already_merged`). An undo that parts the two opens it again
 * (reopenSuggestionsClosedAsOne), but reads it once: a close landing just after that read would
 * stay, the two apart again for good. So the two are read again after the close, and if an undo
 * parted them meanwhile, the suggestion is opened again as that undo does. An undo whose first
 * step comes after that read reopens it itself, its pass coming after its first step.
 */
export async function closeSuggestionAsOne(store: Store, suggestion: MergeSuggestion, decision: Pick<SuggestionDecision, 'at' | 'by'>): Promise<void> {
  await store.decideMergeSuggestion({ suggestionId: suggestion.suggestionId, status: 'accepted', ...decision });
  const [claimantPath, holderPath] = await Promise.all([mergePath(store, suggestion.customerId), mergePath(store, suggestion.otherCustomerId)]);
  const [claimant, holder] = [standing(claimantPath), standing(holderPath)];
  if (!claimant || !holder || claimant.customerId === holder.customerId) return;
  const parting = await undoThatParted(store, claimantPath, holderPath);
  if (parting) await reopenSuggestionsClosedAsOne(store, parting);
}

/** The customers from this one down its merges to the one it stands for now (the last). */
async function mergePath(store: Pick<IdentityStore, 'getCustomer'>, customerId: string): Promise<Customer[]> {
  const path: Customer[] = [];
  let customer = await store.getCustomer(customerId);
  for (let hop = 0; customer && hop <= MAX_MERGE_HOPS; hop += 1) {
    path.push(customer);
    customer = customer.mergedInto ? await store.getCustomer(customer.mergedInto) : undefined;
  }
  return path;
}

function standing(path: Customer[]): Customer | undefined {
  const last = path.at(-1);
  return last && !last.mergedInto ? last : undefined;
}

/**
 * The undo that parted the two sides: the latest undone merge of a customer on one side's path into
 * one on the other's. Either side may have been merged elsewhere since ("C ← T undone, then C into
 * Y"), so the paths, not the customers they lead to now, are searched; failing such a merge, the
 * latest undone merge that absorbed a customer on either path.
 */
async function undoThatParted(store: Store, claimantPath: Customer[], holderPath: Customer[]): Promise<MergeRecord | undefined> {
  const sides = [new Set(claimantPath.map((c) => c.customerId)), new Set(holderPath.map((c) => c.customerId))] as const;
  const onPaths = [...sides[0], ...sides[1]];
  const undone = (await Promise.all(onPaths.map(async (customerId) => (await store.listMerges(customerId)).filter((merge) => merge.absorbedId === customerId && merge.undoneAt)))).flat();
  const latest = (merges: MergeRecord[]) => merges.sort((a, b) => a.undoneAt!.localeCompare(b.undoneAt!)).at(-1);
  const across = undone.filter((merge) => (sides[0].has(merge.absorbedId) && sides[1].has(merge.survivorId)) || (sides[1].has(merge.absorbedId) && sides[0].has(merge.survivorId)));
  return latest(across) ?? latest(undone);
}

/**
 * A person's undo. What requests cut short left under way on the survivor is finished first, as
 * a merge finishes it (mergeCustomers): each side's risk and name are derived again from items
 * that are all where they belong. Not this merge's own work: its undo finishes that.
 */
export async function undoMergeAsked(store: Store, undo: UndoRequest): Promise<UndoOutcome> {
  const merge = await store.getMerge(undo.mergeId);
  const survivor = merge && (await store.getCustomer(merge.survivorId));
  if (survivor) await finishPendingWork(store, survivor, merge);
  return undoMerge(store, undo);
}

/** Whether a merge into this customer, or an undo of one, was left under way (identity/merges.ts). */
export function hasPendingWork(customer: Customer): boolean {
  return Boolean(customer.pendingMerges?.length || customer.pendingUndos?.length);
}

/** Finishes what requests cut short left under way on these customers; answers whether there was any. */
async function finishPendingWorkOf(store: Store, customers: Customer[]): Promise<boolean> {
  const pending = customers.filter(hasPendingWork);
  for (const customer of pending) await finishPendingWork(store, customer);
  return pending.length > 0;
}

/**
 * Finishes what requests cut short left under way on a person's customers, and on the survivors
 * of merges with them still moving those merges' items: an undo cut short leaves the absorbed
 * customer's items on the survivor, so an erasure would leave the person's messages there or take
 * another's. Run by an erasure before it reads the person (cases/erasure.ts).
 */
export async function finishPendingWorkTouching(store: Store, customers: Customer[]): Promise<void> {
  const own = new Set(customers.map((customer) => customer.customerId));
  const touching = new Map(customers.map((customer) => [customer.customerId, customer]));
  for (const customer of customers) {
    for (const merge of await store.listMerges(customer.customerId)) {
      if (own.has(merge.survivorId) || touching.has(merge.survivorId)) continue;
      const survivor = await store.getCustomer(merge.survivorId);
      if (survivor?.pendingUndos?.includes(merge.mergeId) || survivor?.pendingMerges?.includes(merge.absorbedId)) touching.set(survivor.customerId, survivor);
    }
  }
  await finishPendingWorkOf(store, [...touching.values()]);
}

/**
 * Finishes what a request cut short or a stopped process left half done on this customer: merges
 * into it whose items were not all re-pointed, and undos whose items were not all handed back
 * (each as a repeated request would), but for the work of `except`. Run by the local server when
 * it starts, before it takes requests, by the processor when a message resolves to the customer,
 * by a person's merge or undo of it, and by an erasure of a person it took part in.
 */
export async function finishPendingWork(store: Store, customer: Customer, except?: MergeRecord): Promise<void> {
  for (const absorbedId of customer.pendingMerges ?? []) if (absorbedId !== except?.absorbedId) await finishPending(store, customer.customerId, absorbedId);
  for (const mergeId of customer.pendingUndos ?? []) {
    if (mergeId === except?.mergeId) continue;
    const merge = await store.getMerge(mergeId);
    if (!merge) {
      await eraseLeftBehind(store, customer.customerId, mergeId);
      continue;
    }
    if (!merge.undoneAt) {
      await store.finishUndo(customer.customerId, mergeId);
      continue;
    }
    const leader = merge.undoneWith ? await store.getMerge(merge.undoneWith) : undefined;
    await undoMerge(store, { mergeId, at: merge.undoneAt, by: merge.undoneBy ?? 'system', ...(merge.undoneWith ? { with: merge.undoneWith } : {}) }, leader);
  }
}

/**
 * An undo pending on a survivor whose merge is gone: only an erasure removes a merge, and with the
 * survivor standing, it erased the absorbed customer. What the undo had yet to hand back (the
 * items whose last merge it is) was that customer's, so it goes with the erasure instead of
 * staying on the survivor, whose risk, name and first and last seen are then derived again from
 * its own messages alone.
 */
async function eraseLeftBehind(store: Store, survivorId: string, mergeId: string) {
  // Read again consistently: the timeline index may still list an item moved back or erased.
  const listed = (await allItems(store, survivorId)).map((item) => item.feedbackId);
  const onSurvivor = async () => (await store.getFeedbackNow(listed)).filter((item) => item.customerId === survivorId);
  const leftBehind = (await onSurvivor()).filter((item) => item.mergedVia?.at(-1) === mergeId);
  if (leftBehind.length) await store.eraseLeftBehind(mergeId, leftBehind);
  const days = new Set([...leftBehind, ...(await onSurvivor())].filter((item) => item.classification.sentiment.label === 'negative').map((item) => item.day));
  await store.reviseDerived(survivorId, [...days], async (current) => {
    const own = await itemsAsCounted(current, onSurvivor);
    return { ...replayRisk(survivorId, own), ...nameFromHistory(survivorId, own, await store.listMerges(survivorId), current.verifiedIdentities ?? []), ...seenIn(own) };
  });
  await store.finishUndo(survivorId, mergeId);
}

/** Whether either customer of an undone merge has been merged into another since (an undo needs both standing alone). */
async function mergedAgain(store: Store, merge: MergeRecord): Promise<boolean> {
  const [survivor, absorbed] = await Promise.all([store.getCustomer(merge.survivorId), store.getCustomer(merge.absorbedId)]);
  return Boolean(survivor?.mergedInto || absorbed?.mergedInto);
}

/**
 * The automatic merges the survivor took while merged on evidence that named only identities the
 * absorbed customer brought and the customer merged in: had the two never been merged, that
 * evidence would have merged the newcomer with the absorbed customer, not the survivor. The undo
 * undoes them too (at its own time, by its own caller, so a re-run after an interruption finds
 * them again) and then merges each newcomer where the evidence points.
 */
async function followingMerges(store: Store, merge: MergeRecord): Promise<MergeRecord[]> {
  const followers: MergeRecord[] = [];
  for (const candidate of await store.listMerges(merge.survivorId)) {
    // A retried undo has a time of its own: the follower names the merge it was undone with.
    // Undos recorded before that field match by time and key, as they were made together.
    const standingOrUndoneWithIt = !candidate.undoneAt || candidate.undoneWith === merge.mergeId || (candidate.undoneAt === merge.undoneAt && candidate.undoneBy === merge.undoneBy);
    if (candidate.survivorId !== merge.survivorId || candidate.by !== 'processor' || !candidate.causeFeedbackId || candidate.mergedAt < merge.mergedAt || !standingOrUndoneWithIt) continue;
    if (merge.undoneAt && candidate.mergedAt >= merge.undoneAt) continue;
    const [cause] = await store.getFeedbackNow([candidate.causeFeedbackId]);
    const identities = cause?.identities ?? [];
    const broughtIn = (identity: string) => merge.absorbedIdentities.includes(identity) || candidate.absorbedIdentities.includes(identity);
    if (identities.some((identity) => merge.absorbedIdentities.includes(identity)) && identities.every(broughtIn)) followers.push(candidate);
  }
  return followers;
}

/**
 * Where a message carried back would have been written had the undone merge never been made: the
 * absorbed customer, or, from the evidence that merged a newcomer in on its side, the older of
 * the two (the survivor the merge made again will have). A following merge undone with its
 * leader carries its newcomer's messages there too.
 */
async function writtenTo(store: Store, merge: MergeRecord, followers: MergeRecord[], leader?: MergeRecord): Promise<(item: FeedbackRecord) => string> {
  const survivorOf = async (absorbedId: string, newcomerId: string) => {
    const sides = (await Promise.all([absorbedId, newcomerId].map((id) => store.getCustomer(id)))).filter((customer) => customer !== undefined);
    return sides.length === 2 ? oldest(new Map(sides.map((customer) => [customer.customerId, customer]))).customerId : absorbedId;
  };
  if (leader) {
    const survivor = await survivorOf(leader.absorbedId, merge.absorbedId);
    return () => survivor;
  }
  const from = await Promise.all(followers.map(async (follower) => ({ since: follower.mergedAt, survivor: await survivorOf(merge.absorbedId, follower.absorbedId) })));
  return (item) => from.filter(({ since }) => item.processedAt >= since).at(-1)?.survivor ?? merge.absorbedId;
}

/** A following merge made again between the customer it merged in and the absorbed one, by the processor's rules. */
async function mergeOnAbsorbedSide(store: Store, merge: MergeRecord, follower: MergeRecord) {
  const [absorbed, newcomer] = [await canonical(store, merge.absorbedId), await canonical(store, follower.absorbedId)];
  if (!absorbed || !newcomer || absorbed.customerId === newcomer.customerId || conflicting([absorbed], newcomer)) return;
  const survivor = oldest(new Map([absorbed, newcomer].map((customer) => [customer.customerId, customer])));
  // Merged again after the fact, the survivor's name too comes from both sides' messages, as the
  // evidence would have left it had it merged the two when it came; the merge derives it with the
  // risk, or, when it did not get that far (already merged, still pending), it is derived here.
  const nameFromMessages = async (current: Customer, items: FeedbackRecord[]) => nameFromHistory(current.customerId, items, await store.listMerges(current.customerId), current.verifiedIdentities ?? []);
  const request = { survivorId: survivor.customerId, absorbedId: survivor === absorbed ? newcomer.customerId : absorbed.customerId, mergedAt: merge.undoneAt!, by: 'processor', reason: follower.reason, causeFeedbackId: follower.causeFeedbackId! };
  // Not derived by a merge left pending, nor by one refused for its size (the two stay apart).
  if ((await mergeFollowing(store, request, nameFromMessages)) !== true) await deriveRiskAgain(store, survivor.customerId, nameFromMessages);
}

/** The two customers of an undone merge, and the items the undo moved between them. */
interface UndoneSides {
  merge: MergeRecord;
  movedBack: ReadonlySet<string>;
}

/**
 * Each side's items as they are now, for judging them again. The timeline index lags the undo's
 * own moves (an item moved back may not be listed under its customer yet, or still be listed
 * under the other), so both listings and the moved items are read again, consistently, and each
 * item goes with the customer it has now.
 */
async function itemsNow(store: Store, { merge, movedBack }: UndoneSides): Promise<Map<string, FeedbackRecord[]>> {
  const candidates = new Set(movedBack);
  for (const customerId of [merge.survivorId, merge.absorbedId]) {
    for (const item of await allItems(store, customerId)) candidates.add(item.feedbackId);
  }
  const sides = new Map<string, FeedbackRecord[]>([[merge.survivorId, []], [merge.absorbedId, []]]);
  for (const item of await store.getFeedbackNow([...candidates])) sides.get(item.customerId)?.push(item);
  return sides;
}

/** Attempts at revising one item that keeps changing (a support person working on it meanwhile). */
const MAX_REVISE_ATTEMPTS = 5;

/**
 * A message processed while merged was classified against the merged history: a repeated-complaint
 * urgency may count the other side's unresolved complaints. With the items back, each such message
 * is judged again against its own customer's history as it stood when it was processed.
 */
async function reviseHistoryUrgency(store: Store, merge: MergeRecord, items: Map<string, FeedbackRecord[]>) {
  const joinedAt = await joinedByOtherMerges(store, merge, [...items.values()].flat());
  for (const timeline of items.values()) {
    for (const item of timeline) {
      if (item.kind !== 'message' || item.processedAt < merge.mergedAt || (merge.undoneAt && item.processedAt >= merge.undoneAt)) continue;
      // Brought to this side by another merge after it was processed: judged on its own customer's history, never on this merge's.
      if (joinedAt.get(item.feedbackId)! > item.processedAt) continue;
      // Its history is what was on its customer when it was processed: not what another merge brought in since.
      const history = timeline.filter((other) => joinedAt.get(other.feedbackId)! <= item.processedAt);
      let current: FeedbackRecord | undefined = item;
      for (let attempt = 1; current && attempt <= MAX_REVISE_ATTEMPTS; attempt += 1) {
        const revised = withHistory(current.classification, historyAsProcessed(current, history));
        if (!revised || (await store.reviseClassification({ feedbackId: current.feedbackId, from: current.classification, to: revised })) !== 'changed') break;
        [current] = await store.getFeedbackNow([current.feedbackId]);
      }
    }
  }
}

/** When each item came to the customer it is on through merges other than `merge` (the latest such merge's time; '' for none). */
async function joinedByOtherMerges(store: Store, merge: MergeRecord, items: FeedbackRecord[]): Promise<Map<string, string>> {
  const mergedAt = new Map<string, Promise<string>>();
  const mergedAtOf = (mergeId: string) => mergedAt.get(mergeId) ?? mergedAt.set(mergeId, store.getMerge(mergeId).then((other) => other?.mergedAt ?? '')).get(mergeId)!;
  const joined = new Map<string, string>();
  for (const item of items) {
    const times = await Promise.all((item.mergedVia ?? []).filter((mergeId) => mergeId !== merge.mergeId).map(mergedAtOf));
    joined.set(item.feedbackId, times.reduce((latest, time) => (time > latest ? time : latest), ''));
  }
  return joined;
}

/** Moves what an undone merge hands back that is still with its survivor; safe to run again. Answers the items it moved. */
async function handBack(store: Store, merge: MergeRecord, leader?: MergeRecord): Promise<string[]> {
  const followers = await followingMerges(store, merge);
  const absorbedSide = new Set([...merge.absorbedIdentities, ...followers.flatMap((follower) => follower.absorbedIdentities), ...(merge.broughtBack ?? [])]);
  const moves = await movesBack(store, merge, absorbedSide, await writtenTo(store, merge, followers, leader));
  for (const move of moves) await store.moveFeedback(move);
  return moves.map((move) => move.feedbackId);
}

/**
 * Identities the survivor gained while merged (none of the two had them at the merge) that first
 * came in with a message of the absorbed side: an imported row naming the absorbed customer's
 * phone and a new openid would have given the openid to the absorbed customer had the two never
 * been merged, so it goes back with that row, and with it any later message naming only such
 * identities. A newcomer first named beside the survivor's own identities stays. Merges recorded
 * before the survivor's identities were kept name none.
 */
async function newcomersOfAbsorbedSide(store: Store, merge: MergeRecord): Promise<string[]> {
  const survivor = await store.getCustomer(merge.survivorId);
  if (!merge.survivorIdentities || !survivor) return [];
  const followers = await followingMerges(store, merge);
  const absorbedSide = new Set([...merge.absorbedIdentities, ...followers.flatMap((follower) => follower.absorbedIdentities)]);
  // What another customer merged in and not separated since brought is its own, not a newcomer.
  const mergedInSince = (await store.listMerges(merge.survivorId)).filter((other) => other.survivorId === merge.survivorId && other.mergeId !== merge.mergeId && !other.undoneAt);
  const known = new Set([...merge.survivorIdentities, ...absorbedSide, ...mergedInSince.flatMap((other) => other.absorbedIdentities)]);
  const newcomers = new Set(survivor.identities.filter((identity) => !known.has(identity)));
  if (newcomers.size === 0) return [];
  const whileMerged = (await allItems(store, merge.survivorId)).filter((item) => item.processedAt >= merge.mergedAt).sort((a, b) => a.processedAt.localeCompare(b.processedAt));
  const broughtBack: string[] = [];
  for (const item of whileMerged) {
    const fresh = item.identities.filter((identity) => newcomers.has(identity));
    const absorbedOnes = item.identities.some((identity) => absorbedSide.has(identity));
    if (absorbedOnes && item.identities.every((identity) => absorbedSide.has(identity) || newcomers.has(identity))) {
      for (const identity of fresh) absorbedSide.add(identity);
      broughtBack.push(...fresh);
    }
    // Whoever names a newcomer first decides whose it is.
    for (const identity of fresh) newcomers.delete(identity);
  }
  return broughtBack;
}

/**
 * Trailing-week negatives, the first positive, at-risk flags and the display name are derived from
 * the customer's messages, which the merge changed: with the items back, each side's are derived
 * again from its own messages by the processor's rule (timeline/risk.ts), as if the merge had
 * never been made, and its at-risk entries on the days either side's negative messages fall on
 * are put right.
 */
async function reviseDerived(store: Store, sides: UndoneSides, items: Map<string, FeedbackRecord[]>) {
  const { merge } = sides;
  // Days of negative messages: a revised urgency does not change them.
  const days = new Set<string>();
  for (const timeline of items.values()) {
    for (const item of timeline) if (item.classification.sentiment.label === 'negative') days.add(item.day);
  }
  for (const customerId of [merge.survivorId, merge.absorbedId]) {
    await store.reviseDerived(customerId, [...days], async (current) => {
      const own = await itemsAsCounted(current, async () => (await itemsNow(store, sides)).get(customerId)!);
      // The merge items are read from the table but not consistently: this one's undo is the undo's own word.
      const merges = (await store.listMerges(customerId)).map((listed) => (listed.mergeId === merge.mergeId ? merge : listed));
      return { ...replayRisk(customerId, own), ...nameFromHistory(customerId, own, merges, current.verifiedIdentities ?? []), ...seenIn(own) };
    });
  }
}

/**
 * First and last received among a customer's items, and the reporting day of the first (it counts
 * as new there); nothing when it has none (its times and day stay).
 */
function seenIn(items: FeedbackRecord[]): Pick<DerivedProfile, 'seen' | 'earliestDay'> {
  if (!items.length) return {};
  const received = items.map((item) => item.receivedAt).sort();
  return { seen: { firstSeen: received[0]!, lastSeen: received.at(-1)! }, earliestDay: items.map((item) => item.day).sort()[0]! };
}

/** The survivor's items the undo hands back: those the merge moved, and those that came in through the absorbed customer's identities. */
async function movesBack(store: Store, merge: MergeRecord, absorbedSide: ReadonlySet<string>, writtenTo: (item: FeedbackRecord) => string): Promise<FeedbackMove[]> {
  const moves: FeedbackMove[] = [];
  const carried: FeedbackRecord[] = [];
  const back = { from: merge.survivorId, to: merge.absorbedId, mergeId: merge.mergeId };
  // The survivor's last item once these are gone, newest first as the timeline lists them.
  let survivorLastSeen: string | undefined;
  let cursor: string | undefined;
  do {
    const page = await store.listTimeline(merge.survivorId, { limit: REPOINT_PAGE, cursor });
    for (const item of page.items) {
      if (item.mergedVia?.at(-1) === merge.mergeId) moves.push(movedBack(item, merge));
      else if (cameThroughAbsorbed(item, merge, absorbedSide)) carried.push(item);
      else survivorLastSeen ??= item.receivedAt;
    }
    cursor = page.nextCursor;
  } while (cursor);
  const fromLastSeen = survivorLastSeen ?? merge.survivorLastSeen;
  for (const item of carried) {
    moves.push({
      ...back,
      feedbackId: item.feedbackId,
      mergedVia: item.mergedVia ?? [],
      counted: 0,
      carried: { counts: customerCountsForRecord(item), lastSeen: { receivedAt: item.receivedAt, fromLastSeen } },
      // Had the two never been merged, the message would have been written to the absorbed customer
      // (or the one it is merged with again, see followingMerges).
      originalCustomerId: writtenTo(item),
    });
  }
  return moves;
}

/**
 * An item the merge moved goes back. The undo's atomic step took back the counts the absorbed
 * customer had at the merge; what changed in this item's counts since (a complaint resolved
 * while merged was taken off the survivor's open complaints) moves with it.
 */
function movedBack(item: FeedbackRecord, merge: MergeRecord): FeedbackMove {
  const changed = countsChange(customerCountsAt(item, merge.mergedAt), customerCountsForRecord(item));
  return {
    feedbackId: item.feedbackId,
    from: merge.survivorId,
    to: merge.absorbedId,
    mergeId: merge.mergeId,
    mergedVia: item.mergedVia!.slice(0, -1),
    counted: -1,
    ...(Object.keys(changed).length ? { carried: { counts: changed } } : {}),
  };
}

/**
 * Written to the survivor while merged, by the absorbed customer's identities alone (with those of
 * the customers merged in on its evidence, see followingMerges): the message was that customer's,
 * so it goes back with it when a person says the two are different people.
 */
function cameThroughAbsorbed(item: FeedbackRecord, merge: MergeRecord, absorbedSide: ReadonlySet<string>): boolean {
  const whileMerged = item.processedAt >= merge.mergedAt && (!merge.undoneAt || item.processedAt < merge.undoneAt);
  return whileMerged && item.identities.length > 0 && item.identities.every((identity) => absorbedSide.has(identity));
}

/** One suggestion per pair of customers, whichever way round. */
export function suggestionIdFor(a: string, b: string): string {
  return `sug_${deriveFeedbackId('suggestion', [a, b].sort().join('|')).slice(3)}`;
}

/** The customer that currently stands for `customerId`, following merges. */
export async function canonical(store: Pick<IdentityStore, 'getCustomer'>, customerId: string) {
  let customer = await store.getCustomer(customerId);
  for (let hop = 0; customer?.mergedInto && hop < MAX_MERGE_HOPS; hop += 1) {
    customer = await store.getCustomer(customer.mergedInto);
  }
  return customer;
}
