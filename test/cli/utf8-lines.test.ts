/**
 * A line that spans many chunks of the stream is joined once, at its end: joining at every chunk
 * copied the line so far each time (quadratic: one 90 MB line of `classify --jsonl` took 110 s).
 * The bytes copied are counted, not timed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_LINE_CHARS, utf8Lines, type Utf8Line } from '../../cli/utf8-lines.ts';
import { decoderRefusingLinesWith } from '../support/string-too-long.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

async function* chunksOf(text: string, chunkBytes: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes);
}

async function readAll(input: AsyncIterable<Uint8Array>): Promise<Utf8Line[]> {
  const lines: Utf8Line[] = [];
  for await (const line of utf8Lines(input)) lines.push(line);
  return lines;
}

describe('utf8Lines on a line longer than a chunk', () => {
  const line = `{"id":"1","text":"${'差'.repeat(100_000)}"}`;
  it.each([
    ['ended by LF', `${line}\n{"id":"2"}\n`, [{ text: line, end: '\n' }, { text: '{"id":"2"}', end: '\n' }]],
    ['ended by CRLF', `${line}\r\n{"id":"2"}`, [{ text: line, end: '\r\n' }, { text: '{"id":"2"}', end: '' }]],
    ['ending the input', line, [{ text: line, end: '' }]],
  ])('copies it about once, %s', async (_case, input, expected) => {
    const concat = vi.spyOn(Buffer, 'concat');
    const lines = await readAll(chunksOf(input, 1_000));
    const copiedBytes = concat.mock.results.reduce((sum, result) => sum + (result.value as Buffer).length, 0);
    expect(lines).toEqual(expected);
    expect(copiedBytes).toBeLessThan(2 * Buffer.byteLength(line));
  });
});

describe('utf8Lines says why a line has no text', () => {
  it('a line longer than a string can hold is too long, not "not UTF-8"; the next line is read (found by audit)', async () => {
    decoderRefusingLinesWith('HUGE');
    const gbk = (async function* () {
      yield Buffer.from([0xbf, 0xec, 0x0a]);
    })();
    const lines = await readAll(chunksOf(`{"id":1}\n{"text":"HUGE"}\r\n`, 4));
    lines.push(...(await readAll(gbk)));
    expect(lines).toEqual([{ text: '{"id":1}', end: '\n' }, { unreadable: 'too_long', end: '\r\n' }, { unreadable: 'not_utf8', end: '\n' }]);
  });

  it('throws on an error that says nothing of the line, instead of blaming its encoding', async () => {
    vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(() => {
      throw new TypeError('a bug');
    });
    await expect(readAll(chunksOf('x\n', 4))).rejects.toThrow('a bug');
  });

  it('MAX_LINE_CHARS is the longest string V8 makes', () => {
    expect(() => 'x'.repeat(MAX_LINE_CHARS + 1)).toThrow(RangeError);
  });
});
