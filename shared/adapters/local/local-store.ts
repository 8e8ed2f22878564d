import { itemsWithin } from '../../answer-bytes.ts';
import { isDeepStrictEqual } from 'node:util';
import type { Classification } from '../../classify/types.ts';
import type { Counters, Customer, FeedbackRecord, FeedbackStatus, IdentityChange, MergeRecord, MergeSuggestion, Page } from '../../model.ts';
import { CustomerErasedError, CustomerMergedError, IdentitiesMovedError, InvalidCursorError, StoreUnavailableError, type AtRiskEntry, type RaisedRisk, type DerivedState, type FeedbackCommit, type FeedbackMove, type MergeRequest, type DerivedProfile, type ClassificationRevision, type ReceivedRange, type IdentityStore, type IdentityChangeRequest, type AddIdentityOutcome, type RemoveIdentityOutcome, type SuggestionDecision, type SuggestionReopening, type UndoRequest, type UndoOutcome, type StatusChange, type TimelineQuery, type TimelineStore, type WorkQueueStore, type AggregateStore, type PendingWorkStore } from '../../ports.ts';
import type { ClaimRedaction, ErasurePlan, ErasureRecord, ErasureStore, ProfileRedaction, SuggestionRedaction } from '../../cases/ports.ts';
import { queueAttributes, queueEntries, readQueuePage, type QueueSegment, type WorkQueueQuery } from '../../cases/work-queue.ts';
import { acceptedBy, decodeCursor, decodeCustomerCursor, decodeErasureCursor, encodeCursor, erasureKey, lastSeenAfterUndo, mergeFillsIn, mergeIdFor, timelineReadsBelow, timelineReadsDownTo, verifiedWhileMerged } from '../timeline-keys.ts';
import { timelineKey } from '../../timeline/timeline-key.ts';
import { COUNTER, countersHeld } from '../../timeline/counters.ts';
import { newCountAtMerge, newCountMoved, newCountOfMerge, newCountOfUndo, type NewCountChange } from '../../timeline/new-customers.ts';
import { latestFlag } from '../../timeline/risk.ts';
import { caseRevision, withCaseEvent } from '../../timeline/status.ts';
import { nameAfterMerge, nameAfterMessage, type ProfileName } from '../../identity/display-name.ts';
import { changeRecord, changesWhileMerged, decideAdd, decideRemove } from '../../identity/identity-changes.ts';
import { hasPendingWork } from '../../identity/merges.ts';
import { MAX_MERGE_CHAIN, mergeChainAfter, mergeChainAfterUndo, mergeRefusal, remembersSeparation, withIdentityChanges } from '../../identity/bounds.ts';
import { Journal } from './journal.ts';
import { SortedKeys } from './sorted-keys.ts';

type Op =
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

/** Attempts at revising a customer's derived profile while commits keep changing it. */
const MAX_REVISE_ATTEMPTS = 8;

interface Snapshot {
  identities: [string, string][];
  customers: Customer[];
  feedback: FeedbackRecord[];
  merges: MergeRecord[];
  daily: [string, Counters][];
  atRisk: AtRiskEntry[];
  claims: [string, string][];
  suggestions?: MergeSuggestion[];
  erasures?: ErasureRecord[];
  erasedFeedback?: string[];
  erasedCustomers?: string[];
  verifiedClaims?: string[];
  formerHolders?: [string, string[]][];
  unfinishedErasures?: { customerId: string; record?: ErasureRecord }[];
}

function emptySnapshot(): Snapshot {
  return { identities: [], customers: [], feedback: [], merges: [], daily: [], atRisk: [], claims: [] };
}

/**
 * The embedded Store for local mode: everything in memory, every change journaled to DATA_DIR.
 * It keeps the same rules as the DynamoDB adapter (the contract suite runs against both).
 */
export class LocalStore implements IdentityStore, TimelineStore, WorkQueueStore, AggregateStore, PendingWorkStore, ErasureStore {
  // All set by `restore`, which replaces the whole state (the journal reads it back from disk after a failed write).
  private identities!: Map<string, string>;
  /** Identities whose owner was claimed or pointed at by a sender who verified them. */
  private verifiedClaims!: Set<string>;
  private customers!: Map<string, Customer>;
  /** Per identity, the customers a person removed it from (IdentityStore.formerHoldersOf). */
  private formerHolders!: Map<string, string[]>;
  private feedback!: Map<string, FeedbackRecord>;
  private merges!: MergeRecord[];
  private daily!: Map<string, Counters>;
  private atRisk!: Map<string, Map<string, AtRiskEntry>>;
  private claims!: Map<string, string>;
  private suggestions!: Map<string, MergeSuggestion>;
  private suggestionsByStatus!: Map<MergeSuggestion['status'], SortedKeys>;
  /** Suggestion ids by either customer (`CUST#<id>`) and by the identity quoted (`ID#<identity>`), as DynamoDB lists them. */
  private suggestionsByKey!: Map<string, Set<string>>;
  private timelines!: Map<string, SortedKeys>;
  private byComplaintDay!: Map<string, SortedKeys>;
  private urgentByStatus!: Map<FeedbackStatus, SortedKeys>;
  private workQueue!: Map<string, SortedKeys>;
  private erasures!: ErasureRecord[];
  /** Ids of erased items: their redelivery is a duplicate. */
  private erasedFeedback!: Set<string>;
  /** Ids of erased customers: no identity leads to one again (a merge under way meanwhile). */
  private erasedCustomers!: Set<string>;
  /**
   * Erased customers whose data may still be on disk (the compaction after their erasure did not
   * finish), each with its erasure's record (none for claims withdrawn after an erasure): kept in
   * the snapshot, so a restart, the next erasure or the same request repeated finishes them.
   */
  private unfinishedErasures!: Map<string, ErasureRecord | undefined>;
  private readonly journal?: Journal<Op, Snapshot>;
  private readonly copiesIn: readonly { compact(): void }[];

  private readonly readOnly: boolean;

  /**
   * With a directory the store persists there; without one it lives only in memory. A read-only
   * store is a snapshot of what the directory's owner had written when it was opened. `copiesIn`
   * are the journals beside the store's that hold copies of what it keeps (the queue's messages):
   * an erasure rewrites them too.
   */
  constructor(directory?: string, { readOnly = false, copiesIn = [] }: { readOnly?: boolean; copiesIn?: readonly { compact(): void }[] } = {}) {
    this.readOnly = readOnly;
    this.copiesIn = copiesIn;
    this.restore(undefined);
    if (directory) {
      this.journal = new Journal<Op, Snapshot>(directory, 'store');
      this.journal.open((op) => this.apply(op), (snapshot) => this.restore(snapshot), () => this.capture(), readOnly);
      if (!readOnly) this.finishErasuresOnStart();
    }
  }

  /** An erasure a stopped process left on disk is finished before anything else; a disk still full leaves it to the next erasure. */
  private finishErasuresOnStart(): void {
    try {
      this.finishErasures();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      process.emitWarning(`an erasure left unfinished is still in the journals (the next erasure or start rewrites them): ${(error as Error).message}`, 'JournalWarning');
    }
  }

  async getIdentityOwner(identity: string) {
    return this.durable(this.identities.get(identity));
  }

  async claimIdentity(identity: string, customerId: string, verified = false) {
    if (this.erasedCustomers.has(customerId)) return this.durable(undefined);
    const owner = this.identities.get(identity);
    if (owner && !this.erasedCustomers.has(owner)) return this.durable(owner);
    await this.record({ op: 'identity', identity, customerId, ...(verified ? { verified } : {}) });
    return customerId;
  }

  async withdrawClaims(identities: string[], erasedCustomerId: string) {
    const held = identities.filter((identity) => this.identities.get(identity) === erasedCustomerId);
    if (held.length && this.erasedCustomers.has(erasedCustomerId)) await this.record({ op: 'withdrawClaims', identities: held, customerId: erasedCustomerId });
    else await this.durable(undefined);
    // As an erasure does (the journal would keep the identities it takes back, and who they led
    // to), and a retry after that was cut short finishes it.
    this.finishErasures();
  }

  async pointIdentity(identity: string, customerId: string, verified = false) {
    if (!this.erasedCustomers.has(customerId) && (this.identities.get(identity) !== customerId || this.verifiedClaims.has(identity) !== verified)) await this.record({ op: 'identity', identity, customerId, ...(verified ? { verified } : {}) });
    else await this.durable(undefined);
  }

  async isClaimedVerified(identity: string, customerId: string) {
    return this.durable(this.identities.get(identity) === customerId && this.verifiedClaims.has(identity));
  }

  async getCustomer(customerId: string) {
    return this.durable(profileAsRead(this.customers.get(customerId)));
  }

  async createCustomer(customer: Customer) {
    if (this.customers.has(customer.customerId) || this.erasedCustomers.has(customer.customerId)) return this.durable(false);
    await this.record({ op: 'customer', customer });
    return true;
  }

  async commitFeedback(commit: FeedbackCommit) {
    if (this.feedback.has(commit.record.feedbackId)) return this.durable('duplicate' as const);
    const customer = this.customers.get(commit.customer.customerId);
    if (!customer && this.erasedCustomers.has(commit.customer.customerId)) throw new CustomerErasedError(commit.customer.customerId);
    if (!customer) throw new Error(`customer ${commit.customer.customerId} does not exist`);
    if (customer.mergedInto) throw new CustomerMergedError(customer.customerId);
    if (commit.customer.heldIdentities?.some((identity) => !customer.identities.includes(identity))) throw new IdentitiesMovedError(customer.customerId);
    const { derive, ...fields } = commit;
    await this.record({ op: 'commit', commit: { ...fields, ...derive(profileAsRead(customer)!) } });
    return 'written' as const;
  }

  async getFeedback(feedbackId: string) {
    return this.durable(clone(this.feedback.get(feedbackId)));
  }

  async isKnownFeedback(feedbackId: string) {
    return this.durable(this.feedback.has(feedbackId) || this.erasedFeedback.has(feedbackId));
  }

  async getFeedbackNow(feedbackIds: readonly string[]) {
    return this.durable(feedbackIds.flatMap((feedbackId) => (this.feedback.has(feedbackId) ? [clone(this.feedback.get(feedbackId)!)] : [])));
  }

  async reviseClassification({ feedbackId, from, to }: ClassificationRevision) {
    const record = this.feedback.get(feedbackId);
    if (!record) return this.durable('gone' as const);
    if (!isDeepStrictEqual(record.classification, from)) return this.durable('changed' as const);
    await this.record({ op: 'classification', feedbackId, classification: to });
    return 'revised' as const;
  }

  async listTimeline(customerId: string, query: TimelineQuery): Promise<Page<FeedbackRecord>> {
    return this.durable(this.page(this.timelines.get(customerId), query));
  }

  async listWorkQueue(query: WorkQueueQuery): Promise<Page<FeedbackRecord>> {
    const feedback = this.feedback;
    const index = this.workQueue;
    async function* walk(segment: QueueSegment, below: string | undefined) {
      for (const sortKey of index.get(segment.partition)?.walkDescending(below) ?? []) {
        if (segment.lowest !== undefined && sortKey < segment.lowest) return;
        yield { ...queueAttributes(feedback.get(feedbackIdOf(sortKey))!), sortKey };
      }
    }
    return this.durable(await readQueuePage(query, walk, async (ids) => ids.map((id) => clone(this.feedback.get(id)!))));
  }

  async erase({ customers, identities, items, suggestions, claimsAbout, suggestionsNaming, profilesListing, mergesListing, record }: ErasurePlan) {
    const customerIds = customers.map((c) => c.customerId);
    await this.record({ op: 'erase', customerIds, identities, feedbackIds: items.map((i) => i.feedbackId), suggestionIds: suggestions.map((s) => s.suggestionId), claimsAbout, suggestionsNaming, profilesListing, mergesListing, record });
    this.finishErasures();
    return record;
  }

  /**
   * The customers are gone from memory as soon as the erasure is journaled, so a request repeated
   * after its compaction failed would find nobody: it finishes the erasure here instead, and
   * answers the record the first attempt made.
   */
  async finishErasureOf(customerId: string) {
    const record = await this.durable(this.unfinishedErasures.get(customerId));
    if (record) this.finishErasures();
    return clone(record);
  }

  /**
   * Takes what erasures removed off the disk: the journal holds every past write verbatim, so it
   * is rewritten as the state without them, the fragments set aside from it go, and so do the
   * copies in the journals beside it. The erasures stay unfinished until all of that succeeded.
   */
  private finishErasures(): void {
    if (this.unfinishedErasures.size === 0) return;
    for (const journal of this.copiesIn) journal.compact();
    this.journal?.forgetSetAside();
    const unfinished = this.unfinishedErasures;
    this.unfinishedErasures = new Map();
    try {
      this.journal?.compact(this.capture());
    } catch (error) {
      this.unfinishedErasures = unfinished;
      throw error;
    }
  }

  async listErasures(query: { limit: number; cursor?: string }): Promise<Page<ErasureRecord>> {
    const after = query.cursor === undefined ? undefined : decodeErasureCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) throw new InvalidCursorError();
    const following = this.erasures
      .map((erasure) => ({ key: erasureKey(erasure), erasure }))
      .filter(({ key }) => after === undefined || key > after)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const items = following.slice(0, query.limit).map(({ erasure }) => clone(erasure));
    return this.durable(following.length > query.limit ? { items, nextCursor: encodeCursor(erasureKey(items.at(-1)!)) } : { items });
  }

  async changeStatus(change: StatusChange) {
    const record = this.feedback.get(change.feedbackId);
    if (!record) return this.durable(undefined);
    if (record.status !== change.from || caseRevision(record) !== change.revision) return this.durable('conflict' as const);
    await this.record({ op: 'status', change });
    return this.durable(clone(this.feedback.get(change.feedbackId))!);
  }

  private page(index: SortedKeys | undefined, query: TimelineQuery): Page<FeedbackRecord> {
    const before = timelineReadsBelow(query);
    const keys = index?.descending(query.limit + 1, before, timelineReadsDownTo(query)) ?? [];
    const listed = keys.slice(0, query.limit);
    const fitting = itemsWithin(listed.map((key) => this.feedback.get(feedbackIdOf(key))), query.maxBytes ?? Number.POSITIVE_INFINITY);
    const page = listed.slice(0, fitting);
    const items = page.map((key) => clone(this.feedback.get(feedbackIdOf(key)))!);
    return keys.length > page.length ? { items, nextCursor: encodeCursor(page.at(-1)!) } : { items };
  }

  async moveFeedback({ feedbackId, from, to, mergedVia, mergeId, counted, carried, originalCustomerId }: FeedbackMove) {
    if (this.feedback.get(feedbackId)?.customerId === from) {
      await this.record({ op: 'repoint', feedbackId, customerId: to, mergedVia, mergeId, counted, ...(carried ? { carried } : {}), ...(originalCustomerId ? { originalCustomerId } : {}) });
    } else await this.durable(undefined);
  }

  async reviseDerived(customerId: string, days: string[], derive: (current: Customer) => Promise<DerivedProfile>) {
    for (let attempt = 1; ; attempt += 1) {
      const before = this.customers.get(customerId);
      if (!before) return this.durable(undefined);
      const seen = JSON.stringify(before);
      const state = await derive(profileAsRead(before)!);
      // Something committed to the customer while `derive` read its items: derive again.
      if (JSON.stringify(this.customers.get(customerId)) === seen) return this.record({ op: 'derived', customerId, days, state });
      if (attempt >= MAX_REVISE_ATTEMPTS) throw new Error(`profile of ${customerId}: the customer kept changing; giving up after ${attempt} attempts`);
    }
  }

  async raiseAtRisk(customerId: string, derive: (current: Customer) => Promise<RaisedRisk>) {
    for (let attempt = 1; ; attempt += 1) {
      const before = this.customers.get(customerId);
      if (!before || before.mergedInto) return this.durable(undefined);
      const seen = JSON.stringify(before);
      const raised = await derive(profileAsRead(before)!);
      // The customer changed while `derive` read its items (a commit, an undo's revision): derive again, as DynamoDB's epoch would take an undo's stale entries back.
      if (JSON.stringify(this.customers.get(customerId)) === seen) return this.record({ op: 'raiseRisk', customerId, ...raised });
      if (attempt >= MAX_REVISE_ATTEMPTS) throw new Error(`profile of ${customerId}: the customer kept changing; giving up after ${attempt} attempts`);
    }
  }

  async beginMerge(request: MergeRequest, acceptsSuggestion?: string) {
    const absorbed = this.customers.get(request.absorbedId);
    const survivor = this.customers.get(request.survivorId);
    if (!absorbed || !survivor) throw new Error('both customers of a merge must exist');
    if (absorbed.mergedInto) return this.durable({ status: 'already' as const });
    if (survivor.mergedInto) throw new CustomerMergedError(survivor.customerId);
    const mergeId = mergeIdFor(request.survivorId, request.absorbedId, request.mergedAt);
    const suggestion = acceptsSuggestion === undefined ? undefined : this.suggestions.get(acceptsSuggestion);
    const accepts = acceptsSuggestion === undefined ? undefined : acceptedBy(suggestion, { ...request, mergeId });
    if (acceptsSuggestion !== undefined && !accepts) return this.durable({ status: 'suggestion_decided' as const });
    // Checked with no await before the write below: no identity change comes in between.
    const holder = suggestion && this.identityLeadsTo(suggestion.identity);
    if (suggestion && holder !== request.survivorId && holder !== request.absorbedId) return this.durable({ status: 'identity_moved' as const, ...(holder ? { holder } : {}) });
    const refusal = mergeRefusal(survivor, absorbed);
    if (refusal) return this.durable(refusal);
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
    await this.record({ op: 'beginMerge', merge: withoutUndefined(merge), ...(accepts ? { accepts } : {}) });
    return { status: 'started' as const, mergeId: merge.mergeId };
  }

  /** The customer an identity's owner stands for now, following merged-into links (see IdentityStore.beginMerge); undefined when nobody holds it. */
  private identityLeadsTo(identity: string): string | undefined {
    const owner = this.identities.get(identity);
    let customer = owner === undefined ? undefined : this.customers.get(owner);
    for (let hop = 0; customer?.mergedInto && hop < MAX_MERGE_CHAIN; hop += 1) customer = this.customers.get(customer.mergedInto);
    return customer?.customerId;
  }

  async getMerge(mergeId: string) {
    return this.durable(clone(this.merges.find((m) => m.mergeId === mergeId)));
  }

  async undoMerge(undo: UndoRequest): Promise<UndoOutcome> {
    const merge = this.merges.find((m) => m.mergeId === undo.mergeId);
    if (!merge) return this.durable({ status: 'not_found' });
    if (merge.undoneAt) return this.durable({ status: 'already', merge: clone(merge) });
    const survivor = this.customers.get(merge.survivorId)!;
    if (survivor.mergedInto) return this.durable({ status: 'survivor_merged', into: survivor.mergedInto });
    await this.record({ op: 'undoMerge', undo });
    return { status: 'undone', merge: clone(merge) };
  }

  async addIdentity(request: IdentityChangeRequest): Promise<AddIdentityOutcome> {
    const customer = this.customers.get(request.customerId);
    if (!customer) return this.durable({ status: 'not_found' });
    if (customer.mergedInto) throw new CustomerMergedError(customer.customerId);
    const decision = decideAdd(customer, this.identities.get(request.identity), request.identity);
    if (decision.status === 'added' || decision.status === 'verified') await this.record({ op: 'identityChange', customerId: customer.customerId, change: changeRecord(request, decision.status) });
    return this.durable(decision.status === 'added' || decision.status === 'verified' || decision.status === 'unchanged' ? { status: decision.status, customer: profileAsRead(this.customers.get(request.customerId))! } : decision);
  }

  async removeIdentity(request: IdentityChangeRequest): Promise<RemoveIdentityOutcome> {
    const customer = this.customers.get(request.customerId);
    if (!customer) return this.durable({ status: 'not_found' });
    if (customer.mergedInto) throw new CustomerMergedError(customer.customerId);
    // Decided and applied with no await between: no other change comes in between.
    const decision = decideRemove(customer, request.identity, (id) => this.merges.filter((merge) => merge.survivorId === id && !merge.undoneAt));
    if (decision.status !== 'removed') return this.durable(decision);
    await this.record({ op: 'identityChange', customerId: customer.customerId, change: changeRecord(request, 'removed') });
    return this.durable({ status: 'removed' as const, customer: profileAsRead(this.customers.get(request.customerId))! });
  }

  async releaseIdentity(identity: string, customerId: string) {
    if (this.customers.get(customerId)?.identities.includes(identity)) await this.record({ op: 'release', identity, customerId });
    else await this.durable(undefined);
  }

  async suggestMerge(suggestion: MergeSuggestion) {
    if (this.suggestions.has(suggestion.suggestionId)) return this.durable(false);
    await this.record({ op: 'suggest', suggestion });
    return true;
  }

  async getMergeSuggestion(suggestionId: string) {
    return this.durable(clone(this.suggestions.get(suggestionId)));
  }

  async listMergeSuggestions(status: MergeSuggestion['status'], query: TimelineQuery): Promise<Page<MergeSuggestion>> {
    const before = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && before === undefined) throw new InvalidCursorError();
    const keys = this.suggestionsByStatus.get(status)?.descending(query.limit + 1, before) ?? [];
    const page = keys.slice(0, query.limit);
    const items = page.map((key) => clone(this.suggestions.get(feedbackIdOf(key)))!);
    return this.durable(keys.length > query.limit ? { items, nextCursor: encodeCursor(page.at(-1)!) } : { items });
  }

  async mergeSuggestionsOf(customerId: string) {
    return this.durable(this.suggestionsListedUnder(`CUST#${customerId}`));
  }

  async mergeSuggestionsQuoting(identity: string) {
    return this.durable(this.suggestionsListedUnder(`ID#${identity}`));
  }

  async formerHoldersOf(identity: string) {
    return this.durable([...(this.formerHolders.get(identity) ?? [])]);
  }

  private suggestionsListedUnder(key: string): MergeSuggestion[] {
    return [...(this.suggestionsByKey.get(key) ?? [])].map((id) => clone(this.suggestions.get(id))!);
  }

  async decideMergeSuggestion(decision: SuggestionDecision) {
    const suggestion = this.suggestions.get(decision.suggestionId);
    if (!suggestion) return this.durable(undefined);
    if (mergeFillsIn(suggestion, decision)) {
      await this.record({ op: 'decide', decision: { ...decision, at: suggestion.decidedAt!, by: suggestion.decidedBy! } });
      return this.durable(clone(this.suggestions.get(decision.suggestionId))!);
    }
    if (suggestion.status !== 'open') return this.durable('conflict' as const);
    await this.record({ op: 'decide', decision: withoutUndefined(decision) });
    return this.durable(clone(this.suggestions.get(decision.suggestionId))!);
  }

  async reopenMergeSuggestion(reopening: SuggestionReopening) {
    const suggestion = this.suggestions.get(reopening.suggestionId);
    if (suggestion?.status !== 'accepted' || suggestion.mergeId !== (reopening.closedAsOne ? undefined : reopening.mergeId)) return this.durable(undefined);
    await this.record({ op: 'reopen', reopening });
  }

  async finishMerge(survivorId: string, absorbedId: string) {
    if (this.customers.get(survivorId)?.pendingMerges?.includes(absorbedId)) {
      await this.record({ op: 'finishMerge', survivorId, absorbedId });
    } else await this.durable(undefined);
  }

  async finishUndo(survivorId: string, mergeId: string) {
    if (this.customers.get(survivorId)?.pendingUndos?.includes(mergeId)) await this.record({ op: 'finishUndo', survivorId, mergeId });
    else await this.durable(undefined);
  }

  async eraseLeftBehind(mergeId: string, items: FeedbackRecord[]) {
    const feedbackIds = items.map((item) => item.feedbackId).filter((feedbackId) => this.feedback.has(feedbackId));
    if (!feedbackIds.length) return this.durable(undefined);
    await this.record({ op: 'eraseLeftBehind', mergeId, feedbackIds });
    this.finishErasures();
  }

  async customersWithPendingWork(query: { limit: number; cursor?: string }): Promise<Page<Customer>> {
    const after = query.cursor === undefined ? undefined : decodeCustomerCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) throw new InvalidCursorError();
    const pending = [...this.customers.values()]
      .filter((customer) => hasPendingWork(customer) && (after === undefined || customer.customerId > after))
      .sort((a, b) => (a.customerId < b.customerId ? -1 : 1));
    const items = pending.slice(0, query.limit).map((customer) => profileAsRead(customer)!);
    return this.durable(pending.length > query.limit ? { items, nextCursor: encodeCursor(items.at(-1)!.customerId) } : { items });
  }

  async listMerges(customerId: string) {
    return this.durable(clone(this.merges.filter((m) => m.survivorId === customerId || m.absorbedId === customerId))!);
  }

  async getDailyCounters(days: string[]) {
    return this.durable(new Map(days.flatMap((day) => (this.daily.has(day) ? [[day, countersHeld(this.daily.get(day)!)] as const] : []))));
  }

  async listByComplaintType(type: string, days: string[], limit: number) {
    const keys = days.flatMap((day) => this.byComplaintDay.get(`${type}#${day}`)?.toArray() ?? []);
    return this.durable(newestRecords(keys, limit, this.feedback));
  }

  async listUrgent(status: FeedbackStatus, received: ReceivedRange, limit: number, order: 'newest' | 'oldest' = 'newest') {
    const index = this.urgentByStatus.get(status);
    // Keys are `<receivedAt>#<id>`, so `<from>#` ≤ key < `<to>#` is exactly [from, to).
    const keys = (order === 'newest' ? index?.descending(limit, `${received.to}#`, `${received.from}#`) : index?.ascending(limit, `${received.from}#`, `${received.to}#`)) ?? [];
    return this.durable(keys.map((key) => clone(this.feedback.get(feedbackIdOf(key)))!));
  }

  async listAtRisk(days: string[], limit: number) {
    return this.durable(
      days.flatMap((day) =>
        [...(this.atRisk.get(day)?.values() ?? [])]
          .sort((a, b) => b.negativesLastWeek - a.negativesLastWeek || a.customerId.localeCompare(b.customerId))
          .slice(0, limit)
          .map((entry) => ({ ...entry })),
      ),
    );
  }

  async claimOnce(key: string, at: string) {
    if (this.claims.has(key)) return this.durable(false);
    await this.record({ op: 'claim', key, at });
    return true;
  }

  async releaseClaim(key: string) {
    if (this.claims.has(key)) await this.record({ op: 'releaseClaim', key });
    else await this.durable(undefined);
  }

  /**
   * Applies at once (later calls see it) and resolves when the change is journaled. When the disk
   * refuses it, memory goes back to what the disk holds (see Journal) and the caller gets a
   * StoreUnavailableError: the change was never made.
   */
  private record(op: Op): Promise<void> {
    if (this.readOnly) throw new Error('this store was opened read-only: the data directory belongs to another process');
    this.apply(op);
    this.journal?.append(op);
    return this.durable(undefined);
  }

  /**
   * Answers `value`, read from memory, once everything applied so far is on disk: memory runs ahead
   * of the journal by one group write, and an answer (an item "known", a duplicate, a 200) must not
   * rest on a change the disk may still refuse. Rejects with StoreUnavailableError when it does.
   */
  private async durable<T>(value: T): Promise<T> {
    await this.journal?.flushed();
    return value;
  }

  private applyDecision(decision: SuggestionDecision): void {
    const suggestion = this.suggestions.get(decision.suggestionId)!;
    this.suggestionsByStatus.get(suggestion.status)?.delete(`${suggestion.createdAt}#${suggestion.suggestionId}`);
    suggestion.status = decision.status;
    suggestion.decidedAt = decision.at;
    suggestion.decidedBy = decision.by;
    if (decision.mergeId) suggestion.mergeId = decision.mergeId;
    this.indexSuggestion(suggestion);
  }

  private applyReopening({ suggestionId, mergeId, at, by }: SuggestionReopening): void {
    const suggestion = this.suggestions.get(suggestionId)!;
    this.suggestionsByStatus.get(suggestion.status)?.delete(`${suggestion.createdAt}#${suggestion.suggestionId}`);
    suggestion.status = 'open';
    delete suggestion.decidedAt;
    delete suggestion.decidedBy;
    delete suggestion.mergeId;
    Object.assign(suggestion, { undoneAt: at, undoneBy: by, undoneMergeId: mergeId });
    this.indexSuggestion(suggestion);
  }

  private apply(op: Op): void {
    switch (op.op) {
      case 'identity':
        this.identities.set(op.identity, op.customerId);
        if (op.verified) this.verifiedClaims.add(op.identity);
        else this.verifiedClaims.delete(op.identity);
        return;
      case 'customer':
        this.customers.set(op.customer.customerId, clone(op.customer)!);
        return;
      case 'commit':
        return this.applyCommit(op.commit);
      case 'repoint': {
        const record = this.feedback.get(op.feedbackId)!;
        const key = timelineKey(record.receivedAt, record.feedbackId);
        this.timelines.get(record.customerId)?.delete(key);
        if (op.carried) {
          const lastSeen = 'receivedAt' in op.carried ? op.carried : op.carried.lastSeen;
          const from = this.customers.get(record.customerId)!;
          addCounters(from.counts, negated(op.carried.counts));
          if (lastSeen && from.lastSeen === lastSeen.receivedAt) from.lastSeen = lastSeen.fromLastSeen;
          const to = this.customers.get(op.customerId)!;
          addCounters(to.counts, op.carried.counts);
          if (lastSeen) to.lastSeen = max(to.lastSeen, lastSeen.receivedAt);
        }
        record.customerId = op.customerId;
        if (op.originalCustomerId) record.originalCustomerId = op.originalCustomerId;
        if (op.mergedVia.length) record.mergedVia = [...op.mergedVia];
        else delete record.mergedVia;
        const merge = op.mergeId === undefined ? undefined : this.merges.find((m) => m.mergeId === op.mergeId);
        if (merge) merge.movedItems = (merge.movedItems ?? 0) + (op.counted ?? 0);
        this.indexTimeline(record);
        return;
      }
      case 'beginMerge':
        this.applyMerge(op.merge);
        if (op.accepts) this.applyDecision(op.accepts);
        return;
      case 'finishMerge': {
        const survivor = this.customers.get(op.survivorId)!;
        survivor.pendingMerges = survivor.pendingMerges?.filter((id) => id !== op.absorbedId);
        if (survivor.pendingMerges?.length === 0) delete survivor.pendingMerges;
        return;
      }
      case 'claim':
        this.claims.set(op.key, op.at);
        return;
      case 'releaseClaim':
        this.claims.delete(op.key);
        return;
      case 'undoMerge':
        return this.applyUndo(op.undo);
      case 'finishUndo': {
        const survivor = this.customers.get(op.survivorId)!;
        survivor.pendingUndos = survivor.pendingUndos?.filter((id) => id !== op.mergeId);
        if (survivor.pendingUndos?.length === 0) delete survivor.pendingUndos;
        return;
      }
      case 'eraseLeftBehind':
        for (const feedbackId of op.feedbackIds) this.eraseItem(feedbackId);
        // Off the disk as an erasure's items are; keyed by the merge, as its survivor stays.
        if (!this.unfinishedErasures.has(op.mergeId)) this.unfinishedErasures.set(op.mergeId, undefined);
        return;
      case 'derived':
        return this.applyDerived(op);
      case 'raiseRisk':
        return this.applyRaisedRisk(op);
      case 'classification':
        return this.applyClassification(op);
      case 'withdrawClaims':
        if (!this.unfinishedErasures.has(op.customerId)) this.unfinishedErasures.set(op.customerId, undefined);
        for (const identity of op.identities) {
          if (this.identities.get(identity) !== op.customerId) continue;
          this.identities.delete(identity);
          this.verifiedClaims.delete(identity);
        }
        return;
      case 'release': {
        const customer = this.customers.get(op.customerId)!;
        customer.identities = customer.identities.filter((i) => i !== op.identity);
        if (customer.verifiedIdentities) customer.verifiedIdentities = customer.verifiedIdentities.filter((i) => i !== op.identity);
        return;
      }
      case 'identityChange':
        return this.applyIdentityChange(op);
      case 'suggest':
        return this.indexSuggestion(clone(op.suggestion));
      case 'decide':
        return this.applyDecision(op.decision);
      case 'reopen':
        return this.applyReopening(op.reopening);
      case 'status':
        return this.applyStatus(op.change);
      case 'erase':
        return this.applyErase(op);
    }
  }

  private applyCommit({ record, customer: patch, aggregateDeltas, negativeDays, firstPositive, atRisk, newOnDay, newCountMovedFrom }: Omit<FeedbackCommit, 'derive'> & DerivedState): void {
    const stored = clone(record)!;
    this.feedback.set(stored.feedbackId, stored);
    this.indexRecord(stored);
    const customer = this.customers.get(patch.customerId)!;
    customer.identities = union(customer.identities, patch.addIdentities);
    if (patch.addVerifiedIdentities?.length) customer.verifiedIdentities = union(customer.verifiedIdentities ?? [], patch.addVerifiedIdentities);
    customer.firstSeen = min(customer.firstSeen, patch.seenAt);
    customer.lastSeen = max(customer.lastSeen, patch.seenAt);
    const name = nameAfterMessage(customer, patch);
    if (name) setName(customer, name);
    if (newCountMovedFrom) {
      customer.newOnDay = newOnDay;
      this.addDaily(newCountMovedFrom, { [COUNTER.newCustomers]: -1 });
    } else customer.newOnDay ??= newOnDay;
    addCounters(customer.counts, patch.countDeltas);
    if (negativeDays) customer.negativeDays = { ...negativeDays };
    if (firstPositive) customer.firstPositive = firstPositive;
    this.addDaily(record.day, aggregateDeltas);
    if (atRisk) {
      customer.atRisk = profileFlag(atRisk);
      this.putAtRisk(atRisk);
    }
  }

  private applyDerived({ customerId, days, state }: Extract<Op, { op: 'derived' }>): void {
    const customer = this.customers.get(customerId)!;
    setName(customer, state);
    if (state.seen) Object.assign(customer, state.seen);
    const moved = newCountMoved(customer, state.earliestDay);
    if (Object.keys(moved).length) {
      this.addNewCounts(moved);
      customer.newOnDay = state.earliestDay;
    }
    if (state.negativeDays) customer.negativeDays = { ...state.negativeDays };
    else delete customer.negativeDays;
    if (state.firstPositive) customer.firstPositive = state.firstPositive;
    else delete customer.firstPositive;
    if (state.atRisk) customer.atRisk = profileFlag(state.atRisk);
    else delete customer.atRisk;
    for (const day of days) this.atRisk.get(day)?.delete(customerId);
    for (const entry of state.entries) if (days.includes(entry.day)) this.putAtRisk(entry);
  }

  private applyRaisedRisk({ customerId, entries, firstPositive }: Extract<Op, { op: 'raiseRisk' }>): void {
    const customer = this.customers.get(customerId)!;
    if (firstPositive && !(customer.firstPositive && customer.firstPositive <= firstPositive)) customer.firstPositive = firstPositive;
    for (const entry of entries) this.putAtRisk(entry);
    const latest = latestFlag(entries);
    if (latest && (!customer.atRisk || latestFlag([{ ...customer.atRisk, customerId }, latest]) === latest)) customer.atRisk = profileFlag(latest);
  }

  private applyClassification({ feedbackId, classification }: Extract<Op, { op: 'classification' }>): void {
    const record = this.feedback.get(feedbackId)!;
    const urgentChange = Number(classification.urgent) - Number(record.classification.urgent);
    this.unindexStatus(record);
    record.classification = clone(classification)!;
    this.indexStatus(record);
    if (urgentChange) this.addDaily(record.day, { [COUNTER.urgent]: urgentChange });
  }

  /** A customer's entry on a day is the one with the most negatives, as DynamoDB lists them. */
  private putAtRisk(entry: AtRiskEntry): void {
    const day = this.atRisk.get(entry.day) ?? this.atRisk.set(entry.day, new Map()).get(entry.day)!;
    if ((day.get(entry.customerId)?.negativesLastWeek ?? 0) <= entry.negativesLastWeek) day.set(entry.customerId, { ...entry });
  }

  private applyStatus(change: StatusChange): void {
    const record = this.feedback.get(change.feedbackId)!;
    this.unindexStatus(record);
    record.status = change.to;
    if (change.to !== change.from && change.to === 'acknowledged') record.acknowledgedAt = change.at;
    if (change.to !== change.from && change.to === 'resolved') record.resolvedAt = change.at;
    if (change.assignee === '') delete record.assignee;
    else if (change.assignee !== undefined) record.assignee = change.assignee;
    const kept = withCaseEvent(record, change.event);
    delete record.olderCaseChanges;
    Object.assign(record, kept);
    this.indexStatus(record);
    this.addDaily(change.day, change.aggregateDeltas);
    const customer = this.countingCustomer(record.customerId);
    if (customer) addCounters(customer.counts, change.customerDeltas);
  }

  /**
   * Whose counts an item's case counts in: a merge's atomic step gave the survivor the absorbed
   * customer's counts before its items move, so an item not moved yet counts on the survivor.
   */
  private countingCustomer(customerId: string): Customer | undefined {
    let customer = this.customers.get(customerId);
    while (customer?.mergedInto) customer = this.customers.get(customer.mergedInto);
    return customer;
  }

  private applyIdentityChange({ customerId, change }: Extract<Op, { op: 'identityChange' }>): void {
    const customer = this.customers.get(customerId)!;
    const { identity } = change;
    if (change.change === 'removed') {
      this.rememberFormerHolder(identity, customerId);
      if (this.identities.get(identity) === customerId) {
        this.identities.delete(identity);
        this.verifiedClaims.delete(identity);
      }
      customer.identities = customer.identities.filter((i) => i !== identity);
      const verified = (customer.verifiedIdentities ?? []).filter((i) => i !== identity);
      if (verified.length) customer.verifiedIdentities = verified;
      else delete customer.verifiedIdentities;
    } else {
      this.identities.set(identity, customerId);
      this.verifiedClaims.add(identity);
      customer.identities = union(customer.identities, [identity]);
      customer.verifiedIdentities = union(customer.verifiedIdentities ?? [], [identity]);
    }
    Object.assign(customer, withIdentityChanges(customer, [change]));
  }

  /** Its record of changes names the identity: an erasure of the identity's next holder finds it. */
  private rememberFormerHolder(identity: string, customerId: string): void {
    const former = this.formerHolders.get(identity) ?? [];
    if (!former.includes(customerId)) this.formerHolders.set(identity, [...former, customerId]);
  }

  private applyMerge(merge: MergeRecord): void {
    const absorbed = this.customers.get(merge.absorbedId)!;
    const survivor = this.customers.get(merge.survivorId)!;
    absorbed.mergedInto = merge.survivorId;
    survivor.identities = union(survivor.identities, merge.absorbedIdentities);
    if (merge.absorbedVerifiedIdentities.length) survivor.verifiedIdentities = union(survivor.verifiedIdentities ?? [], merge.absorbedVerifiedIdentities);
    survivor.firstSeen = min(survivor.firstSeen, merge.absorbedFirstSeen);
    survivor.lastSeen = max(survivor.lastSeen, merge.absorbedLastSeen);
    addCounters(survivor.counts, merge.absorbedCounts);
    survivor.pendingMerges = union(survivor.pendingMerges ?? [], [merge.absorbedId]);
    survivor.mergeChain = mergeChainAfter(survivor, absorbed);
    setName(survivor, nameAfterMerge(survivor, absorbed));
    this.merges.push(clone(merge)!);
    const newCount = newCountOfMerge(merge);
    if (newCount.survivorNewOnDay) survivor.newOnDay = newCount.survivorNewOnDay;
    this.addNewCounts(newCount.change);
  }

  private addNewCounts(change: NewCountChange): void {
    for (const [day, delta] of Object.entries(change)) this.addDaily(day, { [COUNTER.newCustomers]: delta });
  }

  private addDaily(day: string, deltas: Counters): void {
    addCounters(this.daily.get(day) ?? this.daily.set(day, {}).get(day)!, deltas);
  }

  private applyUndo(undo: UndoRequest): void {
    const merge = this.merges.find((m) => m.mergeId === undo.mergeId)!;
    merge.undoneAt = undo.at;
    merge.undoneBy = undo.by;
    if (undo.with) merge.undoneWith = undo.with;
    const survivor = this.customers.get(merge.survivorId)!;
    const absorbed = this.customers.get(merge.absorbedId)!;
    if (undo.broughtBack?.length) {
      merge.broughtBack = [...undo.broughtBack];
      this.giveBack(undo.broughtBack, survivor, absorbed);
    }
    for (const identity of merge.absorbedIdentities) if (this.identities.get(identity) === merge.survivorId) this.identities.set(identity, merge.absorbedId);
    survivor.identities = survivor.identities.filter((i) => !merge.absorbedIdentities.includes(i));
    // A claim of the absorbed customer that its own sender proved while merged goes back verified.
    const provenWhileMerged = verifiedWhileMerged(survivor, merge);
    if (survivor.verifiedIdentities) survivor.verifiedIdentities = survivor.verifiedIdentities.filter((i) => !merge.absorbedIdentities.includes(i));
    addCounters(survivor.counts, negated(merge.absorbedCounts));
    // Separated again, each counts as new on its own day once more.
    const newCount = newCountOfUndo(merge, survivor);
    this.addNewCounts(newCount.change);
    if (newCount.survivorNewOnDay) survivor.newOnDay = newCount.survivorNewOnDay;
    else delete survivor.newOnDay;
    survivor.firstSeen = merge.survivorFirstSeen;
    survivor.lastSeen = lastSeenAfterUndo(survivor.lastSeen, merge);
    const chain = mergeChainAfterUndo(survivor.customerId, this.merges, merge.mergeId);
    if (chain > 0) survivor.mergeChain = chain;
    else delete survivor.mergeChain;
    if (remembersSeparation(survivor.separatedFrom, merge.absorbedId)) survivor.separatedFrom = union(survivor.separatedFrom ?? [], [merge.absorbedId]);
    const pending = survivor.pendingMerges?.filter((id) => id !== merge.absorbedId) ?? [];
    if (pending.length) survivor.pendingMerges = pending;
    else delete survivor.pendingMerges;
    survivor.pendingUndos = union(survivor.pendingUndos ?? [], [merge.mergeId]);
    delete absorbed.mergedInto;
    // An identity a verified sender took over while merged leads elsewhere now: no longer the absorbed customer's.
    const lost = new Set(merge.absorbedIdentities.filter((identity) => this.identities.get(identity) !== merge.absorbedId));
    absorbed.identities = absorbed.identities.filter((identity) => !lost.has(identity));
    const absorbedVerified = union(absorbed.verifiedIdentities ?? [], provenWhileMerged).filter((identity) => !lost.has(identity));
    if (absorbedVerified.length) absorbed.verifiedIdentities = absorbedVerified;
    else delete absorbed.verifiedIdentities;
    if (remembersSeparation(absorbed.separatedFrom, merge.survivorId)) absorbed.separatedFrom = union(absorbed.separatedFrom ?? [], [merge.survivorId]);
    const handedBack = changesWhileMerged(survivor, merge, undo.broughtBack);
    if (handedBack.length) Object.assign(absorbed, withIdentityChanges(absorbed, handedBack));
    for (const { identity } of handedBack.filter((change) => change.change === 'removed')) this.rememberFormerHolder(identity, absorbed.customerId);
  }

  /** Newcomers still leading to the survivor move to the absorbed customer, verified as the survivor held them. */
  private giveBack(identities: string[], survivor: Customer, absorbed: Customer): void {
    const moving = identities.filter((identity) => this.identities.get(identity) === survivor.customerId);
    const verified = moving.filter((identity) => survivor.verifiedIdentities?.includes(identity));
    for (const identity of moving) this.identities.set(identity, absorbed.customerId);
    survivor.identities = survivor.identities.filter((identity) => !moving.includes(identity));
    if (survivor.verifiedIdentities) survivor.verifiedIdentities = survivor.verifiedIdentities.filter((identity) => !moving.includes(identity));
    absorbed.identities = union(absorbed.identities, moving);
    if (verified.length) absorbed.verifiedIdentities = union(absorbed.verifiedIdentities ?? [], verified);
  }

  private indexSuggestion(suggestion: MergeSuggestion): void {
    this.suggestions.set(suggestion.suggestionId, suggestion);
    const index = this.suggestionsByStatus.get(suggestion.status) ?? this.suggestionsByStatus.set(suggestion.status, new SortedKeys()).get(suggestion.status)!;
    index.add(`${suggestion.createdAt}#${suggestion.suggestionId}`);
    for (const key of suggestionKeys(suggestion)) (this.suggestionsByKey.get(key) ?? this.suggestionsByKey.set(key, new Set()).get(key)!).add(suggestion.suggestionId);
  }

  private unlistSuggestion(suggestion: MergeSuggestion, keys = suggestionKeys(suggestion)): void {
    for (const key of keys) this.suggestionsByKey.get(key)?.delete(suggestion.suggestionId);
  }

  private indexRecord(record: FeedbackRecord): void {
    this.indexTimeline(record);
    const key = timelineKey(record.receivedAt, record.feedbackId);
    for (const { type } of record.classification.complaintTypes) {
      const index = `${type}#${record.day}`;
      (this.byComplaintDay.get(index) ?? this.byComplaintDay.set(index, new SortedKeys()).get(index)!).add(key);
    }
    this.indexStatus(record);
  }

  private applyErase({ customerIds, identities, feedbackIds, suggestionIds, claimsAbout = [], suggestionsNaming = [], profilesListing = [], mergesListing = [], record }: Extract<Op, { op: 'erase' }>): void {
    for (const { feedbackId, identities: kept } of claimsAbout) {
      const item = this.feedback.get(feedbackId);
      if (item) item.identities = [...kept];
    }
    for (const { suggestionId, identity } of suggestionsNaming) {
      const suggestion = this.suggestions.get(suggestionId);
      if (!suggestion) continue;
      // The marker is listed under no identity: DynamoDB drops the identity's listing with it.
      this.unlistSuggestion(suggestion, [`ID#${suggestion.identity}`]);
      suggestion.identity = identity;
    }
    for (const { customerId, identities: listed, separatedFrom = [], identityChanges } of profilesListing) {
      const customer = this.customers.get(customerId);
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
      const merge = this.merges.find((m) => m.mergeId === kept.mergeId);
      if (!merge) continue;
      Object.assign(merge, { absorbedIdentities: [...kept.absorbedIdentities], absorbedVerifiedIdentities: [...kept.absorbedVerifiedIdentities] });
      if (kept.survivorIdentities) merge.survivorIdentities = [...kept.survivorIdentities];
      if (kept.broughtBack) merge.broughtBack = [...kept.broughtBack];
    }
    for (const suggestionId of suggestionIds) {
      const suggestion = this.suggestions.get(suggestionId);
      if (!suggestion) continue;
      this.suggestionsByStatus.get(suggestion.status)?.delete(`${suggestion.createdAt}#${suggestion.suggestionId}`);
      this.unlistSuggestion(suggestion);
      this.suggestions.delete(suggestionId);
    }
    const erased = new Set(customerIds);
    for (const identity of identities) {
      const heldByPerson = erased.has(this.identities.get(identity) ?? '');
      const former = (this.formerHolders.get(identity) ?? []).filter((customerId) => !heldByPerson && !erased.has(customerId));
      if (former.length) this.formerHolders.set(identity, former);
      else this.formerHolders.delete(identity);
    }
    // A message of the person that committed after the plan was read goes with it, and so does any identity it claimed.
    const planned = new Set(feedbackIds);
    const late = customerIds.flatMap((customerId) => [...(this.timelines.get(customerId)?.walkDescending(undefined) ?? [])].map(feedbackIdOf)).filter((feedbackId) => !planned.has(feedbackId));
    const lateIdentities = late.flatMap((feedbackId) => this.feedback.get(feedbackId)?.identities ?? []);
    for (const identity of [...identities, ...lateIdentities]) if (erased.has(this.identities.get(identity) ?? '')) {
      this.identities.delete(identity);
      this.verifiedClaims.delete(identity);
    }
    for (const feedbackId of [...feedbackIds, ...late]) this.eraseItem(feedbackId);
    for (const customerId of customerIds) {
      this.erasedCustomers.add(customerId);
      this.customers.delete(customerId);
      this.timelines.delete(customerId);
      for (const day of this.atRisk.values()) day.delete(customerId);
    }
    this.merges = this.merges.filter((m) => !erased.has(m.survivorId) && !erased.has(m.absorbedId));
    if (!this.erasures.some((e) => e.erasureId === record.erasureId)) this.erasures.push(clone(record));
    for (const customerId of customerIds) this.unfinishedErasures.set(customerId, clone(record));
  }

  /** The item goes with every index entry; its id stays, so that a redelivery is a duplicate. */
  private eraseItem(feedbackId: string): void {
    this.erasedFeedback.add(feedbackId);
    const item = this.feedback.get(feedbackId);
    if (!item) return;
    this.unindexStatus(item);
    const key = timelineKey(item.receivedAt, item.feedbackId);
    this.timelines.get(item.customerId)?.delete(key);
    for (const { type } of item.classification.complaintTypes) this.byComplaintDay.get(`${type}#${item.day}`)?.delete(key);
    this.feedback.delete(feedbackId);
  }

  private unindexStatus(record: FeedbackRecord): void {
    const key = timelineKey(record.receivedAt, record.feedbackId);
    for (const entry of queueEntries(record)) this.workQueue.get(entry.partition)?.delete(entry.sortKey);
    if (record.classification.urgent) this.urgentByStatus.get(record.status)?.delete(key);
  }

  private indexStatus(record: FeedbackRecord): void {
    const key = timelineKey(record.receivedAt, record.feedbackId);
    for (const entry of queueEntries(record)) {
      (this.workQueue.get(entry.partition) ?? this.workQueue.set(entry.partition, new SortedKeys()).get(entry.partition)!).add(entry.sortKey);
    }
    if (record.classification.urgent) {
      (this.urgentByStatus.get(record.status) ?? this.urgentByStatus.set(record.status, new SortedKeys()).get(record.status)!).add(key);
    }
  }

  private indexTimeline(record: FeedbackRecord): void {
    const timeline = this.timelines.get(record.customerId) ?? this.timelines.set(record.customerId, new SortedKeys()).get(record.customerId)!;
    timeline.add(timelineKey(record.receivedAt, record.feedbackId));
  }

  private capture(): Snapshot {
    return {
      identities: [...this.identities],
      customers: [...this.customers.values()],
      feedback: [...this.feedback.values()],
      merges: this.merges,
      daily: [...this.daily],
      atRisk: [...this.atRisk.values()].flatMap((day) => [...day.values()]),
      claims: [...this.claims],
      suggestions: [...this.suggestions.values()],
      erasures: this.erasures,
      erasedFeedback: [...this.erasedFeedback],
      erasedCustomers: [...this.erasedCustomers],
      verifiedClaims: [...this.verifiedClaims],
      formerHolders: [...this.formerHolders],
      unfinishedErasures: [...this.unfinishedErasures].map(([customerId, record]) => (record ? { customerId, record } : { customerId })),
    };
  }

  /** Replaces the whole state with the snapshot's, or with none. */
  private restore(snapshot: Snapshot = emptySnapshot()): void {
    this.atRisk = new Map();
    this.suggestions = new Map();
    this.suggestionsByStatus = new Map();
    this.suggestionsByKey = new Map();
    this.timelines = new Map();
    this.byComplaintDay = new Map();
    this.urgentByStatus = new Map();
    this.workQueue = new Map();
    this.unfinishedErasures = new Map((snapshot.unfinishedErasures ?? []).map(({ customerId, record }) => [customerId, record]));
    this.identities = new Map(snapshot.identities);
    this.verifiedClaims = new Set(snapshot.verifiedClaims ?? []);
    this.customers = new Map(snapshot.customers.map((c) => [c.customerId, c]));
    this.feedback = new Map(snapshot.feedback.map((r) => [r.feedbackId, r]));
    this.merges = snapshot.merges;
    this.daily = new Map(snapshot.daily);
    this.claims = new Map(snapshot.claims);
    this.erasures = snapshot.erasures ?? [];
    this.erasedFeedback = new Set(snapshot.erasedFeedback ?? []);
    this.erasedCustomers = new Set(snapshot.erasedCustomers ?? []);
    this.formerHolders = new Map(snapshot.formerHolders ?? []);
    for (const entry of snapshot.atRisk) this.putAtRisk(entry);
    for (const record of this.feedback.values()) this.indexRecord(record);
    for (const suggestion of snapshot.suggestions ?? []) this.indexSuggestion(suggestion);
  }
}

function newestRecords(keys: string[], limit: number, feedback: Map<string, FeedbackRecord>): FeedbackRecord[] {
  return [...keys]
    .sort()
    .reverse()
    .slice(0, limit)
    .map((key) => clone(feedback.get(feedbackIdOf(key)))!);
}

/** The profile keeps its latest flag without repeating whose it is. */
function profileFlag({ customerId: _, ...flag }: AtRiskEntry): NonNullable<Customer['atRisk']> {
  return flag;
}

function feedbackIdOf(key: string): string {
  return key.slice(key.lastIndexOf('#') + 1);
}

function addCounters(target: Counters, deltas: Counters): void {
  for (const [name, delta] of Object.entries(deltas)) target[name] = (target[name] ?? 0) + delta;
}

function negated(counters: Counters): Counters {
  return Object.fromEntries(Object.entries(counters).map(([name, value]) => [name, -value]));
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

const min = (a: string, b: string) => (a <= b ? a : b);
const max = (a: string, b: string) => (a >= b ? a : b);

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/** A profile's fields that DynamoDB keeps as string sets, which have no order: its adapter answers them sorted. */
const PROFILE_SETS = ['identities', 'verifiedIdentities', 'pendingMerges', 'pendingUndos', 'separatedFrom'] as const;

/**
 * A copy of the profile as the DynamoDB adapter would answer it: its sets sorted, not in the order
 * they were added here. What reads "the first phone" (a digest's contact) or lists a merged
 * customer's identities then shows the same on either store.
 */
function profileAsRead(customer: Customer | undefined): Customer | undefined {
  const copy = clone(customer);
  for (const field of PROFILE_SETS) if (copy?.[field]) copy[field] = [...copy[field]!].sort();
  return copy;
}

function setName(customer: Customer, { displayName, displayNameClaimed }: ProfileName): void {
  if (displayName) customer.displayName = displayName;
  else delete customer.displayName;
  if (displayNameClaimed) customer.displayNameClaimed = true;
  else delete customer.displayNameClaimed;
}

/** Where a suggestion is listed: under both its customers and the identity it quotes. */
function suggestionKeys({ customerId, otherCustomerId, identity }: MergeSuggestion): string[] {
  return [`CUST#${customerId}`, `CUST#${otherCustomerId}`, `ID#${identity}`];
}
