import type { Customer, FeedbackRecord, FeedbackStatus } from '../../model.ts';
import type { DerivedProfile, RaisedRisk, ReceivedRange } from '../../ports.ts';
import { countersHeld } from '../../timeline/counters.ts';
import { newCountMoved } from '../../timeline/new-customers.ts';
import { latestFlag, profileFlag } from '../../timeline/risk.ts';
import type { Op } from './store-ops.ts';
import type { LocalState } from './store-state.ts';
import { clone, feedbackIdOf, profileAsRead, setName } from './store-values.ts';

/** What the digests read: daily counters, items by complaint type and urgency, customers at risk, with the profile state they derive from; and the claims that send a digest once. */

/** Attempts at revising a customer's derived profile while commits keep changing it. */
const MAX_REVISE_ATTEMPTS = 8;

export async function reviseDerived(state: LocalState, customerId: string, days: string[], derive: (current: Customer) => Promise<DerivedProfile>) {
  for (let attempt = 1; ; attempt += 1) {
    const before = state.customers.get(customerId);
    if (!before) return state.durable(undefined);
    const seen = JSON.stringify(before);
    const derived = await derive(profileAsRead(before)!);
    // Something committed to the customer while `derive` read its items: derive again.
    if (JSON.stringify(state.customers.get(customerId)) === seen) return state.record({ op: 'derived', customerId, days, state: derived });
    if (attempt >= MAX_REVISE_ATTEMPTS) throw new Error(`profile of ${customerId}: the customer kept changing; giving up after ${attempt} attempts`);
  }
}

export async function raiseAtRisk(state: LocalState, customerId: string, derive: (current: Customer) => Promise<RaisedRisk>) {
  for (let attempt = 1; ; attempt += 1) {
    const before = state.customers.get(customerId);
    if (!before || before.mergedInto) return state.durable(undefined);
    const seen = JSON.stringify(before);
    const raised = await derive(profileAsRead(before)!);
    // The customer changed while `derive` read its items (a commit, an undo's revision): derive again, as DynamoDB's epoch would take an undo's stale entries back.
    if (JSON.stringify(state.customers.get(customerId)) === seen) return state.record({ op: 'raiseRisk', customerId, ...raised });
    if (attempt >= MAX_REVISE_ATTEMPTS) throw new Error(`profile of ${customerId}: the customer kept changing; giving up after ${attempt} attempts`);
  }
}

export async function getDailyCounters(state: LocalState, days: string[]) {
  return state.durable(new Map(days.flatMap((day) => (state.daily.has(day) ? [[day, countersHeld(state.daily.get(day)!)] as const] : []))));
}

export async function listByComplaintType(state: LocalState, type: string, days: string[], limit: number) {
  const keys = days.flatMap((day) => state.byComplaintDay.get(`${type}#${day}`)?.toArray() ?? []);
  return state.durable(newestRecords(keys, limit, state.feedback));
}

export async function listUrgent(state: LocalState, status: FeedbackStatus, received: ReceivedRange, limit: number, order: 'newest' | 'oldest' = 'newest') {
  const index = state.urgentByStatus.get(status);
  // Keys are `<receivedAt>#<id>`, so `<from>#` ≤ key < `<to>#` is exactly [from, to).
  const keys = (order === 'newest' ? index?.descending(limit, `${received.to}#`, `${received.from}#`) : index?.ascending(limit, `${received.from}#`, `${received.to}#`)) ?? [];
  return state.durable(keys.map((key) => clone(state.feedback.get(feedbackIdOf(key)))!));
}

export async function listAtRisk(state: LocalState, days: string[], limit: number) {
  return state.durable(
    days.flatMap((day) =>
      [...(state.atRisk.get(day)?.values() ?? [])]
        .sort((a, b) => b.negativesLastWeek - a.negativesLastWeek || a.customerId.localeCompare(b.customerId))
        .slice(0, limit)
        .map((entry) => ({ ...entry })),
    ),
  );
}

export async function claimOnce(state: LocalState, key: string, at: string) {
  if (state.claims.has(key)) return state.durable(false);
  await state.record({ op: 'claim', key, at });
  return true;
}

export async function releaseClaim(state: LocalState, key: string) {
  if (state.claims.has(key)) await state.record({ op: 'releaseClaim', key });
  else await state.durable(undefined);
}

export function applyDerived(state: LocalState, { customerId, days, state: derived }: Extract<Op, { op: 'derived' }>): void {
  const customer = state.customers.get(customerId)!;
  setName(customer, derived);
  if (derived.seen) Object.assign(customer, derived.seen);
  const moved = newCountMoved(customer, derived.earliestDay);
  if (Object.keys(moved).length) {
    state.addNewCounts(moved);
    customer.newOnDay = derived.earliestDay;
  }
  if (derived.negativeDays) customer.negativeDays = { ...derived.negativeDays };
  else delete customer.negativeDays;
  if (derived.firstPositive) customer.firstPositive = derived.firstPositive;
  else delete customer.firstPositive;
  if (derived.atRisk) customer.atRisk = profileFlag(derived.atRisk);
  else delete customer.atRisk;
  for (const day of days) state.atRisk.get(day)?.delete(customerId);
  for (const entry of derived.entries) if (days.includes(entry.day)) state.putAtRisk(entry);
}

export function applyRaisedRisk(state: LocalState, { customerId, entries, firstPositive }: Extract<Op, { op: 'raiseRisk' }>): void {
  const customer = state.customers.get(customerId)!;
  if (firstPositive && !(customer.firstPositive && customer.firstPositive <= firstPositive)) customer.firstPositive = firstPositive;
  for (const entry of entries) state.putAtRisk(entry);
  const latest = latestFlag(entries);
  if (latest && (!customer.atRisk || latestFlag([{ ...customer.atRisk, customerId }, latest]) === latest)) customer.atRisk = profileFlag(latest);
}

function newestRecords(keys: string[], limit: number, feedback: Map<string, FeedbackRecord>): FeedbackRecord[] {
  return [...keys]
    .sort()
    .reverse()
    .slice(0, limit)
    .map((key) => clone(feedback.get(feedbackIdOf(key)))!);
}
