import { once } from 'node:events';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createLocalClassifier, loadTaxonomy } from '../shared/classify/index.ts';
import type { Classification, ClassifierInput } from '../shared/classify/types.ts';
import { optionalMembers, TEXT_FIELDS, textMember, type IgnoredField } from './classify-fields.ts';
import { UsageError } from './usage-error.ts';
import { MAX_LINE_CHARS, utf8Lines, type UnreadableLine } from './utf8-lines.ts';
import { jsonObjectMemberSources, repeatedMemberName } from '../shared/http/json-members.ts';

/**
 * `feedback classify --jsonl`: one {"id","text"[,"subject","rating","nps"]} object per input
 * line (the text may also come as "review", "content", "comment", "message" or "body", as
 * review datasets name it; classify-fields.ts says which is read and what of the optional members),
 * one classification per output line, in order. A bad line gets an error line
 * naming its line number and the stream goes on; blank lines are skipped, and a byte-order mark (as
 * Windows tools write) is not part of the first line; a line that is not UTF-8 is a bad line. Lines are processed as they arrive (stdin is never
 * buffered whole); output lines are gathered into writes of about 64 KiB (one write per line
 * cost half the throughput) and writing waits for the output to drain.
 */
/**
 * The line's id as JSON text, a number exactly as the line wrote it: JSON.parse reads a 64-bit id
 * (Weibo's, Twitter's) past 2^53 as a neighbour (9007199254740993 as …992) and 1e21 comes back as
 * 1e+21, so the output would not join to its input.
 */
type LineId = string;

/** An error line; the id, when the line had one, goes first (outputLine). */
interface LineError {
  /** 1-based, counting blank lines, as an editor shows it. */
  line: number;
  error: { code: 'invalid_json' | 'invalid_input' | 'invalid_encoding' | 'line_too_long'; message: string };
}

class InvalidLine extends Error {
  constructor(
    readonly code: LineError['error']['code'],
    message: string,
    readonly id?: LineId,
  ) {
    super(message);
  }
}

function parseLine(line: string): { id?: LineId; input: ClassifierInput; ignored: IgnoredField[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new InvalidLine('invalid_json', error instanceof Error ? error.message : 'not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidLine('invalid_input', 'each line must be a JSON object');
  }
  const record = parsed as Record<string, unknown>;
  const id = typeof record.id === 'string' ? JSON.stringify(record.id) : typeof record.id === 'number' ? idAsWritten(line) : undefined;
  // Its output line names the input by id: one it cannot repeat back leaves the caller unable to match them.
  if (record.id !== undefined && record.id !== null && id === undefined) throw new InvalidLine('invalid_input', '"id" must be a string or a number');
  // JSON.parse keeps a repeated member's last value: which text was meant is not known.
  const repeated = repeatedMemberName(line);
  if (repeated !== undefined) throw new InvalidLine('invalid_input', `the line names ${JSON.stringify(repeated.slice(0, 40))} twice: give each member once`, id);
  const text = textMember(record);
  if (text === undefined) throw new InvalidLine('invalid_input', `"text" (or ${TEXT_FIELDS.slice(1).map((name) => `"${name}"`).join(', ')}) must be a non-empty string`, id);
  // Without a text there is nothing to classify: unlike a side field, it cannot be ignored.
  if (typeof text.value !== 'string' || text.value.trim().length === 0) throw new InvalidLine('invalid_input', `"${text.field}" must be a non-empty string`, id);
  const { input, ignored } = optionalMembers(record);
  return { ...(id === undefined ? {} : { id }), input: { text: text.value, ...input }, ignored };
}

/** The source of the object's last top-level "id" member, as JSON.parse keeps the last. */
function idAsWritten(line: string): LineId | undefined {
  return jsonObjectMemberSources(line).findLast(([name]) => name === 'id')?.[1];
}

/** One output line: `record` with the id first, as the input wrote it. */
function outputLine(id: LineId | undefined, record: object): string {
  const json = JSON.stringify(record);
  return `${id === undefined ? json : `{"id":${id},${json.slice(1)}`}\n`;
}

function outputRecord(result: Classification, ignored: IgnoredField[]): Record<string, unknown> {
  return {
    language: result.language,
    sentiment: result.sentiment,
    complaintTypes: result.complaintTypes,
    intent: result.intent,
    urgent: result.urgent,
    ...(result.urgentReason ? { urgentReason: result.urgentReason } : {}),
    explanations: result.explanations,
    ...(ignored.length > 0 ? { warnings: ignored } : {}),
  };
}

function unreadableLineError(reason: UnreadableLine): InvalidLine {
  return reason === 'too_long'
    ? new InvalidLine('line_too_long', `the line is longer than the ${MAX_LINE_CHARS.toLocaleString('en')} characters a string can hold: give each review its own line`)
    : new InvalidLine('invalid_encoding', 'the line is not UTF-8 text: save the file as UTF-8');
}

const BYTE_ORDER_MARK = '\uFEFF';

/** Output is written in chunks of about this many characters. */
const OUTPUT_CHUNK = 64 * 1024;

export async function classifyJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<{ lines: number; errors: number }> {
  const classifier = createLocalClassifier({ taxonomy: loadTaxonomy() });
  let lines = 0;
  let errors = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  let backpressure: Promise<unknown> | undefined;
  let scheduled: NodeJS.Immediate | undefined;
  // A reader that stops early (`| head -1`) closes the pipe: the rest is unwanted, not an error.
  let outputError: NodeJS.ErrnoException | undefined;
  output.on('error', (error: NodeJS.ErrnoException) => (outputError ??= error));
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    if (pending.length === 0) return;
    const chunk = pending.join('');
    pending = [];
    pendingLength = 0;
    if (outputError) return;
    if (!output.write(chunk)) backpressure = once(output, 'drain').catch(() => undefined).finally(() => (backpressure = undefined));
  };
  // Lines that arrived together are answered together; an interactive line is answered as soon
  // as the input pauses (the next macrotask), not when 64 KiB have gathered.
  const write = async (line: string) => {
    if (backpressure) await backpressure;
    pending.push(line);
    pendingLength += line.length;
    if (pendingLength >= OUTPUT_CHUNK) flush();
    else scheduled ??= setImmediate(flush);
  };
  let lineNumber = 0;
  for await (const read of utf8Lines(input as AsyncIterable<Uint8Array | string>)) {
    if (outputError) break;
    lineNumber += 1;
    const line = !('text' in read) ? read : lineNumber === 1 && read.text.startsWith(BYTE_ORDER_MARK) ? read.text.slice(1) : read.text;
    if (typeof line === 'string' && line.trim().length === 0) continue;
    lines += 1;
    try {
      if (typeof line !== 'string') throw unreadableLineError(line.unreadable);
      const { id, input: classifierInput, ignored } = parseLine(line);
      await write(outputLine(id, outputRecord(classifier.classifySync(classifierInput), ignored)));
    } catch (error) {
      if (!(error instanceof InvalidLine)) throw error;
      errors += 1;
      const record: LineError = { line: lineNumber, error: { code: error.code, message: error.message } };
      await write(outputLine(error.id, record));
    }
  }
  flush();
  if (backpressure) await backpressure;
  if (outputError) {
    (input as Readable).destroy();
    if (outputError.code !== 'EPIPE') throw outputError;
  }
  return { lines, errors };
}

/** Reads `path`, or stdin when it is missing or "-". */
export async function classifyJsonlFile(path: string | undefined, output: NodeJS.WritableStream): Promise<{ lines: number; errors: number }> {
  if (path === undefined || path === '-') return classifyJsonl(process.stdin, output);
  const file = await open(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  if (!(await file.stat()).isFile()) {
    await file.close();
    throw new UsageError(`cannot read ${path}: not a file`);
  }
  return classifyJsonl(file.createReadStream(), output);
}
