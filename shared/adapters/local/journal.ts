import { closeSync, existsSync, fdatasyncSync, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StoreUnavailableError } from '../../ports.ts';

/**
 * Durability for the embedded adapters: a snapshot plus an append-only journal of operations.
 * Operations are written in groups, one write and one fdatasync per turn of the event loop;
 * `flushed()` resolves once everything appended so far is on disk, and callers await it before
 * acknowledging, so a crash of the process or the machine keeps everything acknowledged.
 *
 * A crash mid-write leaves a torn last line. Opening cuts the journal back to its last complete
 * line (so the next record starts on a line of its own) and keeps the fragment beside it in
 * `<name>.journal.torn-<time>`; a line that does not parse anywhere else is kept aside the same
 * way instead of stopping the start.
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
      const content = readFileSync(this.journalPath);
      const complete = content.lastIndexOf(0x0a) + 1;
      const readable: string[] = [];
      const unreadable: string[] = [];
      for (const line of content.subarray(0, complete).toString('utf8').split('\n')) {
        if (!line) continue;
        let op: Op;
        try {
          op = JSON.parse(line) as Op;
        } catch {
          unreadable.push(line);
          continue;
        }
        replay(op);
        readable.push(line);
        this.appended += 1;
      }
      const lostChanges = unreadable.length;
      if (complete < content.length) unreadable.push(content.subarray(complete).toString('utf8'));
      if (!readOnly && unreadable.length > 0) {
        const aside = `${this.journalPath}.torn-${Date.now()}`;
        writeFileSync(aside, `${unreadable.join('\n')}\n`);
        this.replaceJournal(readable);
        // A torn last line was never acknowledged; a complete line that does not parse was, and its change is lost.
        if (lostChanges > 0) process.emitWarning(`${lostChanges} unreadable line(s) in the middle of ${this.journalPath} were set aside in ${aside}: the changes they held are not applied`, 'JournalWarning');
      }
    }
    if (!readOnly && this.appended >= this.compactAfter) this.compact(capture());
  }

  /**
   * Queues an operation for the next group write. When the disk refuses the write (full, failing),
   * everyone waiting on it gets a StoreUnavailableError and the operations stay queued, first in
   * line for the next write: the operation is already applied in memory, so the journal must end
   * up holding it, in order, or memory and disk would part ways until the next restart.
   */
  append(op: Op): void {
    this.pending.push(`${JSON.stringify(op)}\n`);
    this.appended += 1;
    if (this.flush) return;
    this.flush = new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        const lines = this.pending;
        this.pending = [];
        this.flush = undefined;
        try {
          this.writeDurably(lines.join(''));
          resolve();
        } catch (error) {
          this.pending = [...lines, ...this.pending];
          reject(error);
        }
      }),
    );
    // A write nobody waits for must not end the process: its lines are retried with the next one.
    this.flush.catch(() => undefined);
  }

  /** Rewrites the journal with only `lines`, atomically. */
  private replaceJournal(lines: string[]): void {
    const temporary = `${this.journalPath}.tmp`;
    writeFileSync(temporary, lines.map((line) => `${line}\n`).join(''));
    renameSync(temporary, this.journalPath);
  }

  /**
   * Appends whole lines or nothing: a write the disk cut short is cut back, so the next record
   * does not start in the middle of a torn one (which opening would have to set aside).
   */
  private writeDurably(lines: string): void {
    let fd: number | undefined;
    let size: number | undefined;
    try {
      fd = openSync(this.journalPath, 'a');
      size = fstatSync(fd).size;
      const bytes = Buffer.from(lines);
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      fdatasyncSync(fd);
    } catch (error) {
      if (fd !== undefined && size !== undefined) cutBack(fd, size);
      throw new StoreUnavailableError(error);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** Operations in the journal since the last snapshot. */
  get length(): number {
    return this.appended;
  }

  /** Resolves when every operation appended so far is on disk. */
  flushed(): Promise<void> {
    return this.flush ?? Promise.resolve();
  }

  /**
   * Deletes the lines set aside when the journal was opened (a torn last write, an unreadable
   * line): nobody can tell whose data such a fragment holds, so an erasure cannot leave them.
   */
  forgetSetAside(): void {
    const prefix = `${basename(this.journalPath)}.torn-`;
    for (const name of readdirSync(dirname(this.journalPath))) if (name.startsWith(prefix)) rmSync(join(dirname(this.journalPath), name), { force: true });
  }

  /** Writes the whole state as a new snapshot atomically, then starts an empty journal. */
  compact(state: State): void {
    if (this.pending.length) {
      this.writeDurably(this.pending.join(''));
      this.pending = [];
    }
    const temporary = `${this.snapshotPath}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(state));
    } catch (error) {
      // The journal still holds everything: the snapshot waits for the next compaction.
      throw new StoreUnavailableError(error);
    }
    renameSync(temporary, this.snapshotPath);
    writeFileSync(this.journalPath, '');
    this.appended = 0;
  }
}

function cutBack(fd: number, size: number): void {
  try {
    ftruncateSync(fd, size);
  } catch {
    // Nothing more to do: opening sets a torn line aside.
  }
}

