import { closeSync, existsSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StoreUnavailableError } from '../../ports.ts';
import { bytesBetween, completeLength, linesOf, writeLines } from './file-lines.ts';
import { snapshotLines, stateOfLines } from './snapshot-lines.ts';

/** The snapshot as read: the state, and the generation of the journal that follows it. */
type SnapshotFile<State> = { journalGeneration: number; state: State };
/** The journal's first line: which snapshot it follows. Journals written before it had none (generation 0). */
type JournalHeader = { journalGeneration: number };

/**
 * Durability for the embedded adapters: a snapshot plus an append-only journal of operations.
 * Operations are written in groups, one write and one fdatasync per turn of the event loop;
 * `flushed()` resolves once everything appended so far is on disk, and callers await it before
 * acknowledging, so a crash of the process or the machine keeps everything acknowledged.
 *
 * The owner applies an operation in memory as it appends it. When the disk refuses a group (full,
 * failing), memory holds operations the disk does not: the journal drops them, every waiter gets a
 * StoreUnavailableError, and the owner's memory is read back from disk before anything else runs,
 * so nothing answered later (a redelivery finding an item "known") rests on a change the disk
 * never took.
 *
 * A crash mid-write leaves a torn last line. Opening cuts the journal back to its last complete
 * line (so the next record starts on a line of its own) and keeps the fragment beside it in
 * `<name>.journal.torn-<time>`; a line that does not parse anywhere else is kept aside the same
 * way instead of stopping the start.
 *
 * Compaction writes a snapshot, then starts a new journal; both name the journal's generation, so
 * a crash between the two (a snapshot holding the old journal's operations, the old journal still
 * there) does not replay the old journal on top of the snapshot: operations like adding to a day's
 * totals are not idempotent.
 */
export class Journal<Op, State> {
  private readonly snapshotPath: string;
  /** Where the code before JSON Lines wrote the snapshot, as one JSON document: read until the next compaction replaces it. */
  private readonly singleJsonSnapshotPath: string;
  private readonly journalPath: string;
  private appended = 0;
  private generation = 0;
  private pending: string[] = [];
  private flush?: Promise<void>;
  private owner?: { replay: (op: Op) => void; restore: (state: State | undefined) => void };
  /** Set while the owner's memory may hold what the disk does not: a failed write whose re-read failed too. */
  private unread?: StoreUnavailableError;

  constructor(
    directory: string,
    name: string,
    private readonly compactAfter = 20_000,
    /** How much of a file is read or written at once (a test makes it small). */
    private readonly chunkBytes = 1 << 20,
  ) {
    mkdirSync(directory, { recursive: true });
    this.snapshotPath = join(directory, `${name}.snapshot.jsonl`);
    this.singleJsonSnapshotPath = join(directory, `${name}.snapshot.json`);
    this.journalPath = join(directory, `${name}.journal.jsonl`);
  }

  /**
   * Loads the snapshot (`restore` gets undefined when there is none, and replaces the owner's
   * whole state) and replays the journal; compacts when the journal has grown long, unless
   * `readOnly` (a reader beside the process that owns the directory must not rewrite its files).
   */
  open(replay: (op: Op) => void, restore: (state: State | undefined) => void, capture: () => State, readOnly = false): void {
    this.owner = { replay, restore };
    if (!readOnly) for (const path of [`${this.snapshotPath}.tmp`, `${this.singleJsonSnapshotPath}.tmp`, `${this.journalPath}.tmp`]) rmSync(path, { force: true });
    this.load(readOnly ? 'read-only' : 'open');
    if (!readOnly && this.appended >= this.compactAfter) this.compact(capture());
  }

  /**
   * `open` sets aside what does not parse; a re-read after a failed write only cuts off a torn
   * tail of its own (never acknowledged), since the disk may have no room for anything else.
   */
  private load(mode: 'open' | 'read-only' | 'reload'): void {
    const { restore } = this.owner!;
    const written = this.readSnapshot();
    this.generation = written.journalGeneration;
    this.appended = 0;
    restore(written.state);
    if (!existsSync(this.journalPath)) {
      if (mode !== 'read-only' && this.generation > 0) this.replaceJournal([]);
      return;
    }
    // A device in its place (a test's /dev/full) would never end: it cannot be read back.
    if (!statSync(this.journalPath).isFile()) throw new Error(`${this.journalPath} is not a regular file`);
    const fd = openSync(this.journalPath, 'r');
    try {
      this.replayJournal(fd, mode);
    } finally {
      closeSync(fd);
    }
  }

  /** The snapshot in pieces, or in the single JSON document written before (the whole state, before generations). */
  private readSnapshot(): SnapshotFile<State | undefined> {
    if (existsSync(this.snapshotPath)) {
      const fd = openSync(this.snapshotPath, 'r');
      try {
        return stateOfLines<State>(linesOf(fd, fstatSync(fd).size, this.chunkBytes));
      } finally {
        closeSync(fd);
      }
    }
    const snapshot = existsSync(this.singleJsonSnapshotPath) ? (JSON.parse(readFileSync(this.singleJsonSnapshotPath, 'utf8')) as SnapshotFile<State> | State) : undefined;
    return isSnapshotFile(snapshot) ? snapshot : { journalGeneration: 0, state: snapshot };
  }

  /** Replays the journal open as `fd`, a line at a time (it may be far larger than any string). */
  private replayJournal(fd: number, mode: 'open' | 'read-only' | 'reload'): void {
    const { replay } = this.owner!;
    const size = fstatSync(fd).size;
    const complete = completeLength(fd, size, this.chunkBytes);
    const lines = linesOf(fd, complete, this.chunkBytes);
    const first = lines.next();
    const header = first.done ? undefined : parsed(first.value);
    const journalGeneration = isHeader(header) ? header.journalGeneration : 0;
    if (journalGeneration < this.generation) {
      // Compaction stopped between writing the snapshot and starting the new journal: the snapshot holds all of it.
      if (mode !== 'read-only') this.replaceJournal([]);
      return;
    }
    const unreadable: string[] = [];
    // Line numbers (counting non-empty lines from 0) of what is set aside, so a rewrite can skip them without holding the rest.
    const unreadableAt = new Set<number>();
    const replayLine = (line: string, at: number) => {
      const op = parsed(line);
      if (op === undefined) {
        unreadable.push(line);
        unreadableAt.add(at);
        return;
      }
      replay(op as Op);
      this.appended += 1;
    };
    let at = 0;
    if (!first.done && !isHeader(header)) replayLine(first.value, at);
    for (const line of lines) replayLine(line, (at += 1));
    if (mode === 'reload') {
      if (complete < size) truncateSync(this.journalPath, complete);
      return;
    }
    const lostChanges = unreadable.length;
    const torn = complete < size ? bytesBetween(fd, complete, size) : undefined;
    if (mode === 'open' && (lostChanges > 0 || torn)) {
      const aside = `${this.journalPath}.torn-${Date.now()}`;
      writeFileSync(aside, Buffer.concat([...unreadable.map((line) => Buffer.from(`${line}\n`)), ...(torn ? [torn, Buffer.from('\n')] : [])]));
      this.replaceJournal(readableLines(linesOf(fd, complete, this.chunkBytes), isHeader(header), unreadableAt));
      // A torn last line was never acknowledged; a complete line that does not parse was, and its change is lost.
      if (lostChanges > 0) process.emitWarning(`${lostChanges} unreadable line(s) in the middle of ${this.journalPath} were set aside in ${aside}: the changes they held are not applied`, 'JournalWarning');
    }
  }

  /**
   * Queues an operation for the next group write. When the disk refuses the write, everyone
   * waiting on it gets a StoreUnavailableError and the owner's memory is read back from disk.
   * Throws, appending nothing, while that re-read has not succeeded; trying it again replaces
   * whatever the owner applied before calling.
   */
  append(op: Op): void {
    this.refuseUnread();
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
          // Before anyone hears of the failure: nothing may read the changes the disk refused.
          this.reload();
          reject(error);
        }
      }),
    );
    // A write nobody waits for must not end the process: its failure has been dealt with above.
    this.flush.catch(() => undefined);
  }

  /** Puts the owner's memory back to what the disk holds, dropping the operations the disk refused. */
  private reload(): void {
    try {
      this.load('reload');
      this.unread = undefined;
    } catch (error) {
      this.unread = new StoreUnavailableError(error);
    }
  }

  /**
   * While memory may be ahead of the disk, every use is refused (whatever it read from memory may
   * be gone after a restart); each refusal tries the re-read again, so the store recovers on its own.
   */
  private refuseUnread(): void {
    if (!this.unread) return;
    const refusal = this.unread;
    this.reload();
    throw refusal;
  }

  /** Rewrites the journal with only `lines` (after a header naming its generation), atomically. */
  private replaceJournal(lines: Iterable<string>): void {
    const header: JournalHeader = { journalGeneration: this.generation };
    const temporary = `${this.journalPath}.tmp`;
    writeDurableFile(temporary, headedBy(JSON.stringify(header), lines), this.chunkBytes);
    moveDurably(temporary, this.journalPath);
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

  /**
   * Resolves when every operation appended so far is on disk; rejects when the disk refused them
   * (the owner's memory no longer holds them) or while memory could not be read back from disk.
   * Whoever answers from what it read in memory awaits it first.
   */
  async flushed(): Promise<void> {
    this.refuseUnread();
    await this.flush;
  }

  /**
   * Deletes the lines set aside when the journal was opened (a torn last write, an unreadable
   * line): nobody can tell whose data such a fragment holds, so an erasure cannot leave them.
   */
  forgetSetAside(): void {
    const prefix = `${basename(this.journalPath)}.torn-`;
    for (const name of readdirSync(dirname(this.journalPath))) if (name.startsWith(prefix)) rmSync(join(dirname(this.journalPath), name), { force: true });
  }

  /** Writes the whole state as a new snapshot atomically, then starts an empty journal of the next generation. */
  compact(state: State): void {
    this.refuseUnread();
    if (this.pending.length) {
      this.writeDurably(this.pending.join(''));
      this.pending = [];
    }
    const journalGeneration = this.generation + 1;
    const temporary = `${this.snapshotPath}.tmp`;
    try {
      writeDurableFile(temporary, snapshotLines(journalGeneration, state), this.chunkBytes);
    } catch (error) {
      // Nothing changed: the journal still holds everything, and the snapshot waits for the next compaction.
      throw new StoreUnavailableError(error);
    }
    try {
      moveDurably(temporary, this.snapshotPath);
      // It holds what erasures took away; starting the new journal syncs the directory after it is gone.
      rmSync(this.singleJsonSnapshotPath, { force: true });
      this.generation = journalGeneration;
      this.replaceJournal([]);
    } catch (error) {
      // The new snapshot may be in place with the old journal behind it, which appending to would
      // lose: nothing goes on until both are read back (which starts the new journal).
      this.unread = new StoreUnavailableError(error);
      throw this.unread;
    }
    this.appended = 0;
  }
}

/** Writes a whole file of `lines` and syncs it; a write that fails leaves nothing behind. */
function writeDurableFile(path: string, lines: Iterable<string>, chunkBytes: number): void {
  try {
    const fd = openSync(path, 'w');
    try {
      writeLines(fd, lines, chunkBytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
}

/** Renames `from` over `to` and syncs the directory, so a power cut after it keeps the rename. */
function moveDurably(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    rmSync(from, { force: true });
    throw error;
  }
  const directory = openSync(dirname(to), 'r');
  try {
    fsyncSync(directory);
  } finally {
    closeSync(directory);
  }
}

function* headedBy(header: string, lines: Iterable<string>): Generator<string> {
  yield header;
  yield* lines;
}

/** The journal's lines after its header, less those set aside. */
function* readableLines(lines: Iterable<string>, headed: boolean, unreadableAt: Set<number>): Generator<string> {
  let at = 0;
  for (const line of lines) {
    if (!(at === 0 && headed) && !unreadableAt.has(at)) yield line;
    at += 1;
  }
}

function parsed(line: string | undefined): unknown {
  if (line === undefined) return undefined;
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

function isHeader(value: unknown): value is JournalHeader {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as JournalHeader).journalGeneration === 'number';
}

function isSnapshotFile<State>(value: SnapshotFile<State> | State | undefined): value is SnapshotFile<State> {
  return typeof value === 'object' && value !== null && 'journalGeneration' in value && 'state' in value;
}

function cutBack(fd: number, size: number): void {
  try {
    ftruncateSync(fd, size);
  } catch {
    // Nothing more to do: reading the journal back after the failure cuts a torn line off.
  }
}
