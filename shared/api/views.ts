import type { Customer } from '../model.ts';
import type { IdentityStore } from '../ports.ts';

/** The public shape of a customer: counts grouped, merge history included for audit and undo. */
export async function toCustomerView(store: IdentityStore, customer: Customer) {
  const byChannel: Record<string, number> = {};
  const bySentiment: Record<string, number> = {};
  for (const [name, value] of Object.entries(customer.counts)) {
    if (name.startsWith('channel.')) byChannel[name.slice(8)] = value;
    if (name.startsWith('sentiment.')) bySentiment[name.slice(10)] = value;
  }
  const merges = await store.listMerges(customer.customerId);
  return {
    customerId: customer.customerId,
    identities: [...customer.identities].sort(),
    ...(customer.displayName ? { displayName: customer.displayName } : {}),
    firstSeen: customer.firstSeen,
    lastSeen: customer.lastSeen,
    counts: { total: customer.counts.total ?? 0, byChannel, bySentiment, complaints: customer.counts.complaints ?? 0 },
    mergedFrom: merges.map((m) => ({ customerId: m.absorbedId, mergedAt: m.mergedAt, causeFeedbackId: m.causeFeedbackId, identities: m.absorbedIdentities })),
  };
}
