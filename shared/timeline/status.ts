import { backoff } from '../backoff.ts';
import type { CaseEvent, Counters, FeedbackRecord, FeedbackStatus } from '../model.ts';
import type { Clock, TimelineStore, WorkQueueStore } from '../ports.ts';
import { COUNTER, reportingDay } from './counters.ts';

/** Work moves forward (open → acknowledged → resolved, or straight to resolved); a resolved item can be reopened. */
const NEXT: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  open: ['acknowledged', 'resolved'],
  acknowledged: ['resolved'],
  resolved: ['reopened'],
  reopened: ['acknowledged', 'resolved'],
};

/** What a support person asks for; any subset. */
export interface CaseRequest {
  status?: FeedbackStatus;
  note?: string;
  /** An empty string unassigns. */
  assignee?: string;
}

export type StatusOutcome =
  | { status: 'changed' | 'unchanged'; record: FeedbackRecord }
  | { status: 'not_found' }
  | { status: 'invalid_transition'; from: FeedbackStatus; to: FeedbackStatus }
  /** The caller decided on an older revision of the item than the one it has now (If-Match). */
  | { status: 'stale'; revision: number }
  | { status: 'conflict' };

/** An item's revision: how many case changes it has had. Each change adds one. */
export function caseRevision(record: Pick<FeedbackRecord, 'history' | 'olderCaseChanges'>): number {
  return (record.olderCaseChanges?.count ?? 0) + (record.history?.length ?? 0);
}

/**
 * The item's case history is kept on the item, beside a body of up to ~245 KB (an event the queue
 * carries, incompressible at worst): 64 KB of it (10 of the longest CJK notes, hundreds of
 * ordinary changes) keeps the item under DynamoDB's 400 KB. A change is never refused for the
 * history's length: the oldest go, counted, with the status they left (where replays start).
 */
export const CASE_HISTORY_BYTES_KEPT = 64 * 1024;

/** The item's history with `event` appended: the latest within the budget (the newest always), the older counted. */
export function withCaseEvent(record: Pick<FeedbackRecord, 'history' | 'olderCaseChanges'>, event: CaseEvent): Pick<FeedbackRecord, 'history' | 'olderCaseChanges'> {
  const history = [...(record.history ?? []), event];
  let bytes = history.reduce((sum, kept) => sum + eventBytes(kept), 2);
  let dropped = 0;
  let status = record.olderCaseChanges?.status ?? 'open';
  while (bytes > CASE_HISTORY_BYTES_KEPT && dropped < history.length - 1) {
    const oldest = history[dropped]!;
    if (oldest.status) status = oldest.status.to;
    bytes -= eventBytes(oldest);
    dropped += 1;
  }
  const count = (record.olderCaseChanges?.count ?? 0) + dropped;
  return { history: history.slice(dropped), ...(count ? { olderCaseChanges: { count, status } } : {}) };
}

/** An event's share of the history's JSON: itself and its comma. */
const eventBytes = (event: CaseEvent) => Buffer.byteLength(JSON.stringify(event)) + 1;

/**
 * Applies a case change and records it in the item's history with who made it. The first
 * acknowledgement and the first resolution add their time since receipt to the day's
 * response-time counters, so digests report response times without reading items; a reopened
 * item counts as an open complaint again.
 */
export async function changeFeedbackStatus(
  dependencies: { store: TimelineStore & WorkQueueStore; clock: Clock; timeZone: string },
  feedbackId: string,
  request: CaseRequest,
  by: string,
  ifRevision?: number,
): Promise<StatusOutcome> {
  // A concurrent change moved the item: decide again from where it is now (or, for a caller that
  // named the revision it decided on, answer that it is stale).
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await changeOnce(dependencies, feedbackId, request, by, ifRevision);
    if (outcome.status !== 'conflict' || attempt >= MAX_ATTEMPTS) return outcome;
    // Agents noting one item at the same moment spread out instead of colliding again.
    await backoff(attempt + 1, RETRY_CAP_MS);
  }
}

/** Eight agents changing one item at the same instant all get their change in (the contract suite). */
const MAX_ATTEMPTS = 12;
const RETRY_CAP_MS = 200;

/** How long after a note the same caller sending it again is taken for a retry of that change. */
const RETRY_WINDOW_MS = 15 * 60 * 1000;

/**
 * A change whose answer was lost (a timeout, a 503 after the write landed) is sent again as it
 * was: its status and assignee now stand, and only its note would be new. The same caller's same
 * note, right after the change that carried it, is that retry, not a second note.
 */
function isRepeatOfLastNote(record: FeedbackRecord, note: string, by: string, now: Date): boolean {
  const last = record.history?.at(-1);
  return last?.note === note && last.by === by && now.getTime() - Date.parse(last.at) < RETRY_WINDOW_MS;
}

async function changeOnce(
  { store, clock, timeZone }: { store: TimelineStore & WorkQueueStore; clock: Clock; timeZone: string },
  feedbackId: string,
  request: CaseRequest,
  by: string,
  ifRevision: number | undefined,
): Promise<StatusOutcome> {
  // Read strongly consistent: a change is decided on the item as it is, and guarded on exactly that.
  const [record] = await store.getFeedbackNow([feedbackId]);
  if (!record) return { status: 'not_found' };
  if (ifRevision !== undefined && caseRevision(record) !== ifRevision) return { status: 'stale', revision: caseRevision(record) };
  const to = request.status ?? record.status;
  const moves = to !== record.status;
  if (moves && !NEXT[record.status].includes(to)) return { status: 'invalid_transition', from: record.status, to };
  const assigns = request.assignee !== undefined && request.assignee !== (record.assignee ?? '');
  if (!moves && !assigns && (!request.note || isRepeatOfLastNote(record, request.note, by, clock.now()))) return { status: 'unchanged', record };

  const at = clock.now();
  const event: CaseEvent = {
    at: at.toISOString(),
    by,
    ...(moves ? { status: { from: record.status, to } } : {}),
    ...(request.note ? { note: request.note } : {}),
    ...(assigns ? { assignee: request.assignee } : {}),
  };
  const changed = await store.changeStatus({
    feedbackId,
    from: record.status,
    to,
    revision: caseRevision(record),
    event,
    ...(assigns ? { assignee: request.assignee } : {}),
    at: event.at,
    day: reportingDay(at, timeZone),
    aggregateDeltas: moves ? responseTimeDeltas(record, to, at) : {},
    customerDeltas: moves ? openComplaintDeltas(record, to) : {},
  });
  if (changed === undefined) return { status: 'not_found' };
  if (changed === 'conflict') return { status: 'conflict' };
  return { status: 'changed', record: changed };
}

function responseTimeDeltas(record: FeedbackRecord, to: FeedbackStatus, at: Date): Counters {
  const seconds = Math.max(0, Math.round((at.getTime() - Date.parse(record.receivedAt)) / 1000));
  if (to === 'acknowledged' && !record.acknowledgedAt) return { [COUNTER.acknowledgedCount]: 1, [COUNTER.acknowledgedSeconds]: seconds };
  if (to === 'resolved' && !record.resolvedAt) return { [COUNTER.resolvedCount]: 1, [COUNTER.resolvedSeconds]: seconds };
  return {};
}

function openComplaintDeltas(record: FeedbackRecord, to: FeedbackStatus): Counters {
  if (record.classification.intent !== 'complaint') return {};
  if (to === 'resolved') return { 'complaints.open': -1 };
  if (to === 'reopened') return { 'complaints.open': 1 };
  return {};
}
