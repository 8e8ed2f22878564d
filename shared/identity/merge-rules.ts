import type { Customer } from '../model.ts';

/**
 * Chatwoot's rule: two different verified identities of one kind mean two people; and two
 * customers a person separated (an undone merge) are never merged again automatically.
 */
export function conflicting(family: Customer[], other: Customer): boolean {
  if (family.some((member) => member.separatedFrom?.includes(other.customerId) || other.separatedFrom?.includes(member.customerId))) return true;
  const kinds = (customers: Customer[]) => {
    const byKind = new Map<string, Set<string>>();
    for (const identity of customers.flatMap((c) => c.verifiedIdentities ?? [])) {
      const kind = identity.slice(0, identity.indexOf(':'));
      (byKind.get(kind) ?? byKind.set(kind, new Set()).get(kind)!).add(identity);
    }
    return byKind;
  };
  const ours = kinds(family);
  for (const [kind, theirs] of kinds([other])) {
    const mine = ours.get(kind);
    if (mine && ![...theirs].some((identity) => mine.has(identity))) return true;
  }
  return false;
}

/** The oldest customer survives a merge; the id breaks ties so every processor picks the same one. */
export function oldest(customers: Map<string, Customer>): Customer {
  return [...customers.values()].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.customerId.localeCompare(b.customerId))[0]!;
}
