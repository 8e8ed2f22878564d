import { deriveFeedbackId } from '../event-ids.ts';
import type { MergeSuggestion } from '../model.ts';
import { InvalidCursorError, type SuggestionDecision, type TimelineQuery } from '../ports.ts';
import { timelineKey } from '../timeline/timeline-key.ts';


/** Timeline items and merge suggestions are both listed newest first by `<time>#<id>`. */
const TIMELINE_KEY = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#(fb|sug)_[0-9a-z]{26}$/;

/** Merge ids are derived from what they merged, so a retried merge request finds the same one. */
export function mergeIdFor(survivorId: string, absorbedId: string, mergedAt: string): string {
  return `mrg_${deriveFeedbackId('merge', `${survivorId}|${absorbedId}|${mergedAt}`).slice(3)}`;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** An erasure's place in the log (`<at>#<erasureId>`), ordered as the log is listed. */
export function erasureKey({ at, erasureId }: { at: string; erasureId: string }): string {
  return `${at}#${erasureId}`;
}

const ERASURE_KEY = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#er_[0-9A-Za-z_-]{1,64}$/;

/** The erasure key a cursor stands for, or undefined when it is not one we issued. */
export function decodeErasureCursor(cursor: string): string | undefined {
  return keyOfCursor(cursor, ERASURE_KEY);
}

const CUSTOMER_ID = /^cus_[0-9A-Za-z_-]{1,64}$/;

/** The customer a listing of customers with work under way (PendingWorkStore) went on after, or undefined when the cursor is not one we issued. */
export function decodeCustomerCursor(cursor: string): string | undefined {
  return keyOfCursor(cursor, CUSTOMER_ID);
}

/** The key a cursor stands for, or undefined when it is not one we issued. */
export function decodeCursor(cursor: string): string | undefined {
  return keyOfCursor(cursor, TIMELINE_KEY);
}

/** Where a listing resumes: undefined on its first page, the key `decode` reads from the cursor after that; InvalidCursorError for a cursor the listing did not issue. */
export function resumeAfter(cursor: string | undefined, decode: (cursor: string) => string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const key = decode(cursor);
  if (key === undefined) throw new InvalidCursorError();
  return key;
}

/** The key `encodeCursor` wrote into a cursor, when it has the shape of the listing's keys. */
function keyOfCursor(cursor: string, keyShape: RegExp): string | undefined {
  if (cursor.length > 200) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  return keyShape.test(key) ? key : undefined;
}

/**
 * The survivor's last-seen after an undo: what it was before the merge, unless it has heard
 * from the customer since (later than anything either side had at merge time).
 */
export function lastSeenAfterUndo(current: string, merge: { survivorLastSeen: string; absorbedLastSeen: string }): string {
  const atMerge = merge.survivorLastSeen >= merge.absorbedLastSeen ? merge.survivorLastSeen : merge.absorbedLastSeen;
  return current > atMerge ? current : merge.survivorLastSeen;
}

/**
 * The absorbed customer's identities the survivor holds verified at an undo: its own verified
 * ones, and claims its own sender proved while merged. They go back verified.
 */
export function verifiedWhileMerged(survivor: { verifiedIdentities?: Iterable<string> | undefined }, merge: { absorbedIdentities: string[] }): string[] {
  const verified = new Set(survivor.verifiedIdentities ?? []);
  return merge.absorbedIdentities.filter((identity) => verified.has(identity));
}

/**
 * What a merge accepting `suggestion` decides with it: accepted now, or, when accepted before its
 * merge was known, that acceptance with the merge's id. Undefined when it was decided otherwise.
 */
export function acceptedBy(suggestion: MergeSuggestion | undefined, merge: { mergeId: string; mergedAt: string; by: string }): SuggestionDecision | undefined {
  if (suggestion?.status === 'open') return { suggestionId: suggestion.suggestionId, status: 'accepted', at: merge.mergedAt, by: merge.by, mergeId: merge.mergeId };
  if (suggestion && mergeFillsIn(suggestion, { status: 'accepted', mergeId: merge.mergeId })) return { suggestionId: suggestion.suggestionId, status: 'accepted', at: suggestion.decidedAt!, by: suggestion.decidedBy!, mergeId: merge.mergeId };
  return undefined;
}

/** An accepted suggestion whose merge was made after it was decided: the decision brings the merge's id. */
export function mergeFillsIn(suggestion: { status: string; mergeId?: string | undefined }, decision: { status: string; mergeId?: string | undefined }): boolean {
  return suggestion.status === 'accepted' && decision.status === 'accepted' && !suggestion.mergeId && !!decision.mergeId;
}

/**
 * The key a timeline query reads below (newest first, exclusive), or undefined for the newest:
 * the lowest of its cursor's, its `receivedBefore`'s and its `after`'s. Keys are
 * `<receivedAt>#<id>`, so every key of an earlier instant sorts below `<instant>#`.
 * Throws InvalidCursorError for a cursor this did not issue.
 */
export function timelineReadsBelow(query: Pick<TimelineQuery, 'cursor' | 'receivedBefore' | 'after'>): string | undefined {
  const fromCursor = resumeAfter(query.cursor, decodeCursor);
  const bounds = [fromCursor, query.receivedBefore === undefined ? undefined : `${query.receivedBefore}#`, query.after && timelineKey(query.after.receivedAt, query.after.feedbackId)];
  return bounds.reduce((lowest, bound) => (bound === undefined || (lowest !== undefined && lowest <= bound) ? lowest : bound), undefined);
}

/** The lowest key a timeline query reads (inclusive), by its `downTo`; undefined when it reads to the end. */
export function timelineReadsDownTo(query: Pick<TimelineQuery, 'downTo'>): string | undefined {
  return query.downTo && timelineKey(query.downTo.receivedAt, query.downTo.feedbackId);
}
