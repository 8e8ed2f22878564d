import type { Classification } from './classify/types.ts';
import type { Attachment, Channel, FeedbackEvent } from './event.ts';

export const FEEDBACK_STATUSES = ['open', 'acknowledged', 'resolved', 'reopened'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Named counters, e.g. `total`, `channel.web`, `sentiment.negative`, `complaint.delivery`. */
export type Counters = Record<string, number>;

/** One item on a customer's timeline: the event as received plus what the processor decided. */
export interface FeedbackRecord {
  feedbackId: string;
  /** The customer the item belongs to now (the survivor after merges). */
  customerId: string;
  /** The customer it was first written to. */
  originalCustomerId: string;
  /** The merges that moved it, oldest first: undoing the last one moves it back. */
  mergedVia?: string[];
  channel: Channel;
  source: string;
  kind: FeedbackEvent['kind'];
  receivedAt: string;
  processedAt: string;
  identities: string[];
  /** Whether a channel verified the sender (some of `identities` were proven, not just claimed). */
  senderVerified?: boolean;
  displayName?: string;
  text: string;
  subject?: string;
  rating?: number;
  nps?: number;
  attachments?: Attachment[];
  metadata: FeedbackEvent['metadata'];
  classification: Classification;
  status: FeedbackStatus;
  acknowledgedAt?: string;
  resolvedAt?: string;
  /** Who is handling the item (free text: a name or a team). */
  assignee?: string;
  /** Case changes, oldest first: status moves, notes and assignments; the latest that fit a budget (timeline/status.ts). */
  history?: CaseEvent[];
  /** Case changes older than `history`, counted, and the status they left the item in. */
  olderCaseChanges?: { count: number; status: FeedbackStatus };
  /** Reporting day (YYYY-MM-DD in REPORT_TIME_ZONE) the item is counted on. */
  day: string;
}

/** One change to an item's case: who made it (the API key's name), when, and what changed. */
export interface CaseEvent {
  at: string;
  by: string;
  status?: { from: FeedbackStatus; to: FeedbackStatus };
  note?: string;
  /** The new assignee; an empty string records that the item was unassigned. */
  assignee?: string;
}

export interface Customer {
  customerId: string;
  createdAt: string;
  firstSeen: string;
  lastSeen: string;
  identities: string[];
  displayName?: string;
  /** Set when only claims back the name (identity/display-name.ts): it gives way to a verified sender's. */
  displayNameClaimed?: true;
  /** `total`, `channel.<ch>`, `sentiment.<label>`, `complaints`, `complaints.open`. */
  counts: Counters;
  /** Negative messages per reporting day over the trailing week, for at-risk detection. */
  negativeDays?: Record<string, number>;
  /** Where its first positive message stands on the timeline (`<receivedAt>#<feedbackId>`): a negative after it is at risk. */
  firstPositive?: string;
  /** The flag of the latest day its messages put it at risk on (timeline/risk.ts); the digest lists each day's. */
  atRisk?: { day: string; negativesLastWeek: number; reason: 'repeated_negative' | 'negative_after_positive'; feedbackId: string };
  /** The reporting day it counts as new on: its earliest message's (timeline/new-customers.ts). */
  newOnDay?: string;
  /** Identities proven by a verified channel or added by a person; the others are claims. */
  verifiedIdentities?: string[];
  /** Made for a message whose identities were only claimed: until it commits, a verified sender does not take it for theirs (identity/resolve.ts). */
  madeForClaim?: true;
  /** Customers a person separated this one from (an undone merge): never merged again automatically. */
  separatedFrom?: string[];
  /** The most standing merges any of its items moved through (identity/bounds.ts); absent is none. */
  mergeChain?: number;
  /** Set when this customer was merged into another; reads follow it. */
  mergedInto?: string;
  /** Customers merged into this one whose items may still be being re-pointed. */
  pendingMerges?: string[];
  /** Merges into this one whose undo took its first, atomic step and may still be handing items back (identity/merges.ts). */
  pendingUndos?: string[];
  /** Identities people added, verified or removed through the API, oldest first: who, when, why. */
  identityChanges?: IdentityChange[];
  /** Changes older than those kept in `identityChanges` (identity/bounds.ts), counted. */
  olderIdentityChanges?: number;
}

/** A person's change to which identities lead to a customer (identity/identity-changes.ts). */
export interface IdentityChange {
  identity: string;
  /** `added`: it led nowhere and now leads here, verified; `verified`: a claim of this customer's, now verified. */
  change: 'added' | 'verified' | 'removed';
  at: string;
  /** The API key (name or id) that made it. */
  by: string;
  reason: string;
}

export interface MergeRecord {
  mergeId: string;
  survivorId: string;
  absorbedId: string;
  mergedAt: string;
  /** `processor` for an automatic merge, else the API key (name or id) that asked for it. */
  by: string;
  /** Why: the evidence (`verified identities of one message`) or what the person wrote. */
  reason: string;
  /** The event whose verified identities proved the two are one person (automatic merges). */
  causeFeedbackId?: string;
  /** What the absorbed customer had and what the survivor had before: enough to undo the merge. */
  absorbedIdentities: string[];
  absorbedVerifiedIdentities: string[];
  absorbedCounts: Counters;
  absorbedFirstSeen: string;
  absorbedLastSeen: string;
  /** The day the absorbed customer had been counted as new on. */
  absorbedNewOnDay?: string;
  /** The day the survivor had been counted as new on. */
  survivorNewOnDay?: string;
  /**
   * The earlier of the two, where the merged customer counts as new; the later lost one
   * (timeline/new-customers.ts). Absent on merges made before it: they took one off the absorbed
   * customer's day.
   */
  mergedNewOnDay?: string;
  /** The absorbed customer's `mergeChain` when merged (identity/bounds.ts); absent is none. */
  absorbedMergeChain?: number;
  survivorFirstSeen: string;
  survivorLastSeen: string;
  /** The survivor's identities when merged: one it gains while merged is a newcomer (see broughtBack). */
  survivorIdentities?: string[];
  undoneAt?: string;
  undoneBy?: string;
  /**
   * Newcomers that came in on the survivor while merged with messages of the absorbed side (an
   * imported row naming its phone and a new openid): the undo gave them back with those messages.
   */
  broughtBack?: string[];
  /** The merge whose undo took this one with it. */
  undoneWith?: string;
  /** The suggestion this merge's first write accepted (IdentityStore.beginMerge): its undo opens it again. */
  acceptedSuggestionId?: string;
  /** Items this merge has moved to the survivor and not yet back (kept on the merge's own item). */
  movedItems?: number;
}

/** A claimed identity pointed at another customer: a person decides whether they are one. */
export interface MergeSuggestion {
  suggestionId: string;
  /** The customer the claiming message went to; it would be merged into `otherCustomerId`. */
  customerId: string;
  otherCustomerId: string;
  identity: string;
  feedbackId: string;
  createdAt: string;
  status: 'open' | 'accepted' | 'dismissed';
  decidedAt?: string;
  decidedBy?: string;
  mergeId?: string;
  /**
   * Accepted, then its merge was undone (`undoneMergeId`): open again, since an undo says the merge
   * should not stand, not that the two are different people (undos are also made to undo a later
   * merge first, or to redo one differently). The latest such undo, when and by whom.
   */
  undoneAt?: string;
  undoneBy?: string;
  undoneMergeId?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
