import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { liveOwner } from '../shared/adapters/local/data-dir-owner.ts';
import { jsonObjectMembers } from '../shared/http/json-members.ts';
import type { Config } from '../shared/config.ts';
import { Channel, deriveFeedbackId, FeedbackEvent } from '../shared/event.ts';
import { ANONYMOUS_FORM_PREFIX, assertPhoneRegion, identityKey, isAnonymousFormId, isWechatId, normaliseEmail, normalisePhone } from '../shared/identity/normalise.ts';
import { createLocalRuntime } from '../shared/runtime/local.ts';
import { kindByWords } from '../shared/channels/kind.ts';
import { smsReading } from '../shared/channels/sms-event.ts';
import { smsKeyword } from '../shared/channels/sms-keywords.ts';
import { hasVisibleText, isStorableText, UNSTORABLE_TEXT } from '../shared/text.ts';
import { existingDataDir } from './data-dir.ts';
import { ImportInterrupted } from './import-interrupted.ts';
import { shownInTerminal } from './terminal-text.ts';
import { askServer } from './server-request.ts';
import { UsageError } from './usage-error.ts';
import { MAX_LINE_CHARS, utf8Lines, type UnreadableLine } from './utf8-lines.ts';
import type { ProcessOutcome } from '../shared/timeline/process-event.ts';

/** Empty CSV cells and JSON nulls mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
const trimmed = (max: number) => z.string().trim().min(1).max(max);
/** A JSON number, or a CSV cell of decimal digits: z.coerce read `0x2`, `1e0` and ` 3` as numbers. */
const wholeNumber = (min: number, max: number) =>
  z.union([z.number(), z.string().regex(/^[0-9]{1,3}$/, 'must be a whole number in decimal digits').transform(Number)]).pipe(z.number().int().min(min).max(max));

/** One historical feedback item, as a JSON line or a CSV row with the same column names. */
export const ImportRow = z
  // Web forms call the text `message`; a row exported from them may too.
  .preprocess((row) => (row && typeof row === 'object' && !('text' in row) && 'message' in row ? { ...row, text: (row as { message: unknown }).message } : row), z.object({
    channel: Channel,
    receivedAt: z.iso.datetime({ offset: true }),
    // A web form refuses a message nobody can read; a backfilled one would sit in the work queue as a blank.
    text: z.string().max(100_000).refine(hasVisibleText, 'text needs something a reader sees').refine(isStorableText, UNSTORABLE_TEXT),
    subject: optional(z.string().max(998).refine(isStorableText, UNSTORABLE_TEXT)),
    email: optional(trimmed(254)),
    phone: optional(trimmed(32)),
    wechatOpenId: optional(trimmed(128)),
    customerId: optional(trimmed(128)),
    rating: optional(wholeNumber(1, 5)),
    nps: optional(wholeNumber(0, 10)),
    externalId: optional(trimmed(256)),
  })
  .strip());
export type ImportRow = z.infer<typeof ImportRow>;

export interface ImportOptions {
  processEvent: (event: FeedbackEvent) => Promise<ProcessOutcome>;
  /** Region for phone numbers written without a country code. */
  defaultPhoneRegion: string;
  /** Called now and then with the share of the file read, 0..1. */
  onProgress?: (fraction: number, linesRead: number) => void;
}

export interface ImportSummary {
  imported: number;
  duplicates: number;
  bad: { line: number; problem: string }[];
}

/**
 * Feeds a JSONL or CSV file of historical feedback through the processor, in file order and one
 * at a time, so identity resolution and at-risk history see the items as they happened. Ids are
 * derived from `externalId` (or the row's content), so importing a file again adds nothing.
 */
export async function importFile(path: string, options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, duplicates: 0, bad: [] };
  const { size } = await stat(path);
  const input = createReadStream(path);
  const rows = extname(path).toLowerCase() === '.csv' ? csvRows(input) : jsonLines(input);
  for await (const { line, value, error } of rows) {
    options.onProgress?.(size === 0 ? 1 : input.bytesRead / size, line);
    const event = error === undefined ? toEvent(value, options.defaultPhoneRegion) : { problem: error };
    if ('problem' in event) {
      summary.bad.push({ line, problem: event.problem });
      continue;
    }
    let outcome: ProcessOutcome;
    try {
      outcome = await options.processEvent(event);
    } catch (cause) {
      throw new ImportInterrupted(line, cause, summary);
    }
    if (outcome.status === 'written') summary.imported += 1;
    else summary.duplicates += 1;
  }
  options.onProgress?.(1, summary.imported + summary.duplicates + summary.bad.length);
  return summary;
}

interface RawRow {
  line: number;
  value?: unknown;
  error?: string;
}

const UNREADABLE: Record<UnreadableLine, string> = {
  not_utf8: 'not UTF-8 text: save the file as UTF-8 (Excel: "CSV UTF-8")',
  too_long: `longer than the ${MAX_LINE_CHARS.toLocaleString('en')} characters a line can be read as (a text is at most 100,000)`,
};

async function* jsonLines(input: Readable): AsyncGenerator<RawRow> {
  let line = 0;
  for await (const read of utf8Lines(input)) {
    line += 1;
    if (!('text' in read)) {
      yield { line, error: UNREADABLE[read.unreadable] };
      continue;
    }
    const content = line === 1 ? read.text.replace(/^\uFEFF/, '') : read.text;
    if (content.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      yield { line, error: `not valid JSON: ${(error as Error).message}` };
      continue;
    }
    // JSON.parse keeps a repeated name's last value: the earlier one (an email, the text) would be dropped unseen.
    const twice = isJsonObject(value) ? repeatedName(jsonObjectMembers(content).map(([name]) => name)) : undefined;
    yield twice === undefined ? { line, value } : { line, error: `the field ${twice} is given twice: give each field once` };
  }
}

function isJsonObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function repeatedName(names: readonly string[]): string | undefined {
  return names.find((name, index) => name !== '' && names.indexOf(name) !== index);
}

/**
 * RFC 4180 CSV with a header row of the JSON field names: quoted fields may hold commas, line
 * breaks and doubled quotes; CRLF, LF or CR line ends. `line` is where the record starts.
 */
async function* csvRows(input: Readable): AsyncGenerator<RawRow> {
  let header: string[] | undefined;
  for await (const { line, fields, error, tooLong } of csvRecords(input)) {
    if (error !== undefined) {
      yield { line, error };
      return;
    }
    if (tooLong) {
      yield { line, error: `the record is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters, more than any row can hold (a text is at most 100,000): skipped` };
      continue;
    }
    if (fields.length === 1 && fields[0] === '') continue;
    if (!header) {
      header = fields.map((name, index) => (index === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
      // Each row becomes an object keyed by the header: a name given twice would keep only the
      // later cell, dropping the earlier one's value unseen, on every row.
      const twice = repeatedName(header);
      if (twice !== undefined) {
        yield { line, error: `the header names the column ${twice} twice: give each column once; nothing was imported` };
        return;
      }
      continue;
    }
    // Fewer cells would shift no value but read the missing ones as empty, more would drop some:
    // either way the row is not what its writer meant (a lost comma, an unquoted comma or quote).
    if (fields.length !== header.length) {
      yield { line, error: `${fields.length} fields but the header has ${header.length} columns: give every row one field per column, and quote a field that holds a comma, quote or line break` };
      continue;
    }
    yield { line, value: Object.fromEntries(header.map((name, index) => [name, fields[index]!])) };
  }
}

/**
 * A record longer than any a row can hold (a text is at most 100,000 characters): read on to its
 * end without keeping it, so one huge or unterminated quoted field costs no memory (a 150 MB one
 * took 4 GB and aborted the process before this bound).
 */
const MAX_RECORD_CHARS = 1_000_000;

async function* csvRecords(input: Readable): AsyncGenerator<{ line: number; fields: string[]; error?: string; tooLong?: true }> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let previous = '';
  let recordChars = 0;
  for await (const read of utf8Lines(input)) {
    if (!('text' in read)) {
      // A record may go on over the next lines: nothing after this one can be read as intended.
      yield { line, fields: [], error: `${UNREADABLE[read.unreadable]}; the rest of the file cannot be read` };
      return;
    }
    for (const character of read.text + read.end) {
      const lineBreak = character === '\n' ? previous !== '\r' : character === '\r';
      previous = character;
      recordChars += 1;
      // Past the bound, the record's cells stop growing: only its end is looked for.
      if (recordChars > MAX_RECORD_CHARS) field = '';
      if (quoted) {
        if (character === '"') {
          quoted = false;
          afterQuote = true;
        } else field += character;
        if (lineBreak) line += 1;
        continue;
      }
      // Only a quote that opens a field starts a quoted section: one inside an unquoted field
      // (`a 5" screen`) is text, as Excel reads it, instead of swallowing the rows after it.
      if (character === '"' && (field === '' || afterQuote)) {
        // A quote right after a closing quote is an escaped quote ("" → ").
        if (afterQuote) field += '"';
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (character === ',') {
        fields.push(field);
        field = '';
      } else if (character === '\r' || character === '\n') {
        if (lineBreak) {
          fields.push(field);
          yield recordChars > MAX_RECORD_CHARS ? { line: recordLine, fields: [], tooLong: true } : { line: recordLine, fields };
          fields = [];
          field = '';
          line += 1;
          recordLine = line;
          recordChars = 0;
        }
      } else field += character;
    }
  }
  if (quoted) {
    yield { line: recordLine, fields: [], error: 'unterminated quoted field: the rest of the file cannot be read' };
    return;
  }
  if (recordChars > MAX_RECORD_CHARS) yield { line: recordLine, fields: [], tooLong: true };
  else if (field !== '' || fields.length > 0) yield { line: recordLine, fields: [...fields, field] };
}

/** Validates a row and maps it to the event every channel produces. */
export function toEvent(value: unknown, defaultPhoneRegion: string): FeedbackEvent | { problem: string } {
  const parsed = ImportRow.safeParse(value);
  if (!parsed.success) {
    return { problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`).join('; ') };
  }
  const row = parsed.data;
  const identities: string[] = [];
  if (row.email !== undefined) {
    const email = normaliseEmail(row.email);
    if (!email) return { problem: `email: not an e-mail address: ${row.email}` };
    identities.push(identityKey('email', email));
  }
  if (row.phone !== undefined) {
    const phone = normalisePhone(row.phone, defaultPhoneRegion);
    if (!phone) return { problem: `phone: not a valid phone number: ${row.phone}` };
    identities.push(identityKey('phone', phone));
  }
  if (row.wechatOpenId !== undefined) {
    if (!isWechatId(row.wechatOpenId)) return { problem: `wechatOpenId: not a WeChat openid (letters, digits, - and _): ${row.wechatOpenId}` };
    identities.push(identityKey('wechat', row.wechatOpenId));
  }
  if (row.customerId !== undefined) {
    if (isAnonymousFormId(row.customerId)) return { problem: `customerId: "${ANONYMOUS_FORM_PREFIX}…" is reserved for web-form posts that name no one: ${row.customerId}` };
    identities.push(identityKey('form', row.customerId));
  }
  if (identities.length === 0) return { problem: 'no customer identity: give email, phone, wechatOpenId or customerId' };

  // The processor's own schema has the last word, so a row it would refuse is a bad line here.
  const event = FeedbackEvent.safeParse({
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('import', row.externalId ?? contentKey(row, identities)),
    channel: row.channel,
    source: 'import',
    ...readingOf(row),
    receivedAt: row.receivedAt,
    identities,
    // The operator's own history: trusted like identities a person adds through the API.
    verifiedIdentities: identities,
    text: row.text,
    ...(row.subject !== undefined ? { subject: row.subject } : {}),
    ...(row.rating !== undefined ? { rating: row.rating } : {}),
    ...(row.nps !== undefined ? { nps: row.nps } : {}),
  });
  return event.success ? event.data : { problem: event.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
}

/**
 * A row is what its channel's live path makes of the same words: an SMS opt-out, opt-in or help
 * keyword (退订, STOP, TD) is an interaction, never classified or counted as a customer's message.
 * The other channels' interactions are told by what a row does not carry: a WeChat event (a
 * follow, a menu click) by its message type, an email auto-reply or bounce by its headers, a
 * picture or file sent without a word by its lack of text, which a row must have.
 */
function readingOf(row: ImportRow): Pick<FeedbackEvent, 'kind' | 'metadata'> {
  const metadata: FeedbackEvent['metadata'] = row.externalId !== undefined ? { externalId: row.externalId } : {};
  return row.channel === 'sms' ? smsReading(row.text, smsKeyword(row.text), metadata) : { kind: kindByWords(row.text), metadata };
}

/**
 * Without an externalId the content is the key, as it means, not as it was written: the instant
 * (`+08:00` or `Z`, with or without milliseconds) and the identities as normalised (`A1@Example.com`
 * is `a1@example.com`), so the same row exported twice, as JSON lines or CSV, gets one id.
 */
function contentKey(row: ImportRow, identities: readonly string[]): string {
  const { email: _e, phone: _p, wechatOpenId: _w, customerId: _c, receivedAt, ...content } = row;
  const meant = { ...content, receivedAt: new Date(receivedAt).toISOString(), identities: [...identities].sort() };
  const given = Object.entries(meant).filter(([, value]) => value !== undefined);
  const canonical = JSON.stringify(given.sort(([a], [b]) => a.localeCompare(b)));
  return `content:${createHash('sha256').update(canonical).digest('hex')}`;
}

/** `feedback import <file>`: runs against the local store in DATA_DIR. */
export async function runImportCommand(argv: string[], config: Config): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const [path] = positionals;
  if (!path || positionals.length > 1) {
    process.stderr.write('usage: feedback import <file.jsonl|file.csv>\n');
    return 2;
  }
  if (!existsSync(path)) throw new UsageError(`cannot read ${path}: no such file`);
  assertPhoneRegion(config.DEFAULT_PHONE_REGION);
  const dataDir = existingDataDir(config, 'import');
  const server = liveOwner(dataDir);
  // With `feedback serve` running on this DATA_DIR, the rows go through its processor.
  const runtime = server?.url && server.token ? undefined : createLocalRuntime(config);
  await runtime?.finishInterruptedWork();
  const processEvent = runtime ? runtime.processEvent : remoteProcessor(server!.url!, server!.token!);
  const progress = process.stderr.isTTY ? progressBar(process.stderr) : undefined;
  const where = runtime ? `data in ${runtime.dataDir}` : `through the server at ${server!.url}`;
  const report = (summary: ImportSummary, stoppedAt?: number) => {
    progress?.done();
    // A problem quotes the row's own values, which come from someone else's export.
    for (const { line, problem } of summary.bad) process.stderr.write(`line ${line}: ${shownInTerminal(problem)}\n`);
    const stop = stoppedAt === undefined ? '' : `, stopped at line ${stoppedAt}`;
    process.stdout.write(`imported ${summary.imported}, duplicates ${summary.duplicates}, bad ${summary.bad.length}${stop} (${where})\n`);
  };
  try {
    const summary = await importFile(path, {
      processEvent,
      defaultPhoneRegion: config.DEFAULT_PHONE_REGION,
      ...(progress ? { onProgress: progress.update } : {}),
    });
    report(summary);
    return summary.bad.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ImportInterrupted) report(error.summarySoFar as ImportSummary, error.line);
    throw error;
  } finally {
    progress?.done();
    await runtime?.stop();
  }
}

/** The processor of the `feedback serve` that owns DATA_DIR, through its local control route. */
function remoteProcessor(url: string, token: string): ImportOptions['processEvent'] {
  return async (event) => {
    const response = await askServer(`${url}/_local/process`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events: [event] }),
    });
    if (!response.ok) throw new Error(`the server at ${url} refused the import: ${response.status} ${await response.text()}`);
    const [outcome] = ((await response.json()) as { outcomes: (ProcessOutcome | { error: { message: string } })[] }).outcomes;
    if (!outcome || 'error' in outcome) throw new Error(outcome ? outcome.error.message : 'no outcome from the server');
    return outcome;
  };
}

const BAR_WIDTH = 30;
const REDRAW_EVERY_MS = 100;

function progressBar(stream: NodeJS.WriteStream) {
  let lastDraw = 0;
  let visible = false;
  return {
    update(fraction: number, lines: number) {
      const now = Date.now();
      if (now - lastDraw < REDRAW_EVERY_MS && fraction < 1) return;
      lastDraw = now;
      visible = true;
      const filled = Math.round(Math.min(1, fraction) * BAR_WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}%  line ${lines}`);
    },
    done() {
      if (visible) stream.write('\n');
      visible = false;
    },
  };
}
