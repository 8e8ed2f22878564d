import type { Counters, Customer, FeedbackRecord, FeedbackStatus, MergeRecord, MergeSuggestion } from '../../model.ts';
import type { AtRiskEntry } from '../../ports.ts';
import type { ErasureRecord } from '../../cases/ports.ts';
import { queueEntries } from '../../cases/work-queue.ts';
import { timelineKey } from '../../timeline/timeline-key.ts';
import { COUNTER } from '../../timeline/counters.ts';
import type { NewCountChange } from '../../timeline/new-customers.ts';
import { Journal } from './journal.ts';
import { SortedKeys } from './sorted-keys.ts';
import { applyOp, type Op } from './store-ops.ts';
import { addCounters, suggestionKeys } from './store-values.ts';

/** The snapshot file's state (journal.ts writes it as JSON Lines); fields added later are optional, so older snapshots still load. */
export interface Snapshot {
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
 * The local store's state, in memory, and how it changes: every change is an `Op`, applied here
 * and appended to the journal in DATA_DIR (store-ops.ts applies each kind), so a restart replays
 * what was acknowledged. The indexes below are kept as DynamoDB's would list the same items.
 * Its fields are open to the store's concern modules (store-*.ts) alone: everything else goes
 * through LocalStore, whose answers are copies.
 */
export class LocalState {
  // All set by `restore`, which replaces the whole state (the journal reads it back from disk after a failed write).
  identities!: Map<string, string>;
  /** Identities whose owner was claimed or pointed at by a sender who verified them. */
  verifiedClaims!: Set<string>;
  customers!: Map<string, Customer>;
  /** Per identity, the customers a person removed it from (IdentityStore.formerHoldersOf). */
  formerHolders!: Map<string, string[]>;
  feedback!: Map<string, FeedbackRecord>;
  merges!: MergeRecord[];
  daily!: Map<string, Counters>;
  atRisk!: Map<string, Map<string, AtRiskEntry>>;
  claims!: Map<string, string>;
  suggestions!: Map<string, MergeSuggestion>;
  suggestionsByStatus!: Map<MergeSuggestion['status'], SortedKeys>;
  /** Suggestion ids by either customer (`CUST#<id>`) and by the identity quoted (`ID#<identity>`), as DynamoDB lists them. */
  suggestionsByKey!: Map<string, Set<string>>;
  timelines!: Map<string, SortedKeys>;
  byComplaintDay!: Map<string, SortedKeys>;
  urgentByStatus!: Map<FeedbackStatus, SortedKeys>;
  workQueue!: Map<string, SortedKeys>;
  erasures!: ErasureRecord[];
  /** Ids of erased items: their redelivery is a duplicate. */
  erasedFeedback!: Set<string>;
  /** Ids of erased customers: no identity leads to one again (a merge under way meanwhile). */
  erasedCustomers!: Set<string>;
  /**
   * Erased customers whose data may still be on disk (the compaction after their erasure did not
   * finish), each with its erasure's record (none for claims withdrawn after an erasure): kept in
   * the snapshot, so a restart, the next erasure or the same request repeated finishes them.
   */
  unfinishedErasures!: Map<string, ErasureRecord | undefined>;
  readonly journal?: Journal<Op, Snapshot>;
  /** The journals beside the store's that hold copies of what it keeps (the queue's messages): an erasure rewrites them too. */
  readonly copiesIn: readonly { compact(): void }[];

  private readonly readOnly: boolean;

  /** See LocalStore's constructor. */
  constructor(directory: string | undefined, readOnly: boolean, copiesIn: readonly { compact(): void }[]) {
    this.readOnly = readOnly;
    this.copiesIn = copiesIn;
    this.restore(undefined);
    if (directory) {
      this.journal = new Journal<Op, Snapshot>(directory, 'store');
      this.journal.open((op) => applyOp(this, op), (snapshot) => this.restore(snapshot), () => this.capture(), readOnly);
    }
  }

  /**
   * Applies at once (later calls see it) and resolves when the change is journaled. When the disk
   * refuses it, memory goes back to what the disk holds (see Journal) and the caller gets a
   * StoreUnavailableError: the change was never made.
   */
  record(op: Op): Promise<void> {
    if (this.readOnly) throw new Error('this store was opened read-only: the data directory belongs to another process');
    applyOp(this, op);
    this.journal?.append(op);
    return this.durable(undefined);
  }

  /**
   * Answers `value`, read from memory, once everything applied so far is on disk: memory runs ahead
   * of the journal by one group write, and an answer (an item "known", a duplicate, a 200) must not
   * rest on a change the disk may still refuse. Rejects with StoreUnavailableError when it does.
   */
  async durable<T>(value: T): Promise<T> {
    await this.journal?.flushed();
    return value;
  }

  capture(): Snapshot {
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

  indexRecord(record: FeedbackRecord): void {
    this.indexTimeline(record);
    const key = timelineKey(record.receivedAt, record.feedbackId);
    for (const { type } of record.classification.complaintTypes) {
      const index = `${type}#${record.day}`;
      (this.byComplaintDay.get(index) ?? this.byComplaintDay.set(index, new SortedKeys()).get(index)!).add(key);
    }
    this.indexStatus(record);
  }

  indexTimeline(record: FeedbackRecord): void {
    const timeline = this.timelines.get(record.customerId) ?? this.timelines.set(record.customerId, new SortedKeys()).get(record.customerId)!;
    timeline.add(timelineKey(record.receivedAt, record.feedbackId));
  }

  indexStatus(record: FeedbackRecord): void {
    const key = timelineKey(record.receivedAt, record.feedbackId);
    for (const entry of queueEntries(record)) {
      (this.workQueue.get(entry.partition) ?? this.workQueue.set(entry.partition, new SortedKeys()).get(entry.partition)!).add(entry.sortKey);
    }
    if (record.classification.urgent) {
      (this.urgentByStatus.get(record.status) ?? this.urgentByStatus.set(record.status, new SortedKeys()).get(record.status)!).add(key);
    }
  }

  unindexStatus(record: FeedbackRecord): void {
    const key = timelineKey(record.receivedAt, record.feedbackId);
    for (const entry of queueEntries(record)) this.workQueue.get(entry.partition)?.delete(entry.sortKey);
    if (record.classification.urgent) this.urgentByStatus.get(record.status)?.delete(key);
  }

  /** The item goes with every index entry; its id stays, so that a redelivery is a duplicate. */
  eraseItem(feedbackId: string): void {
    this.erasedFeedback.add(feedbackId);
    const item = this.feedback.get(feedbackId);
    if (!item) return;
    this.unindexStatus(item);
    const key = timelineKey(item.receivedAt, item.feedbackId);
    this.timelines.get(item.customerId)?.delete(key);
    for (const { type } of item.classification.complaintTypes) this.byComplaintDay.get(`${type}#${item.day}`)?.delete(key);
    this.feedback.delete(feedbackId);
  }

  indexSuggestion(suggestion: MergeSuggestion): void {
    this.suggestions.set(suggestion.suggestionId, suggestion);
    const index = this.suggestionsByStatus.get(suggestion.status) ?? this.suggestionsByStatus.set(suggestion.status, new SortedKeys()).get(suggestion.status)!;
    index.add(`${suggestion.createdAt}#${suggestion.suggestionId}`);
    for (const key of suggestionKeys(suggestion)) (this.suggestionsByKey.get(key) ?? this.suggestionsByKey.set(key, new Set()).get(key)!).add(suggestion.suggestionId);
  }

  unlistSuggestion(suggestion: MergeSuggestion, keys = suggestionKeys(suggestion)): void {
    for (const key of keys) this.suggestionsByKey.get(key)?.delete(suggestion.suggestionId);
  }

  /** A customer's entry on a day is the one with the most negatives, as DynamoDB lists them. */
  putAtRisk(entry: AtRiskEntry): void {
    const day = this.atRisk.get(entry.day) ?? this.atRisk.set(entry.day, new Map()).get(entry.day)!;
    if ((day.get(entry.customerId)?.negativesLastWeek ?? 0) <= entry.negativesLastWeek) day.set(entry.customerId, { ...entry });
  }

  addDaily(day: string, deltas: Counters): void {
    addCounters(this.daily.get(day) ?? this.daily.set(day, {}).get(day)!, deltas);
  }

  addNewCounts(change: NewCountChange): void {
    for (const [day, delta] of Object.entries(change)) this.addDaily(day, { [COUNTER.newCustomers]: delta });
  }

  /** Its record of changes names the identity: an erasure of the identity's next holder finds it. */
  rememberFormerHolder(identity: string, customerId: string): void {
    const former = this.formerHolders.get(identity) ?? [];
    if (!former.includes(customerId)) this.formerHolders.set(identity, [...former, customerId]);
  }
}
