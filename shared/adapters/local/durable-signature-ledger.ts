import { systemClock, type Clock } from '../../ports.ts';
import { Journal } from './journal.ts';
import { MemorySignatureLedger } from './memory-signature-ledger.ts';

const COMPACT_AFTER_USES = 10_000;

interface Use {
  key: string;
  valueHash: string;
  expiresAt: number;
}

/**
 * The embedded mode's ledger: the memory one, journaled in DATA_DIR. A first use is on disk
 * before the webhook is answered, so a request captured before a restart and replayed after it
 * with its unsigned part changed (an email relay's sender-verified header, a WeChat push's body)
 * meets the same memory. Each start keeps only the live entries (minutes' worth).
 */
export class DurableSignatureLedger extends MemorySignatureLedger {
  private readonly journal: Journal<Use, Use[]>;
  private usesSinceCompaction = 0;

  constructor(directory: string, clock: Clock = systemClock) {
    super(clock);
    this.journal = new Journal<Use, Use[]>(directory, 'signature-uses');
    const load = (use: Use) => this.remember(use.key, use.valueHash, use.expiresAt);
    this.journal.open(load, (uses) => uses.forEach(load), () => this.snapshot());
    this.journal.compact(this.snapshot());
  }

  override async record(key: string, valueHash: string, expiresAt: number): Promise<'first' | 'same' | 'different'> {
    const outcome = await super.record(key, valueHash, expiresAt);
    if (outcome === 'first') {
      this.journal.append({ key, valueHash, expiresAt });
      await this.journal.flushed();
      // Entries live minutes: rewriting the live ones now and then keeps the file that small.
      if ((this.usesSinceCompaction += 1) >= COMPACT_AFTER_USES) {
        this.usesSinceCompaction = 0;
        this.journal.compact(this.snapshot());
      }
    }
    return outcome;
  }

  private snapshot(): Use[] {
    return this.liveEntries().map(([key, { valueHash, expiresAt }]) => ({ key, valueHash, expiresAt }));
  }
}
