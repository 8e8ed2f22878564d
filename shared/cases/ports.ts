import type { Customer, FeedbackRecord, IdentityChange, MergeRecord, MergeSuggestion, Page } from '../model.ts';

/** What erasing one person removes: found by the caller from the customer, its merges and its timeline. */
export interface ErasurePlan {
  /** The customer and every customer merged into it (one person). */
  customers: Customer[];
  identities: string[];
  items: FeedbackRecord[];
  /** Merge suggestions naming one of the customers. */
  suggestions: MergeSuggestion[];
  /** Other customers' items that named the person (a friend's form typing their phone), to keep with these identities. */
  claimsAbout: ClaimRedaction[];
  /** Suggestions between other customers that quote one of the person's identities, to keep quoting this marker. */
  suggestionsNaming: SuggestionRedaction[];
  /** Other customers' profiles (one merged away keeps its own) that still list identities of the person or were separated from one of its customers, to drop them. */
  profilesListing: ProfileRedaction[];
  /** Merges between other customers that carried identities of the person, as they are kept without them. */
  mergesListing: MergeRecord[];
  /** Kept as the record of the erasure: no personal data. */
  record: ErasureRecord;
}

/** Another customer's item as it is kept after the erasure: the person's identities in it replaced by markers. */
export interface ClaimRedaction {
  feedbackId: string;
  identities: string[];
}

/** A suggestion between two other customers, raised by a claim on the person's identity: it quotes the marker instead. */
export interface SuggestionRedaction {
  suggestionId: string;
  identity: string;
  /** The person's identity it quoted, whose listing of the suggestion goes. */
  quoted: string;
}

/** Identities of the person that go from another customer's profile, and the person's customers it was separated from. */
export interface ProfileRedaction {
  customerId: string;
  identities: string[];
  /** Its record of identity changes as it is kept: the person's identities in it replaced by markers (absent: unchanged). */
  identityChanges?: IdentityChange[];
  /** The person's customer ids in its `separatedFrom`: they never come back (an erased item's id stays a duplicate), so the separation is gone too. */
  separatedFrom?: string[];
}

export interface ErasureRecord {
  erasureId: string;
  at: string;
  /** Name of the API key that asked for it. */
  by: string;
  /** SHA-256 of the customer id, so the request can be matched to this record without keeping the id. */
  subjectHash: string;
  customers: number;
  identities: number;
  items: number;
}

export interface ErasureStore {
  /**
   * Removes the customers, the identities that still point at them, their items with every index
   * entry, the merges and merge suggestions they took part in and their at-risk entries, rewrites
   * the identities of the items in `claimsAbout` and the identity quoted by the suggestions in
   * `suggestionsNaming`, drops the identities in `profilesListing` from those profiles and keeps the
   * merges in `mergesListing` with their identities as given (anything gone since is left gone), then records
   * the erasure. Repeating it is harmless, and repeating one that was cut short finishes
   * it: the record it returns is the one the first attempt made.
   */
  erase(plan: ErasurePlan): Promise<ErasureRecord>;
  /**
   * Finishes an erasure of `customerId` cut short after its customers were already gone from every
   * read (their data may still be stored), answering the record the first attempt made; undefined
   * when none is unfinished. A repeated request reaches it, finding nobody to erase.
   */
  finishErasureOf(customerId: string): Promise<ErasureRecord | undefined>;
  /** Erasures, oldest first, a page at a time: the log only grows, so no request reads it whole. */
  listErasures(query: { limit: number; cursor?: string }): Promise<Page<ErasureRecord>>;
}
