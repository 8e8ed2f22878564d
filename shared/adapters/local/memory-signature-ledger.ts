import { systemClock, type Clock, type SignatureUseLedger } from '../../ports.ts';

/** Bounds memory under any load; past it the entry closest to expiring is forgotten first. */
const MAX_ENTRIES = 100_000;

/**
 * A ledger in memory, shared by every webhook one process serves. On its own a restart forgets
 * it; the embedded mode keeps it in DATA_DIR (DurableSignatureLedger) so a restart does not
 * reopen a replay window of one signature lifetime.
 */
export class MemorySignatureLedger implements SignatureUseLedger {
  private readonly entries = new Map<string, { valueHash: string; expiresAt: number }>();

  constructor(
    private readonly clock: Clock = systemClock,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  async record(key: string, valueHash: string, expiresAt: number): Promise<'first' | 'same' | 'different'> {
    const live = this.live(key);
    if (live) return live.valueHash === valueHash ? 'same' : 'different';
    this.remember(key, valueHash, expiresAt);
    return 'first';
  }

  protected live(key: string): { valueHash: string; expiresAt: number } | undefined {
    const now = this.clock.now().getTime() / 1000;
    this.forgetExpired(now);
    const entry = this.entries.get(key);
    return entry && entry.expiresAt >= now ? entry : undefined;
  }

  protected remember(key: string, valueHash: string, expiresAt: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { valueHash, expiresAt });
  }

  /** The entries still live, oldest first. */
  protected liveEntries(): [string, { valueHash: string; expiresAt: number }][] {
    this.forgetExpired(this.clock.now().getTime() / 1000);
    return [...this.entries];
  }

  private forgetExpired(now: number): void {
    // Every key lives the same time after its signature's timestamp, and they arrive roughly in
    // timestamp order: the expired ones sit at the front.
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt >= now) break;
      this.entries.delete(key);
    }
  }
}
