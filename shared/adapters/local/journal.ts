import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Durability for the embedded store: a snapshot plus an append-only journal of operations.
 * Each operation is appended before the call returns, so a restart (or a crash of the process)
 * keeps everything acknowledged; a torn last line from a crash mid-write is ignored.
 */
export class Journal<Op, State> {
  private readonly snapshotPath: string;
  private readonly journalPath: string;
  private appended = 0;

  constructor(
    directory: string,
    name: string,
    private readonly compactAfter = 20_000,
  ) {
    mkdirSync(directory, { recursive: true });
    this.snapshotPath = join(directory, `${name}.snapshot.json`);
    this.journalPath = join(directory, `${name}.journal.jsonl`);
  }

  /** Loads the snapshot and replays the journal; compacts when the journal has grown long. */
  open(replay: (op: Op) => void, restore: (state: State) => void, capture: () => State): void {
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
    if (this.appended >= this.compactAfter) this.compact(capture());
  }

  append(op: Op): void {
    appendFileSync(this.journalPath, `${JSON.stringify(op)}\n`);
    this.appended += 1;
  }

  /** Writes the whole state as a new snapshot atomically, then starts an empty journal. */
  compact(state: State): void {
    const temporary = `${this.snapshotPath}.tmp`;
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, this.snapshotPath);
    writeFileSync(this.journalPath, '');
    this.appended = 0;
  }
}
