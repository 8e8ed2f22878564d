import { REPEATED_COMPLAINTS_REASON, REPEATED_UNRESOLVED, repeatedComplaintsReason } from '../classify/repeated-complaints.ts';
import type { Classification } from '../classify/types.ts';
import type { FeedbackRecord } from '../model.ts';
import { complaintHistory, HISTORY_ITEMS, type ComplaintHistory } from './history.ts';

/**
 * The one part of a classification read from the customer's history: the classifier's
 * `repeated unresolved complaint (<n> unresolved before it)` urgency reason (classify/repeated-complaints.ts).
 * Everything else in a classification comes from the message alone.
 */
const REASON_SEPARATOR = '; ';
const URGENT_EXPLANATION = 'urgent: ';

/**
 * The classification as the history would have made it: the repeated-complaints reason added,
 * recounted or taken away, the message's own reasons kept. Undefined when nothing changes.
 */
export function withHistory(classification: Classification, history: ComplaintHistory): Classification | undefined {
  const reasons = classification.urgentReason?.split(REASON_SEPARATOR) ?? [];
  const own = reasons.filter((reason) => !REPEATED_COMPLAINTS_REASON.test(reason));
  const repeated = history.unresolvedComplaints >= REPEATED_UNRESOLVED && classification.sentiment.score < 0;
  const wanted = repeated ? [...own, repeatedComplaintsReason(history.unresolvedComplaints)] : own;
  if (wanted.join(REASON_SEPARATOR) === reasons.join(REASON_SEPARATOR)) return undefined;
  const { urgentReason: _, ...rest } = classification;
  const urgentReason = wanted.join(REASON_SEPARATOR);
  // The urgency line stays where the classifier put it among the explanations.
  const explanations = [...classification.explanations];
  const line = explanations.findIndex((explanation) => explanation.startsWith(URGENT_EXPLANATION));
  const explained = wanted.length ? [`${URGENT_EXPLANATION}${urgentReason}`] : [];
  if (line >= 0) explanations.splice(line, 1, ...explained);
  else explanations.push(...explained);
  return wanted.length ? { ...rest, urgent: true, urgentReason, explanations } : { ...rest, urgent: false, explanations };
}

/**
 * An item's history as its processor would have read it from `timeline` (the customer's items):
 * those committed before it and received before it, the latest HISTORY_ITEMS of them.
 */
export function historyAsProcessed(item: FeedbackRecord, timeline: readonly FeedbackRecord[]): ComplaintHistory {
  const before = timeline
    .filter((other) => other.feedbackId !== item.feedbackId && other.processedAt < item.processedAt && other.receivedAt < item.receivedAt)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
    .slice(0, HISTORY_ITEMS);
  return complaintHistory(before, item.receivedAt);
}
