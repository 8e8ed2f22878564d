import type { Channel } from '../event.ts';
import type { AtRiskEntry } from '../ports.ts';
import type { SentimentLabel } from '../classify/types.ts';
import type { FeedbackStatus } from '../model.ts';
import type { DigestWindow } from './period.ts';
import type { ServqualDimension } from './servqual.ts';

/**
 * A figure for the period and the one before. `unit` tells renderers how to show it and its
 * change: counts change in absolute numbers, shares and indexes in percentage points.
 * `current`/`previous` are null when the figure has no basis (e.g. a mean of zero ratings).
 */
export interface Metric {
  unit: 'count' | 'share' | 'index' | 'rating' | 'seconds';
  current: number | null;
  previous: number | null;
  /** For rates and means: how many answers or messages each value rests on. */
  sample?: { current: number; previous: number };
}

export interface ComplaintTrend {
  type: string;
  count: Metric;
  trend: 'new' | 'up' | 'down' | 'flat';
  quotes: Quote[];
}

export interface RisingComplaint {
  type: string;
  current: number;
  previous: number;
}

export interface Quote {
  feedbackId: string;
  channel: Channel;
  receivedAt: string;
  /** Masked and shortened customer text. */
  text: string;
}

export interface UrgentItem {
  feedbackId: string;
  customerId: string;
  /** Masked. */
  customerName?: string;
  channel: Channel;
  receivedAt: string;
  /** Seconds from receipt to the digest's generation: how long it has waited. */
  openSeconds: number;
  complaintTypes: string[];
  reason?: string;
  /** Masked excerpt. */
  excerpt: string;
}

/** A customer's latest complaint up to the end of the period. */
export interface LastComplaint {
  feedbackId: string;
  receivedAt: string;
  complaintTypes: string[];
  status: FeedbackStatus;
  /** Seconds it has been open (not resolved) until the digest was generated; absent once resolved. */
  openSeconds?: number;
  /** Masked excerpt. */
  excerpt: string;
}

export interface CustomerAtRisk {
  customerId: string;
  /** Masked, since digests travel by email. */
  displayName?: string;
  /** A masked phone number or e-mail address to reach them by (`+86*******8000`, `l***@example.com`). */
  contact?: string;
  /** Channels the customer has written through. */
  channels: Channel[];
  reason: AtRiskEntry['reason'];
  /** Negative messages in the trailing week when last flagged. */
  negativesLastWeek: number;
  lastFlaggedDay: string;
  lastComplaint?: LastComplaint;
}

/** Complaint mentions grouped under one SERVQUAL dimension (see servqual.ts). */
export interface ServiceQualityDimension {
  dimension: ServqualDimension;
  count: Metric;
  /** Mentions per trend day, for the small trend bars. */
  trend: { day: string; count: number }[];
}

/** The three lines at the top of the mail, each from the figures below it. */
export interface Headline {
  /** What changed most against the previous period. */
  change:
    | { kind: 'complaint'; type: string; current: number; previous: number }
    | { kind: 'volume'; current: number; previous: number }
    | { kind: 'none' };
  /** Urgent items of the period still open (those listed), and the oldest of them all, listed or not. */
  urgent: { open: number; more: boolean; oldest?: UrgentItem };
  /** The customer most in need of a call. */
  call?: CustomerAtRisk;
}

export interface TrendPoint {
  day: string;
  sentiment: Record<SentimentLabel, number>;
  total: number;
}

/** A complaint type's display names, from the classifier's taxonomy (the id when it has none). */
export interface TypeNames {
  zh: string;
  en: string;
}

export interface Digest {
  window: DigestWindow;
  /** Names of every complaint type the digest mentions. */
  complaintTypeNames: Record<string, TypeNames>;
  timeZone: string;
  generatedAt: string;
  /** The console the digest links into; no links without it. */
  consoleUrl?: string;
  headline: Headline;
  volume: {
    total: Metric;
    messages: Metric;
    newCustomers: Metric;
    byChannel: { channel: Channel; count: Metric }[];
  };
  sentiment: {
    counts: Record<SentimentLabel, Metric>;
    shares: Record<SentimentLabel, Metric>;
    /** % positive − % negative messages, −100..100. */
    satisfactionIndex: Metric;
  };
  /** Present when ratings came in during either period. */
  csat?: { responses: Metric; satisfiedShare: Metric; meanRating: Metric };
  /** Present when NPS answers came in during either period; −100..100. */
  nps?: { responses: Metric; score: Metric };
  complaints: { top: ComplaintTrend[]; rising: RisingComplaint[] };
  serviceQuality: ServiceQualityDimension[];
  urgent: { flaggedInPeriod: Metric; open: UrgentItem[]; moreOpen: boolean };
  customersAtRisk: CustomerAtRisk[];
  responseTimes: { acknowledge: Metric; resolve: Metric; acknowledged: Metric; resolved: Metric };
  trend: TrendPoint[];
}
