import { encodingNamed, readableCharset } from './charsets.ts';
import { utf7AsUtf8 } from './utf7.ts';
import { percentDecoded } from '../percent-decoded.ts';

/** postal-mime's encoded-word grammar, so that both of us see the same words. */
const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=/g;
const WORD_SEPARATOR = /^[ \t\r\n]+$/;

interface EncodedWord {
  start: number;
  end: number;
  charset: string;
  encoding: string;
  text: string;
}

/** A raw 8-bit header line (RFC 6532 UTF-8, or a mailer's GBK) as UTF-8, read in the charset it is valid in. */
export function headerLineAsUtf8(line: Uint8Array): Uint8Array {
  if (line.every((byte) => byte < 0x80)) return line;
  const charset = readableCharset(line, undefined, 'a header line');
  return charset === 'utf-8' ? line : Buffer.from(new TextDecoder(charset).decode(line));
}

/** The bytes an encoded word stands for, read as postal-mime reads them. */
function wordBytes({ encoding, text }: EncodedWord): Buffer {
  if (encoding.toUpperCase() === 'B') return Buffer.from(text.replace(/[^a-zA-Z0-9+/=]+/g, ''), 'base64');
  const spaced = Buffer.from(text.replace(/=\s+([0-9a-fA-F])/g, '=$1').replace(/[_\s]/g, ' '));
  const bytes: number[] = [];
  for (let at = 0; at < spaced.length; at += 1) {
    const hex = spaced[at] === 0x3d ? spaced.subarray(at + 1, at + 3).toString('latin1') : '';
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      at += 2;
    } else bytes.push(spaced[at]!);
  }
  return Buffer.from(bytes);
}

/** postal-mime decodes adjacent words as one unit on these terms (a character may be split across them). */
function joinable(left: EncodedWord, right: EncodedWord, between: string): boolean {
  if (!WORD_SEPARATOR.test(between) || left.charset !== right.charset || left.encoding.toUpperCase() !== right.encoding.toUpperCase()) return false;
  return left.encoding.toUpperCase() !== 'B' || (left.text.length % 4 === 0 && !left.text.endsWith('='));
}

function encodedWordRuns(field: string): EncodedWord[][] {
  const runs: EncodedWord[][] = [];
  for (const match of field.matchAll(ENCODED_WORD)) {
    const word = { start: match.index, end: match.index + match[0].length, charset: match[1]!, encoding: match[2]!, text: match[3]! };
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && joinable(last, word, field.slice(last.end, word.start))) run.push(word);
    else runs.push([word]);
  }
  return runs;
}

/** The charset each word of a run is to be read in: one for the run when its joined bytes read, else one per word. */
function runCharsets(run: EncodedWord[]): string[] {
  const declared = run[0]!.charset.split('*')[0];
  try {
    const charset = readableCharset(Buffer.concat(run.map(wordBytes)), declared, 'an encoded word');
    return run.map(() => charset);
  } catch (error) {
    if (run.length === 1) throw error;
    return run.map((word) => readableCharset(wordBytes(word), declared, 'an encoded word'));
  }
}

/**
 * A header field (folded lines included) with each encoded word relabelled with the charset its
 * bytes are valid in; a word already readable keeps its label. Words are relabelled, never
 * decoded here: a decoded word could hold a quote or an angle bracket that would change how an
 * address field parses; a run of UTF-7 words becomes one UTF-8 word. Throws 400
 * invalid_encoding for a word valid in no charset we try.
 */
export function relabelEncodedWords(field: string): string {
  if (!field.includes('=?')) return field;
  let out = '';
  let copied = 0;
  for (const run of encodedWordRuns(field)) {
    // UTF-7, which postal-mime cannot decode, is written again as one UTF-8 word, still encoded.
    const utf8 = utf7AsUtf8(Buffer.concat(run.map(wordBytes)), run[0]!.charset.split('*')[0]);
    if (utf8) {
      out += `${field.slice(copied, run[0]!.start)}=?utf-8?B?${Buffer.from(utf8).toString('base64')}?=`;
      copied = run.at(-1)!.end;
      continue;
    }
    const charsets = runCharsets(run);
    run.forEach((word, index) => {
      const charset = charsets[index]!;
      if (charset === encodingNamed(word.charset.split('*')[0]!)) return;
      out += `${field.slice(copied, word.start)}=?${charset}?${word.encoding}?${word.text}?=`;
      copied = word.end;
    });
  }
  return out + field.slice(copied);
}

/** Header lines with every field's encoded words relabelled; a line starting with a space or tab continues its field. */
export function withRelabelledFields(lines: readonly string[]): string[] {
  const fields: string[][] = [];
  for (const line of lines) {
    const field = fields.at(-1);
    if (field && /^[ \t]/.test(line)) field.push(line);
    else fields.push([line]);
  }
  return fields.flatMap((field) => (field.some((line) => line.includes('=?')) ? relabelEncodedWords(field.join('\n')).split('\n') : field));
}

/** An RFC 2231 section that is percent-encoded: `name*=charset'lang'value` or `name*N*=…`. */
const EXTENDED_SECTION = /([^\s;=*]+)\*(?:(\d+)\*)?=\s*("?)([^;"\s]*)\3/g;

/** A span of a header value to write again. */
interface Replacement {
  start: number;
  length: number;
  text: string;
}

const percentEncoded = (bytes: Uint8Array) => [...bytes].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/**
 * A structured header value (Content-Type, Content-Disposition) with each RFC 2231 parameter's
 * charset relabelled with the one its bytes are valid in: `filename*=utf-8''%BF%EC` (GBK bytes) is
 * read as GBK. The sections of one parameter are read together, as a character may be split
 * across them. A UTF-7 parameter, which postal-mime cannot decode, is written again as UTF-8 in
 * its first section, the others left empty. Throws 400 invalid_encoding for a parameter valid in
 * no charset we try.
 */
export function relabelParameterCharsets(value: string): string {
  if (!value.includes("*")) return value;
  type Section = { number: number; encoded: string; valueStart: number; valueLength: number };
  const parameters = new Map<string, { first?: { start: number; charset: string; language: string }; sections: Section[] }>();
  for (const match of value.matchAll(EXTENDED_SECTION)) {
    const name = match[1]!.toLowerCase();
    const number = Number(match[2] ?? 0);
    const whole = match[4]!;
    const valueStart = match.index + match[0].length - match[3]!.length - whole.length;
    const parameter = parameters.get(name) ?? { sections: [] };
    parameters.set(name, parameter);
    const declared = number === 0 ? /^([^']*)'([^']*)'/.exec(whole) : null;
    if (declared) parameter.first = { start: valueStart, charset: declared[1]!, language: declared[2]! };
    parameter.sections.push({ number, encoded: declared ? whole.slice(declared[0].length) : whole, valueStart, valueLength: whole.length });
  }
  const replacements: Replacement[] = [];
  for (const { first, sections } of parameters.values()) {
    if (!first) continue;
    sections.sort((a, b) => a.number - b.number);
    const bytes = percentDecoded(sections.map(({ encoded }) => encoded).join(''), 'utf8');
    const utf8 = utf7AsUtf8(bytes, first.charset);
    if (utf8) {
      replacements.push(...sections.map(({ valueStart, valueLength }, index) => ({ start: valueStart, length: valueLength, text: index === 0 ? `utf-8'${first.language}'${percentEncoded(utf8)}` : '' })));
      continue;
    }
    const charset = readableCharset(bytes, first.charset || 'utf-8', 'a parameter');
    if (charset !== encodingNamed(first.charset || 'utf-8')) replacements.push({ start: first.start, length: first.charset.length, text: charset });
  }
  let out = value;
  for (const { start, length, text } of replacements.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(start + length);
  return out;
}
