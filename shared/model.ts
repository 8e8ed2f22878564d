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
  /** The customer it was first written to; kept so that a merge can be undone. */
  originalCustomerId: string;
  channel: Channel;
  source: string;
  kind: FeedbackEvent['kind'];
  receivedAt: string;
  processedAt: string;
  identities: string[];
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
  /** Every case change, oldest first: status moves, notes and assignments. */
  history?: CaseEvent[];
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
  /** `total`, `channel.<ch>`, `sentiment.<label>`, `complaints`, `complaints.open`. */
  counts: Counters;
  /** Negative messages per reporting day over the trailing week, for at-risk detection. */
  negativeDays?: Record<string, number>;
  /** Set when this customer was merged into another; reads follow it. */
  mergedInto?: string;
  /** Customers merged into this one whose items may still be being re-pointed. */
  pendingMerges?: string[];
}

export interface MergeRecord {
  survivorId: string;
  absorbedId: string;
  mergedAt: string;
  /** The event whose identities proved the two are one person. */
  causeFeedbackId: string;
  /** What the absorbed customer had: enough to undo the merge. */
  absorbedIdentities: string[];
  absorbedCounts: Counters;
  absorbedFirstSeen: string;
  absorbedLastSeen: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
