type Item = Record<string, unknown>;

/** A profile read this long ago is still worth a first commit attempt; older ones are read again. */
const FRESH_MS = 2_000;
const CAPACITY = 256;

/**
 * Customer profiles this store read or created a moment ago, each handed once to the commit that
 * follows, so processing an event reads its customer's profile once, not twice. Safe however stale:
 * the commit is guarded by the profile's revision and re-reads it when the guard fails.
 */
export class RecentProfiles {
  private readonly entries = new Map<string, { item: Item; at: number }>();

  remember(customerId: string, item: Item): void {
    this.entries.delete(customerId);
    this.entries.set(customerId, { item, at: Date.now() });
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value!);
  }

  take(customerId: string): Item | undefined {
    const entry = this.entries.get(customerId);
    this.entries.delete(customerId);
    return entry && Date.now() - entry.at <= FRESH_MS ? entry.item : undefined;
  }
}
