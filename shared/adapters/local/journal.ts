import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Durability for the embedded adapters: a snapshot plus an append-only journal of operations.
 * Operations are written in groups, one write per turn of the event loop; `flushed()` resolves
 * once everything appended so far is written, and callers await it before acknowledging, so a
 * restart (or a crash of the process) keeps everything acknowledged. A torn last line from a
 * crash mid-write is ignored.
 */
export class Journal<Op, State> {
  private readonly snapshotPath: string;
  private readonly journalPath: string;
  private appended = 0;
  private pending: string[] = [];
  private flush?: Promise<void>;

  constructor(
    directory: string,
    name: string,
    private readonly compactAfter = 20_000,
  ) {
    mkdirSync(directory, { recursive: true });
    this.snapshotPath = join(directory, `${name}.snapshot.json`);
    this.journalPath = join(directory, `${name}.journal.jsonl`);
  }

  /**
   * Loads the snapshot and replays the journal; compacts when the journal has grown long, unless
   * `readOnly` (a reader beside the process that owns the directory must not rewrite its files).
   */
  open(replay: (op: Op) => void, restore: (state: State) => void, capture: () => State, readOnly = false): void {
    if (existsSync(this.snapshotPath)) restore(JSON.parse(readFileSync(this.snapshotPath, 'utf8')) as State);
    if (existsSync(this.journalPath)) {
      const lines = readFileSync(this.journalPath, 'utf8').split('\n');
      for (const line of lines) {
        if (!line) continue;
        let op: Op;
        try {
          op = JSON.parse(line) as Op;
        } catch {
          continue;
        }
        replay(op);
        this.appended += 1;
      }
    }
    if (!readOnly && this.appended >= this.compactAfter) this.compact(capture());
  }

  append(op: Op): void {
    this.pending.push(`${JSON.stringify(op)}\n`);
    this.appended += 1;
    this.flush ??= new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        const lines = this.pending.join('');
        this.pending = [];
        this.flush = undefined;
        try {
          appendFileSync(this.journalPath, lines);
          resolve();
        } catch (error) {
          reject(error);
        }
      }),
    );
  }

  /** Resolves when every operation appended so far is on disk (in the OS's file cache). */
  flushed(): Promise<void> {
    return this.flush ?? Promise.resolve();
  }

  /** Writes the whole state as a new snapshot atomically, then starts an empty journal. */
  compact(state: State): void {
    if (this.pending.length) appendFileSync(this.journalPath, this.pending.splice(0).join(''));
    const temporary = `${this.snapshotPath}.tmp`;
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, this.snapshotPath);
    writeFileSync(this.journalPath, '');
    this.appended = 0;
  }
}
