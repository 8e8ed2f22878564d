import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyJsonl, classifyJsonlFile } from '../../cli/classify.ts';
import { MAX_LINE_CHARS } from '../../cli/utf8-lines.ts';
import { jsonObjectMemberSources } from '../../shared/http/json-members.ts';
import { decoderRefusingLinesWith } from '../support/string-too-long.ts';

async function run(lines: string[]): Promise<{ result: { lines: number; errors: number }; output: Record<string, unknown>[] }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const result = await classifyJsonl(Readable.from(lines.map((line) => `${line}\n`)), output);
  output.end();
  const text = Buffer.concat(chunks).toString('utf8');
  return { result, output: text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('feedback classify --jsonl', () => {
  it('writes one classification per input line, in order', async () => {
    const { result, output } = await run([
      JSON.stringify({ id: 'a', text: '送餐超时一个小时，饭都凉了' }),
      JSON.stringify({ id: 2, text: 'Great service, friendly staff', rating: 5 }),
      JSON.stringify({ id: 'c', text: '请问几点开门？', subject: '营业时间' }),
    ]);
    expect(result).toEqual({ lines: 3, errors: 0 });
    expect(output.map((o) => o.id)).toEqual(['a', 2, 'c']);
    expect(output[0]).toMatchObject({
      language: 'zh',
      sentiment: { label: 'negative' },
      complaintTypes: [expect.objectContaining({ type: 'delivery', confidence: expect.any(Number) })],
      intent: 'complaint',
      urgent: false,
    });
    expect(output[0]).not.toHaveProperty('urgentReason');
    expect(output[1]).toMatchObject({ language: 'en', sentiment: { label: 'positive' }, complaintTypes: [], intent: 'praise' });
    expect(output[2]).toMatchObject({ intent: 'inquiry' });
  });

  it('reads the text from "review", "content", "comment", "message" or "body" when a line has no "text"', async () => {
    const { result, output } = await run([
      JSON.stringify({ id: 'r', label: 0, review: '送餐特别慢，饭都凉了' }),
      JSON.stringify({ id: 'c', content: '房间很干净' }),
      JSON.stringify({ id: 'both', text: '房间很干净', review: '送餐特别慢' }),
      JSON.stringify({ id: 'none', label: 1 }),
    ]);
    expect(result).toEqual({ lines: 4, errors: 1 });
    expect(output[0]).toMatchObject({ id: 'r', sentiment: { label: 'negative' }, complaintTypes: [expect.objectContaining({ type: 'delivery' })] });
    expect(output[1]).toMatchObject({ id: 'c', sentiment: { label: 'positive' } });
    expect(output[2]).toMatchObject({ id: 'both', sentiment: { label: 'positive' }, complaintTypes: [] });
    expect(output[3]).toMatchObject({ id: 'none', error: { code: 'invalid_input', message: expect.stringContaining('"review"') } });
  });

  it('echoes each id exactly as the line wrote it, so outputs join to inputs: 64-bit ids, exponents, decimals (found by audit)', async () => {
    const cases: [line: string, id: string | undefined][] = [
      ['{"id":"a-1","text":"好"}', '"a-1"'],
      ['{"id":2,"text":"好"}', '2'],
      ['{"id":9007199254740993,"text":"好"}', '9007199254740993'],
      ['{"id":-9007199254740993,"text":"好"}', '-9007199254740993'],
      ['{"id":18446744073709551615,"text":"好"}', '18446744073709551615'],
      ['{"id":1e21,"text":"好"}', '1e21'],
      ['{"id":1E-7,"text":"好"}', '1E-7'],
      ['{"id":12.50,"text":"好"}', '12.50'],
      ['{"id":-0,"text":"好"}', '-0'],
      ['{ "id" : 9007199254740993 , "text" : "好" }', '9007199254740993'],
      // Only the object's own member is its id, however its name is spelt.
      ['{"meta":{"id":5},"id":9007199254740995,"text":"好"}', '9007199254740995'],
      ['{"meta":{"id":5},"text":"好","tags":[{"id":6}]}', undefined],
      ['{"\\u0069d":9007199254740993,"text":"好"}', '9007199254740993'],
      ['{"text":"好","i\\u0064":123456789012345678901}', '123456789012345678901'],
      // An error line names the line by the same id.
      ['{"id":9007199254740993}', '9007199254740993'],
    ];
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    await classifyJsonl(Readable.from(cases.map(([line]) => `${line}\n`)), output);
    const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(cases.length);
    lines.forEach((line, index) => {
      expect(() => JSON.parse(line)).not.toThrow();
      expect(jsonObjectMemberSources(line).find(([name]) => name === 'id')?.[1], cases[index]![0]).toBe(cases[index]![1]);
    });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ line: cases.length, error: { code: 'invalid_input' } });
  });

  it('takes the first text member given (null or "" is not given), and one given that is no text makes the line bad (found by audit)', async () => {
    const { result, output } = await run([
      JSON.stringify({ id: 'both', message: '送餐特别慢，饭都凉了', body: '房间很干净' }),
      JSON.stringify({ id: 'empty', text: '', review: '送餐特别慢，饭都凉了' }),
      JSON.stringify({ id: 'null', text: null, comment: '送餐特别慢，饭都凉了' }),
      JSON.stringify({ id: 'number', text: 5, review: '送餐特别慢，饭都凉了' }),
    ]);
    expect(result).toEqual({ lines: 4, errors: 1 });
    for (const line of output.slice(0, 3)) expect(line).toMatchObject({ sentiment: { label: 'negative' }, complaintTypes: [expect.objectContaining({ type: 'delivery' })] });
    expect(output[3]).toMatchObject({ id: 'number', error: { code: 'invalid_input', message: '"text" must be a non-empty string' } });
  });

  it('classifies a review whose optional member is odd: numeric strings read as numbers, anything else unusable ignored with a warning, null or "" not given (found by audit)', async () => {
    const { result, output } = await run([
      JSON.stringify({ id: 'strings', text: 'The staff were fine', rating: '5', nps: '9' }),
      JSON.stringify({ id: 'numbers', text: 'The staff were fine', rating: 5, nps: 9 }),
      JSON.stringify({ id: 'decimal', text: 'The staff were fine', rating: '4.5' }),
      JSON.stringify({ id: 'odd', text: 'The staff were fine', rating: true, nps: '0x9', subject: 123 }),
      JSON.stringify({ id: 'unused', text: 'The staff were fine', rating: 8, subject: ['a'] }),
      JSON.stringify({ id: 'not-given', text: 'The staff were fine', rating: null, nps: '', subject: null }),
      JSON.stringify({ id: 'plain', text: 'The staff were fine' }),
    ]);
    expect(result).toEqual({ lines: 7, errors: 0 });
    const [strings, numbers, decimal, odd, unused, notGiven, plain] = output as { sentiment: unknown; explanations: string[]; warnings?: unknown }[];
    expect(strings).toEqual({ ...numbers, id: 'strings' });
    expect(decimal!.explanations).toContainEqual(expect.stringContaining('rating 4.5/5'));
    expect(odd!.warnings).toEqual([
      { field: 'subject', message: '"subject" must be a string, not 123: ignored' },
      { field: 'rating', message: '"rating" must be a number from 1 to 5 (a JSON number or decimal digits), not true: ignored' },
      { field: 'nps', message: '"nps" must be a number from 0 to 10 (a JSON number or decimal digits), not "0x9": ignored' },
    ]);
    expect(unused!.warnings).toEqual([expect.objectContaining({ field: 'subject' }), expect.objectContaining({ field: 'rating', message: expect.stringContaining('not 8') })]);
    for (const line of [odd, unused, notGiven]) expect({ ...line, id: 'plain', warnings: undefined }).toEqual({ ...plain, warnings: undefined });
    expect(notGiven).not.toHaveProperty('warnings');
  });

  it('includes urgentReason for urgent messages', async () => {
    const { output } = await run([JSON.stringify({ id: 'u', text: '吃完拉肚子，我要打12315' })]);
    expect(output[0]).toMatchObject({ id: 'u', urgent: true, urgentReason: expect.stringContaining('12315') });
  });

  it('answers bad lines with an error line and carries on', async () => {
    const { result, output } = await run([
      'not json',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'blank-text', text: ' ', review: '房间很干净' }),
      '[1,2]',
      '',
      JSON.stringify({ id: 'ok', text: '房间很干净' }),
      // An id it cannot repeat back, and a text given twice (which one was meant?).
      JSON.stringify({ id: { x: 1 }, text: 'hi' }),
      '{"id":"twice","text":"a","text":"b"}',
    ]);
    expect(result).toEqual({ lines: 7, errors: 6 });
    expect(output).toHaveLength(7);
    expect(output[5]).toMatchObject({ line: 7, error: { code: 'invalid_input', message: expect.stringContaining('"id"') } });
    expect(output[6]).toMatchObject({ id: 'twice', line: 8, error: { code: 'invalid_input', message: expect.stringContaining('"text" twice') } });
    expect(output[0]).toEqual({ line: 1, error: { code: 'invalid_json', message: expect.any(String) } });
    expect(output[1]).toMatchObject({ id: 'no-text', line: 2, error: { code: 'invalid_input' } });
    expect(output[2]).toMatchObject({ id: 'blank-text', error: { code: 'invalid_input', message: '"text" must be a non-empty string' } });
    expect(output[3]).toMatchObject({ line: 4, error: { code: 'invalid_input' } });
    expect(output[4]).toMatchObject({ id: 'ok', sentiment: { label: 'positive' } });
  });

  it('answers a line that is not UTF-8 (a GBK export) with an invalid_encoding error line, not a classification of U+FFFD, and carries on', async () => {
    const gbkLine = Buffer.concat([Buffer.from('{"id":"gbk","text":"'), Buffer.from([0xbf, 0xec, 0xb5, 0xdd, 0xcc, 0xab, 0xc2, 0xfd]), Buffer.from('"}\r\n')]);
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const input = Readable.from([Buffer.from(`${JSON.stringify({ id: 'before', text: '快递太慢了' })}\r\n`), gbkLine, Buffer.from(`${JSON.stringify({ id: 'after', text: '房间很干净' })}\r\n`)]);
    expect(await classifyJsonl(input, output)).toEqual({ lines: 3, errors: 1 });
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: 'before', sentiment: { label: 'negative' } });
    expect(lines[1]).toEqual({ line: 2, error: { code: 'invalid_encoding', message: expect.stringContaining('UTF-8') } });
    expect(lines[2]).toMatchObject({ id: 'after', sentiment: { label: 'positive' } });
  });

  it('answers a line too long for any string with a line_too_long error line naming the limit, not invalid_encoding, and carries on (found by audit)', async () => {
    decoderRefusingLinesWith('HUGE');
    try {
      const { result, output } = await run([JSON.stringify({ id: 'huge', text: 'HUGE' }), JSON.stringify({ id: 'after', text: '房间很干净' })]);
      expect(result).toEqual({ lines: 2, errors: 1 });
      expect(output[0]).toEqual({ line: 1, error: { code: 'line_too_long', message: expect.stringContaining(MAX_LINE_CHARS.toLocaleString('en')) } });
      expect(output[1]).toMatchObject({ id: 'after', sentiment: { label: 'positive' } });
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('reads a file saved with a byte-order mark and CRLF line ends, as Windows tools write it', async () => {
    const { result, output } = await run([`\uFEFF${JSON.stringify({ id: 'bom', text: '房间很脏' })}\r`, `${JSON.stringify({ id: 'crlf', text: '送餐太慢了' })}\r`]);
    expect(result).toEqual({ lines: 2, errors: 0 });
    expect(output[0]).toMatchObject({ id: 'bom', sentiment: { label: 'negative' } });
    expect(output[1]).toMatchObject({ id: 'crlf', complaintTypes: [expect.objectContaining({ type: 'delivery' })] });
  });

  it('reads a file given by path, and refuses one that cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-cli-'));
    const file = join(dir, 'reviews.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 1, review: '早餐不好吃' })}\n${JSON.stringify({ id: 2, review: '房间干净' })}\n`);
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    await expect(classifyJsonlFile(file, output)).resolves.toEqual({ lines: 2, errors: 0 });
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: number });
    expect(lines.map((line) => line.id)).toEqual([1, 2]);
    await expect(classifyJsonlFile(join(dir, 'missing.jsonl'), output)).rejects.toThrow(/no such file/);
    await expect(classifyJsonlFile(dir, output)).rejects.toThrow(/not a file/);
  });

  it('stops quietly when its reader goes away (`| head -1`): exit 0, no stack trace', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'classify-pipe-')), 'many.jsonl');
    writeFileSync(file, Array.from({ length: 20_000 }, (_, id) => `${JSON.stringify({ id, text: '快递太慢了' })}\n`).join(''));
    const child = spawn(process.execPath, [fileURLToPath(new URL('../../bin/feedback', import.meta.url)), 'classify', '--jsonl', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = (await once(child, 'exit')) as [number];
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  }, 60_000);

  it('streams: answers a line before the input has ended', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const done = classifyJsonl(input, output);
    const firstLine = new Promise<string>((resolve) => output.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
    input.write(`${JSON.stringify({ id: 'first', text: '太慢了' })}\n`);
    expect(JSON.parse(await firstLine)).toMatchObject({ id: 'first' });
    input.end();
    await expect(done).resolves.toEqual({ lines: 1, errors: 0 });
  });
});
