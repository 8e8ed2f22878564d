import type { AggregateStore, AtRiskEntry, IdentityStore } from '../ports.ts';
import { maskName } from './mask.ts';
import type { CustomerAtRisk } from './types.ts';

/** Customers listed in a digest; also the per-day limit of the at-risk index read. */
export const AT_RISK_LISTED = 10;

/**
 * Customers the processor flagged at risk on the period's days (several negatives in a week, or
 * a negative after a positive history: see timeline/risk.ts), most negatives first. A customer
 * flagged on several days is listed once with the highest count. The profile read is only for a
 * masked display name, so a manager can tell the listed customers apart.
 */
export async function customersAtRisk(store: AggregateStore & IdentityStore, days: string[]): Promise<CustomerAtRisk[]> {
  const flagged = new Map<string, AtRiskEntry>();
  for (const entry of await store.listAtRisk(days, AT_RISK_LISTED)) {
    const known = flagged.get(entry.customerId);
    if (!known || entry.negativesLastWeek > known.negativesLastWeek) flagged.set(entry.customerId, entry);
  }
  const listed = [...flagged.values()]
    .sort((a, b) => b.negativesLastWeek - a.negativesLastWeek || b.day.localeCompare(a.day))
    .slice(0, AT_RISK_LISTED);
  const profiles = await Promise.all(listed.map((entry) => store.getCustomer(entry.customerId)));
  return listed.map((entry, index) => {
    const displayName = profiles[index]?.displayName;
    return {
      customerId: entry.customerId,
      ...(displayName ? { displayName: maskName(displayName) } : {}),
      reason: entry.reason,
      negativesLastWeek: entry.negativesLastWeek,
      lastFlaggedDay: entry.day,
    };
  });
}
