import type { Classification } from './classify/types.ts';
import type { Attachment, Channel, FeedbackEvent } from './event.ts';

export const FEEDBACK_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
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
  /** Reporting day (YYYY-MM-DD in REPORT_TIME_ZONE) the item is counted on. */
  day: string;
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
  /** The reporting day it was counted as new on; a merge takes it off that day's count. */
  newOnDay?: string;
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
  /** The day the absorbed customer had been counted as new on, which lost one new customer. */
  absorbedNewOnDay?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
