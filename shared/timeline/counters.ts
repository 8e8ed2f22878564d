import { ConfigError } from '../config.ts';
import type { Counters, FeedbackRecord } from '../model.ts';

/**
 * Names of the per-day aggregate counters. Digests read only these (never the items), so their
 * cost does not grow with volume. Add a counter here and in `countersForRecord`, nowhere else.
 */
export const COUNTER = {
  total: 'total',
  messages: 'messages',
  interactions: 'interactions',
  urgent: 'urgent',
  newCustomers: 'customers.new',
  channel: (channel: string) => `channel.${channel}`,
  sentiment: (label: string) => `sentiment.${label}`,
  intent: (intent: string) => `intent.${intent}`,
  complaint: (type: string) => `complaint.${type}`,
  ratingCount: 'rating.count',
  ratingSum: 'rating.sum',
  /** CSAT: ratings of 4 or 5. */
  ratingSatisfied: 'rating.satisfied',
  npsCount: 'nps.count',
  npsPromoters: 'nps.promoters',
  npsDetractors: 'nps.detractors',
  /** Response times, counted on the day the status changed. */
  acknowledgedCount: 'response.acknowledged.count',
  acknowledgedSeconds: 'response.acknowledged.seconds',
  resolvedCount: 'response.resolved.count',
  resolvedSeconds: 'response.resolved.seconds',
} as const;

/**
 * A day's counters as a store answers them: only those that count something. A +1 and a −1 (a new
 * customer's day moved by a late first message) cancel to nothing in one write and to a stored 0
 * in two, as DynamoDB's stream batches or the local journal's writes happen to fall: the reader
 * must not see which.
 */
export function countersHeld(counters: Counters): Counters {
  return Object.fromEntries(Object.entries(counters).filter(([, value]) => value !== 0));
}

export function countersForRecord(record: FeedbackRecord, countsNewCustomer: boolean): Counters {
  const counters: Counters = { [COUNTER.total]: 1, [COUNTER.channel(record.channel)]: 1 };
  if (countsNewCustomer) counters[COUNTER.newCustomers] = 1;
  if (record.kind === 'interaction') {
    counters[COUNTER.interactions] = 1;
    return counters;
  }
  const { classification } = record;
  counters[COUNTER.messages] = 1;
  counters[COUNTER.sentiment(classification.sentiment.label)] = 1;
  counters[COUNTER.intent(classification.intent)] = 1;
  for (const { type } of classification.complaintTypes) counters[COUNTER.complaint(type)] = 1;
  if (classification.urgent) counters[COUNTER.urgent] = 1;
  if (record.rating !== undefined) {
    counters[COUNTER.ratingCount] = 1;
    counters[COUNTER.ratingSum] = record.rating;
    if (record.rating >= 4) counters[COUNTER.ratingSatisfied] = 1;
  }
  if (record.nps !== undefined) {
    counters[COUNTER.npsCount] = 1;
    if (record.nps >= 9) counters[COUNTER.npsPromoters] = 1;
    if (record.nps <= 6) counters[COUNTER.npsDetractors] = 1;
  }
  return counters;
}

/**
 * What one item adds to its customer's profile counts (`total`, `channel.<ch>`,
 * `sentiment.<label>`, `complaints`, `complaints.open` while not resolved): at its commit, and
 * again when an undone merge hands it to the other customer.
 */
export function customerCountsForRecord(record: FeedbackRecord): Counters {
  const counts: Counters = { total: 1, [COUNTER.channel(record.channel)]: 1 };
  if (record.kind === 'interaction') return counts;
  counts[COUNTER.sentiment(record.classification.sentiment.label)] = 1;
  if (record.classification.intent === 'complaint') {
    counts.complaints = 1;
    if (record.status !== 'resolved') counts['complaints.open'] = 1;
  }
  return counts;
}

/** What the item added to its customer's counts at `instant`: as its case stood then (its history says). */
export function customerCountsAt(record: FeedbackRecord, instant: string): Counters {
  // The history keeps the latest changes: an instant before them reads the status the older left.
  let status: FeedbackRecord['status'] = record.olderCaseChanges?.status ?? 'open';
  for (const event of record.history ?? []) if (event.at <= instant && event.status) status = event.status.to;
  return customerCountsForRecord({ ...record, status });
}

/** `after` minus `before`, without the counters that did not change. */
export function countsChange(before: Counters, after: Counters): Counters {
  const change: Counters = {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const delta = (after[name] ?? 0) - (before[name] ?? 0);
    if (delta !== 0) change[name] = delta;
  }
  return change;
}

/** The reporting day of an instant in a time zone, as YYYY-MM-DD. */
export function reportingDay(instant: string | Date, timeZone: string): string {
  return dayFormatter(timeZone).format(typeof instant === 'string' ? new Date(instant) : instant);
}

/**
 * Refuses a REPORT_TIME_ZONE Intl does not know, under which every message would fail into the
 * dead letters. Local mode asks at start; in AWS the CDK app checks it at synth, and the
 * processor's init builds no formatter (the first message does).
 */
export function assertReportTimeZone(timeZone: string): void {
  dayFormatter(timeZone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      // en-CA formats as YYYY-MM-DD.
      formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      throw new ConfigError(`invalid configuration: REPORT_TIME_ZONE: "${timeZone}" is not a time zone (an IANA name such as Asia/Shanghai)`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
