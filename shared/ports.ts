import type { Classification } from './classify/types.ts';
import type { FeedbackEvent } from './event.ts';
import type { ProfileName } from './identity/display-name.ts';
import type { MergeRefusal } from './identity/bounds.ts';
import type { WorkQueueQuery } from './cases/work-queue.ts';
import type { CaseEvent, Counters, Customer, FeedbackRecord, FeedbackStatus, IdentityChange, MergeRecord, MergeSuggestion, Page } from './model.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Where ingestion puts normalised events (SQS in AWS, an in-process queue locally). */
export interface EventQueue {
  send(events: FeedbackEvent[]): Promise<void>;
}

/** Everything the processor writes for one event, applied atomically or not at all. */
export interface FeedbackCommit {
  record: FeedbackRecord;
  customer: {
    customerId: string;
    addIdentities: string[];
    /** The subset of `addIdentities` a channel verified (a signed request, a passing SPF/DKIM+DMARC). */
    addVerifiedIdentities?: string[];
    seenAt: string;
    displayName?: string;
    /** Whether the channel verified the message's sender: a claimed name never outranks a verified one. */
    senderVerified?: boolean;
    countDeltas: Counters;
    /**
     * The message's identities the customer held when the message was resolved to it. A commit
     * that finds one of them gone (an undo handed it back, a person removed it, a verified sender
     * took it over) throws IdentitiesMovedError: the message is resolved again.
     */
    heldIdentities?: string[];
  };
  /**
   * What depends on the customer's state (trailing-week negatives, at-risk, new-customer counts),
   * computed from the customer as the commit finds it: the store calls it again on every retry,
   * so concurrent commits for one customer never overwrite each other with a stale view.
   */
  derive(current: Customer): DerivedState;
}

export interface DerivedState {
  /** Added to the reporting day's aggregate counters. */
  aggregateDeltas: Counters;
  /** Replaces the customer's trailing-week negatives when the message is negative. */
  negativeDays?: Record<string, number>;
  /** Replaces the customer's first positive when the message is positive and received before it. */
  firstPositive?: string;
  /** Set when this message puts the customer at risk (see timeline/risk.ts). */
  atRisk?: AtRiskEntry;
  /**
   * Set when this commit counts the customer as new: the day it counts on, kept once set unless
   * `newCountMovedFrom` says the count moved (timeline/new-customers.ts).
   */
  newOnDay?: string;
  /** The day the customer counted as new on before this commit's earlier message moved the count: it loses one. */
  newCountMovedFrom?: string;
}

/** A customer flagged on a reporting day, ranked by negatives in the trailing week. */
export interface AtRiskEntry {
  customerId: string;
  day: string;
  negativesLastWeek: number;
  reason: 'repeated_negative' | 'negative_after_positive';
  feedbackId: string;
}

/** The customer made for a message was erased while the message was on its way: the message went with the person. */
export class CustomerErasedError extends Error {
  constructor(readonly customerId: string) {
    super(`customer ${customerId} was erased`);
  }
}

/** An identity the message was resolved through left the customer meanwhile: resolve the event's customer again. */
export class IdentitiesMovedError extends Error {
  constructor(readonly customerId: string) {
    super(`an identity left customer ${customerId} after the message was resolved to it`);
  }
}

/** The customer was merged into another meanwhile: resolve the event's customer again. */
export class CustomerMergedError extends Error {
  constructor(readonly customerId: string) {
    super(`customer ${customerId} was merged into another customer`);
  }
}

/** The store could not be reached or kept refusing (throttling, outage): the request may be retried later. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the store is unavailable', { cause });
  }
}

export class InvalidCursorError extends Error {
  constructor() {
    super('the cursor is not one this API issued');
  }
}

export type MergeRequest = Pick<MergeRecord, 'survivorId' | 'absorbedId' | 'mergedAt' | 'by' | 'reason' | 'causeFeedbackId'>;

export interface UndoRequest {
  mergeId: string;
  at: string;
  by: string;
  /** Newcomers the survivor gained while merged that go back with the absorbed side's messages (MergeRecord.broughtBack). */
  broughtBack?: string[];
  /** The merge whose undo this one is part of (an automatic merge that followed it). */
  with?: string;
}

export type UndoOutcome =
  | { status: 'undone' | 'already'; merge: MergeRecord }
  | { status: 'not_found' }
  /** The survivor was merged into a third customer since: that merge must be undone first. */
  | { status: 'survivor_merged'; into: string };

/** A person adds or removes one identity of a customer; recorded on the customer with who, when and why. */
export interface IdentityChangeRequest {
  customerId: string;
  identity: string;
  at: string;
  by: string;
  reason: string;
}

export type AddIdentityOutcome =
  | { status: Extract<IdentityChange['change'], 'added' | 'verified'> | 'unchanged'; customer: Customer }
  /** Another customer holds it (claimed or verified): nothing moved; a person may merge the two. */
  | { status: 'taken'; ownerId: string }
  /** The customer holds another verified identity of a kind a person has only one of. */
  | { status: 'conflicting'; identity: string }
  /** The customer holds as many identities as one may (identity/bounds.ts): nothing written. */
  | { status: 'too_many_identities'; limit: number }
  | { status: 'not_found' };

export type RemoveIdentityOutcome =
  | { status: 'removed'; customer: Customer }
  | { status: 'not_held' }
  /** A customer must stay findable: its last identity goes only if it is a `form:` one. */
  | { status: 'last_identity' }
  | { status: 'not_found' };

/** A suggestion accepted with a merge that is undone now (MergeSuggestion.undoneMergeId). */
export interface SuggestionReopening {
  suggestionId: string;
  /** The undone merge: the one that accepted the suggestion, unless `closedAsOne`. */
  mergeId: string;
  at: string;
  by: string;
  /** Reopens a suggestion closed as already merged (accepted with no merge of its own) instead. */
  closedAsOne?: true;
}

export interface SuggestionDecision {
  suggestionId: string;
  status: 'accepted' | 'dismissed';
  at: string;
  by: string;
  mergeId?: string;
}

/**
 * A change to an item's case (status, note, assignee; `from` equals `to` when the status stays) and
 * what it moves: the day's response-time counters, the customer's open complaints, the work queue.
 */
export interface StatusChange {
  feedbackId: string;
  from: FeedbackStatus;
  to: FeedbackStatus;
  /** The item's case revision the change was decided on (caseRevision): a change made meanwhile makes it a conflict. */
  revision: number;
  /** Appended to the item's history (withCaseEvent). */
  event: CaseEvent;
  /** The new assignee; an empty string unassigns. */
  assignee?: string;
  at: string;
  /** Reporting day of the change, which the response-time counters are added to. */
  day: string;
  aggregateDeltas: Counters;
  customerDeltas: Counters;
}

export interface FeedbackMove {
  feedbackId: string;
  from: string;
  to: string;
  /** The item's merge trail after the move. */
  mergedVia: string[];
  mergeId: string;
  /** How the move counts on the merge's `movedItems`: 1 moved by it, -1 moved back by its undo, 0 neither. */
  counted: 1 | 0 | -1;
  /**
   * Profile counts that travel with the item, in the same atomic step as the move: they leave
   * `from` and join `to`. An item written to the survivor through the absorbed customer's
   * identities while merged takes all its counts (and `lastSeen`: `to`'s moves up to
   * `receivedAt`, `from`'s goes back to `fromLastSeen` if this item was what set it); an item the
   * merge moved takes what changed in its counts while merged (a complaint resolved meanwhile).
   */
  carried?: { counts: Counters; lastSeen?: { receivedAt: string; fromLastSeen: string } };
  /** Rewrites the customer the item was first written to: an undo hands a message back to the customer it would have been written to. */
  originalCustomerId?: string;
}

/**
 * What a customer's own messages derive for at-risk detection, in the order they were received
 * (timeline/risk.ts): the trailing-week negatives, the first positive, the latest day's at-risk
 * flag and each reporting day's.
 */
export interface RiskState {
  negativeDays?: Record<string, number>;
  firstPositive?: string;
  atRisk?: AtRiskEntry;
  entries: AtRiskEntry[];
}

/** What a late message's revision raises (timeline/later-risk.ts): entries, and the first positive when it found an earlier one. */
export interface RaisedRisk {
  entries: AtRiskEntry[];
  firstPositive?: string;
}

/** What a customer's profile takes from its own messages rather than from counting: its risk, and its name (identity/display-name.ts). */
export interface DerivedProfile extends RiskState, ProfileName {
  /**
   * When its messages were received, first and last: given by an undo, where the survivor's times
   * at its merge no longer hold once another merge into it was made or undone since.
   */
  seen?: { firstSeen: string; lastSeen: string };
  /**
   * The reporting day of its earliest message, given by an undo with `seen`: a customer counted as
   * new on another day is moved to this one (timeline/new-customers.ts), in the same write.
   */
  earliestDay?: string;
}

/** Where an item stands on a timeline: newest first, the same instant by id. */
export type TimelinePlace = Pick<FeedbackRecord, 'receivedAt' | 'feedbackId'>;

export interface TimelineQuery {
  limit: number;
  cursor?: string;
  /** Only items received strictly before this instant: the history as it stood then. */
  receivedBefore?: string;
  /**
   * Only items after this one in the timeline's order (older, or as old with a lower id): a place
   * in time, not in one customer's timeline, so one place reads on across every customer of a
   * person, and an item a merge moved meanwhile keeps its place.
   */
  after?: TimelinePlace;
  /** Only items no older than this one (it included): a read that need not go past a place. */
  downTo?: TimelinePlace;
  /** At most this many bytes of items' JSON (at least one item): an API answer's budget (answer-bytes.ts). */
  maxBytes?: number;
}

/** Received in `[from, to)`, both ISO instants. */
export interface ReceivedRange {
  from: string;
  to: string;
}

/** A suggestion's identity leads to neither customer of the merge accepting it (see IdentityStore.beginMerge). */
export type IdentityMoved = { status: 'identity_moved'; holder?: string };

/** Who a customer is: identities, customer profiles and the merges between them. */
export interface IdentityStore {
  getIdentityOwner(identity: string): Promise<string | undefined>;
  /**
   * Claims the identity for the customer unless someone owns it; returns the owner. `verified`
   * records that the claiming event's sender verified it, so the claim is judged verified while
   * that event's commit is still on the way (see isClaimedVerified). An erased customer owns
   * nothing: its claim is not made (undefined), and an identity it held is claimed as if free
   * (claimed for it by a message the erasure could not see yet, it would lead nowhere for good).
   */
  claimIdentity(identity: string, customerId: string, verified?: boolean): Promise<string | undefined>;
  /** Takes back those of `identities` an erased customer holds: claimed by a message the erasure could not see yet. */
  withdrawClaims(identities: string[], erasedCustomerId: string): Promise<void>;
  pointIdentity(identity: string, customerId: string, verified?: boolean): Promise<void>;
  /** Whether the identity leads to the customer by a claim or pointing marked verified. */
  isClaimedVerified(identity: string, customerId: string): Promise<boolean>;

  getCustomer(customerId: string): Promise<Customer | undefined>;
  /** False when a customer with that id exists already, or was erased (an id is never made again). */
  createCustomer(customer: Customer): Promise<boolean>;

  /**
   * Atomically marks `absorbed` as merged into `survivor`, folds its identities and counts (as
   * they are at that instant) into the survivor and records the merge; `already` when `absorbed`
   * was merged before. The two count as one new customer, on the earlier of their `newOnDay`s: the
   * later day's `customers.new` counter loses one in the same write. Throws CustomerMergedError when
   * the survivor itself has been merged away.
   */
  /**
   * A `MergeRefusal` (identity/bounds.ts) when the two together would pass a bound: more
   * identities than one customer may hold, or items moved through too many standing merges;
   * nothing written. With `acceptsSuggestion`, the suggestion is decided
   * accepted with the merge's id in the same write, so it never reads accepted without its merge
   * (an accepted one whose merge was not known yet takes the id); `suggestion_decided` when it
   * was decided otherwise, nothing written.
   *
   * The suggestion rests on the identity it quotes, so the same write also checks that the
   * identity still leads to `survivor` or `absorbed`: its identity item names one of them, or a
   * customer merged into one of them through merged-into links (a merge points identities at its
   * survivor only after its first write), each link as it stands at the write, at most
   * MAX_MERGE_CHAIN of them. Else `identity_moved`, nothing written: `holder` is the customer the
   * links end at, absent when nobody holds the identity (no item, or its owner is gone).
   */
  beginMerge(merge: MergeRequest, acceptsSuggestion?: string): Promise<{ status: 'started'; mergeId: string } | { status: 'already' } | MergeRefusal | { status: 'suggestion_decided' } | IdentityMoved>;
  /** Clears the pending mark once items and identities point at the survivor. */
  finishMerge(survivorId: string, absorbedId: string): Promise<void>;
  /** Merges this customer took part in, as survivor or absorbed, oldest first. */
  listMerges(customerId: string): Promise<MergeRecord[]>;
  getMerge(mergeId: string): Promise<MergeRecord | undefined>;
  /**
   * Atomically takes back what beginMerge folded into the survivor (identities, verified
   * identities, counts, first/last seen, each side's new-customer day and count), points the absorbed identities that still lead to the
   * survivor back at the absorbed customer, revives it and marks the two as separated. Items are
   * moved back afterwards (see identity/merges.ts). In one step, because a message resolved in
   * between would find an identity leading to a customer that no longer holds it, and take it.
   * Marks the undo pending on the survivor (`pendingUndos`) until finishUndo.
   */
  undoMerge(undo: UndoRequest): Promise<UndoOutcome>;
  /** Clears the pending mark once the undo's items are handed back and each side's derived state made again. */
  finishUndo(survivorId: string, mergeId: string): Promise<void>;
  /**
   * Erases the items an undo of `mergeId` had yet to hand back when an erasure took its absorbed
   * customer and the merge with it (an erasure finishes undos under way first: one cut short, or
   * run by an older version, left them on the survivor): each id stays known, as an erased
   * item's does, and the item goes with every index entry and quote.
   */
  eraseLeftBehind(mergeId: string, items: FeedbackRecord[]): Promise<void>;
  /**
   * Replaces the customer's display name, trailing-week negatives, at-risk flag and at-risk
   * entries on `days` with what `derive` makes of the customer as it is then; `derive` is called
   * again if the customer changes meanwhile, so a concurrent commit is never lost. An undo calls
   * it for both customers once the items are back where they belong.
   */
  reviseDerived(customerId: string, days: string[], derive: (current: Customer) => Promise<DerivedProfile>): Promise<void>;
  /**
   * Puts the at-risk entries `derive` makes of the customer as it is then: those a late message
   * raised on the days it now counts into (timeline/later-risk.ts). A day's entry only gains
   * negatives or a flag from one, so each is kept unless its day has one with more negatives (the
   * one `listAtRisk` lists), and the profile's flag becomes the latest of them when that is on a
   * later day than the profile's, or on its day with more negatives. Nothing for a customer gone
   * or merged away (the merge derives its risk again); an undo revising the customer's risk
   * meanwhile (`reviseDerived`) makes what `derive` read stale: its entries are taken back. The
   * profile's first positive becomes `derive`'s when it has none or a later one (a profile from
   * before it was kept, a positive that committed as the index lagged).
   */
  raiseAtRisk(customerId: string, derive: (current: Customer) => Promise<RaisedRisk>): Promise<void>;
  /**
   * Makes the identity lead to the customer, verified, with the change recorded on it, in one
   * atomic step (identity/identity-changes.ts decides): of two concurrent adds of one identity to
   * two customers exactly one wins, the other is `taken`. Throws CustomerMergedError when the
   * customer was merged away.
   */
  addIdentity(request: IdentityChangeRequest): Promise<AddIdentityOutcome>;
  /**
   * The identity no longer leads to the customer (its items keep their identities), with the
   * change recorded on it, in one atomic step. Throws CustomerMergedError when it was merged away.
   */
  removeIdentity(request: IdentityChangeRequest): Promise<RemoveIdentityOutcome>;
  /** Drops an identity from a customer's profile once a verified sender has taken it over. */
  releaseIdentity(identity: string, customerId: string): Promise<void>;

  /** Records a suggestion once per suggestionId; false when it exists already. */
  suggestMerge(suggestion: MergeSuggestion): Promise<boolean>;
  getMergeSuggestion(suggestionId: string): Promise<MergeSuggestion | undefined>;
  /** Newest first; throws InvalidCursorError for a foreign cursor. */
  listMergeSuggestions(status: MergeSuggestion['status'], query: TimelineQuery): Promise<Page<MergeSuggestion>>;
  /** Every suggestion, whatever its status, with this customer on either side (as it was raised: merges are not followed). */
  mergeSuggestionsOf(customerId: string): Promise<MergeSuggestion[]>;
  /** Every suggestion, whatever its status, raised by a claim on this identity. */
  mergeSuggestionsQuoting(identity: string): Promise<MergeSuggestion[]>;
  /** Customers a person removed this identity from (their profiles and merges may still name it), oldest first. */
  formerHoldersOf(identity: string): Promise<string[]>;
  /**
   * Decides an open suggestion; `conflict` when it was decided already, undefined when unknown.
   * An accepted suggestion whose merge was not known yet takes the decision's `mergeId` once
   * (keeping who accepted it and when).
   */
  decideMergeSuggestion(decision: SuggestionDecision): Promise<MergeSuggestion | 'conflict' | undefined>;
  /**
   * Opens again a suggestion accepted with the merge `mergeId`, undone now (or, `closedAsOne`,
   * accepted with no merge): open, without the decision, marked with the undo. Nothing when it is
   * not accepted so (reopened already, unknown, or accepted again with another merge since), so a
   * repeated undo may call it again.
   */
  reopenMergeSuggestion(reopening: SuggestionReopening): Promise<void>;
}

/** The per-customer timeline: items, written once each, and re-pointed when customers merge. */
export interface TimelineStore {
  /**
   * Idempotent: a second commit of the same feedbackId changes nothing and says `duplicate`.
   * Throws CustomerMergedError when the customer has been merged away.
   */
  commitFeedback(commit: FeedbackCommit): Promise<'written' | 'duplicate'>;
  getFeedback(feedbackId: string): Promise<FeedbackRecord | undefined>;
  /**
   * Whether this feedbackId was ever committed: stored, or stored and erased since (an erasure
   * keeps the id alone). A redelivery, a retried webhook or an import run again must not bring
   * an erased message, its customer and identities back.
   */
  isKnownFeedback(feedbackId: string): Promise<boolean>;
  /**
   * Those of `feedbackIds` that exist, in that order, each as its last write left it (strongly
   * consistent): the timeline index lags commits and moves, these reads never do.
   */
  getFeedbackNow(feedbackIds: readonly string[]): Promise<FeedbackRecord[]>;
  /** Newest first, by the item's current customer; throws InvalidCursorError for a foreign cursor. */
  listTimeline(customerId: string, query: TimelineQuery): Promise<Page<FeedbackRecord>>;
  /**
   * Moves an item from one customer's timeline to another's for a merge (or its undo), if it is
   * still with `from`, and counts it on the merge (`movedItems` +1, or -1 for an undo) in the
   * same atomic step: the count tells when every item has moved, whatever the index shows.
   */
  moveFeedback(move: FeedbackMove): Promise<void>;
  /**
   * Replaces an item's classification if it is still `from` (an undo re-derives what the merged
   * history decided, timeline/history-urgency.ts), moving its urgent index entry, work-queue
   * entries and its day's `urgent` counter in the same atomic step. `changed` when the item
   * changed meanwhile (read it again), `gone` when there is no such item.
   */
  reviseClassification(revision: ClassificationRevision): Promise<'revised' | 'changed' | 'gone'>;
}

export interface ClassificationRevision {
  feedbackId: string;
  from: Classification;
  to: Classification;
}

/** Items by status: the support team's work queue. */
export interface WorkQueueStore {
  /**
   * Applies a case change atomically if the item is still in `from` with `revision` history
   * entries; `conflict` when it is not (a concurrent change), undefined when there is no such item.
   */
  changeStatus(change: StatusChange): Promise<FeedbackRecord | 'conflict' | undefined>;
  /**
   * Items that need action, from the queue's own index (see cases/work-queue.ts): newest first,
   * urgent first in the default view; throws InvalidCursorError for a foreign cursor.
   */
  listWorkQueue(query: WorkQueueQuery): Promise<Page<FeedbackRecord>>;
}

/** Day aggregates and the bounded reads digests make, whatever the volume. */
export interface AggregateStore {
  getDailyCounters(days: string[]): Promise<Map<string, Counters>>;
  /** Items of one complaint type on the given days, newest first, at most `limit`. */
  listByComplaintType(type: string, days: string[], limit: number): Promise<FeedbackRecord[]>;
  /**
   * Urgent items in a status received in the range, at most `limit`: newest first, or oldest
   * first (the one that has waited longest, without reading the ones after it).
   */
  listUrgent(status: FeedbackStatus, received: ReceivedRange, limit: number, order?: 'newest' | 'oldest'): Promise<FeedbackRecord[]>;
  /** Customers flagged at risk on the given days, most negatives first, at most `limit` per day. */
  listAtRisk(days: string[], limit: number): Promise<AtRiskEntry[]>;
  /** True for the first caller with that key: makes a retried schedule send only once. */
  claimOnce(key: string, at: string): Promise<boolean>;
  /** Gives a claim back after a definite failure, so the next attempt can take it. */
  releaseClaim(key: string): Promise<void>;
}

/** Customers left with work under way: what the scheduled sweep finishes (identity/pending-sweep.ts). */
export interface PendingWorkStore {
  /**
   * Customers whose profile has a merge or an undo under way (`pendingMerges`, `pendingUndos`),
   * each as it is now, a page at a time by id; one whose work is finished is no longer listed. Read
   * from a listing the writes that mark and clear the work keep, never the whole table. Throws
   * InvalidCursorError for a foreign cursor.
   */
  customersWithPendingWork(query: { limit: number; cursor?: string }): Promise<Page<Customer>>;
}

/**
 * The whole store, one adapter per runtime. The concerns share one table (a commit writes an
 * item, its customer and the day's counters in one transaction), so one adapter serves them all;
 * code that needs only one concern asks for that port.
 */
export type Store = IdentityStore & TimelineStore & WorkQueueStore & AggregateStore & PendingWorkStore;

export interface OutgoingMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Inline images referenced from the HTML as `cid:<contentId>`. */
  inlineImages?: { contentId: string; filename: string; contentType: string; content: Uint8Array }[];
}

export interface Mailer {
  /** Throws MailOutcomeUnknownError when the mail service may have taken the mail although the call failed. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** The whole mail was handed over and the service's answer never came: it may have been sent. */
export class MailOutcomeUnknownError extends Error {
  constructor(cause: unknown) {
    super(`the mail was handed over but the mail service did not answer: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'MailOutcomeUnknownError';
  }
}

/**
 * What a signature was first used with, where the signature does not cover everything it
 * vouches for (channels/signature-uses.ts): shared by every ingest instance (DynamoDB in AWS), so a
 * captured request replayed to another instance, or after a cold start, meets the same memory.
 */
export interface SignatureUseLedger {
  /**
   * Keeps `valueHash` for `key` until `expiresAt` (unix seconds) unless a live entry is there:
   * `first` when this call wrote it, `same` or `different` as the live entry compares.
   */
  record(key: string, valueHash: string, expiresAt: number): Promise<'first' | 'same' | 'different'>;
}
