/**
 * Local mode's journals and snapshots outgrow the longest string V8 can make (0x1fffffe8
 * characters, a year of feedback). Rather than write 500 MB files, these tests shrink that limit:
 * while one runs, decoding a buffer, reading a file whole or stringifying past `LONGEST` bytes
 * throws V8's RangeError, and the journal reads and writes small chunks.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Journal } from '../../shared/adapters/local/journal.ts';

const LONGEST = 4096;
const CHUNK_BYTES = 256;
const strings = vi.hoisted(() => ({ limited: false }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const mocked = {
    ...fs,
    readFileSync: ((...args: Parameters<typeof fs.readFileSync>) => {
      const content = fs.readFileSync(...args);
      if (strings.limited && content.length > 4096) throw tooLong();
      return content;
    }) as typeof fs.readFileSync,
  };
  return { ...mocked, default: mocked };
});

function tooLong(): RangeError {
  return new RangeError('Cannot create a string longer than the limit of this test');
}

/** Runs `body` as if V8 could make no string longer than LONGEST. */
function withShortStrings<T>(body: () => T): T {
  const { toString } = Buffer.prototype;
  const { stringify } = JSON;
  Buffer.prototype.toString = function (this: Buffer, ...args: unknown[]) {
    if (this.length > LONGEST) throw tooLong();
    return (toString as (...a: unknown[]) => string).apply(this, args);
  };
  JSON.stringify = ((...args: Parameters<typeof JSON.stringify>) => {
    const text = stringify(...args);
    if (text !== undefined && text.length > LONGEST) throw tooLong();
    return text;
  }) as typeof JSON.stringify;
  strings.limited = true;
  try {
    return body();
  } finally {
    strings.limited = false;
    Buffer.prototype.toString = toString;
    JSON.stringify = stringify;
  }
}

afterEach(() => {
  strings.limited = false;
});

type Op = { n: number; text: string };

/** Texts of varied lengths with characters of 3 bytes, so chunks end inside lines and inside characters. */
function ops(count: number, from = 0): Op[] {
  return Array.from({ length: count }, (_, i) => ({ n: from + i, text: `谢谢，服务很好 ${'好'.repeat((from + i) % 13)}` }));
}

/** The state has a property that is no array, as the store's and the queue's have arrays and more. */
type State = { ops: Op[]; newest?: number };

function opened(directory: string, compactAfter = Number.POSITIVE_INFINITY): { journal: Journal<Op, State>; state: Op[] } {
  const journal = new Journal<Op, State>(directory, 'test', compactAfter, CHUNK_BYTES);
  const state: Op[] = [];
  withShortStrings(() =>
    journal.open(
      (op) => state.push(op),
      (restored) => state.splice(0, state.length, ...(restored?.ops ?? [])),
      () => ({ ops: state, newest: state.at(-1)?.n }),
    ),
  );
  return { journal, state };
}

const lines = (values: unknown[]) => values.map((value) => `${JSON.stringify(value)}\n`).join('');

describe('a journal longer than the longest string', () => {
  it('opens and replays every operation in order, line by line', () => {
    const directory = mkdtempSync(join(tmpdir(), 'journal-'));
    const written = ops(2000);
    writeFileSync(join(directory, 'test.journal.jsonl'), lines([{ journalGeneration: 0 }, ...written]));
    expect(readFileSync(join(directory, 'test.journal.jsonl')).length).toBeGreaterThan(20 * LONGEST);

    expect(opened(directory).state).toEqual(written);
  });

  it('still sets aside a torn last line and an unreadable one, and rewrites the journal without them', () => {
    const directory = mkdtempSync(join(tmpdir(), 'journal-'));
    const path = join(directory, 'test.journal.jsonl');
    const [before, after] = [ops(1000), ops(1000, 1000)];
    const torn = '{"n":2000,"text":"谢谢，服';
    writeFileSync(path, `${lines([{ journalGeneration: 0 }, ...before])}{"n":"unread\n${lines(after)}${torn}`);

    const { state } = opened(directory);
    expect(state).toEqual([...before, ...after]);
    const aside = readdirSync(directory).filter((name) => name.startsWith('test.journal.jsonl.torn-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(directory, aside[0]!), 'utf8')).toBe(`{"n":"unread\n${torn}\n`);
    expect(readFileSync(path, 'utf8')).toBe(lines([{ journalGeneration: 0 }, ...before, ...after]));
    expect(opened(directory).state).toEqual([...before, ...after]);
  });
});

describe('a snapshot longer than the longest string', () => {
  it('is written and read back a record at a time, and what follows it is replayed after it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'journal-'));
    const written = ops(2000);
    writeFileSync(join(directory, 'test.journal.jsonl'), lines([{ journalGeneration: 0 }, ...written]));
    // Opening compacts a journal this long.
    const { journal } = opened(directory, 1000);
    expect(readFileSync(join(directory, 'test.snapshot.jsonl')).length).toBeGreaterThan(20 * LONGEST);
    expect(readFileSync(join(directory, 'test.journal.jsonl'), 'utf8')).toBe(lines([{ journalGeneration: 1 }]));
    journal.append({ n: 2000, text: 'after' });
    await journal.flushed();

    expect(opened(directory).state).toEqual([...written, { n: 2000, text: 'after' }]);
  });
});
