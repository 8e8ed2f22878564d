import type { Counters, Customer, MergeSuggestion } from '../../model.ts';
import type { ProfileName } from '../../identity/display-name.ts';

/** The item id at the end of an index key (`<sort part>#<id>`). */
export function feedbackIdOf(key: string): string {
  return key.slice(key.lastIndexOf('#') + 1);
}

export function addCounters(target: Counters, deltas: Counters): void {
  for (const [name, delta] of Object.entries(deltas)) target[name] = (target[name] ?? 0) + delta;
}

export function negated(counters: Counters): Counters {
  return Object.fromEntries(Object.entries(counters).map(([name, value]) => [name, -value]));
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

export const min = (a: string, b: string) => (a <= b ? a : b);
export const max = (a: string, b: string) => (a >= b ? a : b);

/** Callers get copies: nothing they change reaches the state. */
export function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/** A profile's fields that DynamoDB keeps as string sets, which have no order: its adapter answers them sorted. */
const PROFILE_SETS = ['identities', 'verifiedIdentities', 'pendingMerges', 'pendingUndos', 'separatedFrom'] as const;

/**
 * A copy of the profile as the DynamoDB adapter would answer it: its sets sorted, not in the order
 * they were added here. What reads "the first phone" (a digest's contact) or lists a merged
 * customer's identities then shows the same on either store.
 */
export function profileAsRead(customer: Customer | undefined): Customer | undefined {
  const copy = clone(customer);
  for (const field of PROFILE_SETS) if (copy?.[field]) copy[field] = [...copy[field]!].sort();
  return copy;
}

export function setName(customer: Customer, { displayName, displayNameClaimed }: ProfileName): void {
  if (displayName) customer.displayName = displayName;
  else delete customer.displayName;
  if (displayNameClaimed) customer.displayNameClaimed = true;
  else delete customer.displayNameClaimed;
}

/** Where a suggestion is listed: under both its customers and the identity it quotes. */
export function suggestionKeys({ customerId, otherCustomerId, identity }: MergeSuggestion): string[] {
  return [`CUST#${customerId}`, `CUST#${otherCustomerId}`, `ID#${identity}`];
}
