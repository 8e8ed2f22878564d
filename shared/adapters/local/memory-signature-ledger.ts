import { systemClock, type Clock, type SignatureUseLedger } from '../../ports.ts';

/** Bounds memory under any load; past it the entry closest to expiring is forgotten first. */
const MAX_ENTRIES = 100_000;

/**
 * The embedded mode's ledger: one server process owns DATA_DIR and serves every webhook, so
 * memory that lives as long as the server is shared by all of them. A restart forgets it, which
 * leaves a replay window of one signature lifetime (5 minutes) after each restart.
 */
export class MemorySignatureLedger implements SignatureUseLedger {
  private readonly entries = new Map<string, { valueHash: string; expiresAt: number }>();

  constructor(
    private readonly clock: Clock = systemClock,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  async record(key: string, valueHash: string, expiresAt: number): Promise<'first' | 'same' | 'different'> {
    const now = this.clock.now().getTime() / 1000;
    this.forgetExpired(now);
    const live = this.entries.get(key);
    if (live && live.expiresAt >= now) return live.valueHash === valueHash ? 'same' : 'different';
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { valueHash, expiresAt });
    return 'first';
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
