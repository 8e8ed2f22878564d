/**
 * The one urgency reason read from the customer's history rather than from the message. Its own
 * module so that what derives it again from a timeline (timeline/history-urgency.ts, behind merges
 * and undo in the API) does not load the classifier's phrase tables.
 */

/** Unresolved complaints before this item in the customer's history that make a new one urgent. */
export const REPEATED_UNRESOLVED = 2;

/** The reason as the classifier writes it. */
export function repeatedComplaintsReason(unresolvedBefore: number): string {
  return `repeated unresolved complaint (${unresolvedBefore} unresolved before it)`;
}

/** A reason written by repeatedComplaintsReason. */
export const REPEATED_COMPLAINTS_REASON = /^repeated unresolved complaint \(\d+ unresolved before it\)$/;
