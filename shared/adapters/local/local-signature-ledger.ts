import { systemClock, type Clock, type SignatureUseLedger } from '../../ports.ts';
import { Journal } from './journal.ts';

/** Bounds memory under any load; past it the entry closest to expiring is forgotten first. */
const MAX_ENTRIES = 100_000;
/** Every use is one journal line; the live ones (a few minutes' worth) are all a compaction keeps. */
const COMPACT_AFTER = 5_000;

type Use = { key: string; valueHash: string; expiresAt: number };

/**
 * The embedded mode's ledger: one server process owns DATA_DIR and serves every webhook, so one
 * ledger is shared by all of them. With a directory every use is journaled there (flushed before
 * `record` answers, so before the request is accepted), and a restarted server remembers what the
 * last one saw: a captured request replayed after a restart is refused as before it. Expired uses
 * are forgotten, and left out when the journal is compacted.
 */
export class LocalSignatureLedger implements SignatureUseLedger {
  private readonly entries = new Map<string, { valueHash: string; expiresAt: number }>();
  private readonly journal?: Journal<Use, Use[]>;
  private readonly maxEntries: number;

  constructor(
    private readonly clock: Clock = systemClock,
    { directory, maxEntries = MAX_ENTRIES }: { directory?: string; maxEntries?: number } = {},
  ) {
    this.maxEntries = maxEntries;
    if (directory) {
      this.journal = new Journal<Use, Use[]>(directory, 'signature-uses', COMPACT_AFTER);
      this.journal.open(
        (use) => this.keep(use),
        (uses = []) => {
          this.entries.clear();
          uses.forEach((use) => this.keep(use));
        },
        () => this.live(this.clock.now().getTime() / 1000),
      );
    }
  }

  async record(key: string, valueHash: string, expiresAt: number): Promise<'first' | 'same' | 'different'> {
    const now = this.clock.now().getTime() / 1000;
    this.forgetExpired(now);
    const live = this.entries.get(key);
    if (live && live.expiresAt >= now) {
      // The use may still be on its way to disk (and refused there): no answer rests on it before.
      await this.journal?.flushed();
      return live.valueHash === valueHash ? 'same' : 'different';
    }
    const use = { key, valueHash, expiresAt };
    this.keep(use);
    if (!this.journal) return 'first';
    this.journal.append(use);
    await this.journal.flushed();
    if (this.journal.length >= COMPACT_AFTER) this.journal.compact(this.live(now));
    return 'first';
  }

  private keep({ key, valueHash, expiresAt }: Use): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { valueHash, expiresAt });
  }

  private live(now: number): Use[] {
    return [...this.entries].filter(([, entry]) => entry.expiresAt >= now).map(([key, entry]) => ({ key, ...entry }));
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
