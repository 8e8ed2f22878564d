import { encodingNamed, readableCharset } from './charsets.ts';

/** postal-mime refuses a message whose headers are larger (parse.ts passes it this bound). */
export const MAX_HEADER_BYTES = 256 * 1024;

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

/** Where the message's own header block ends: the first line holding nothing but CRs, as postal-mime reads it. */
function headerBlockEnd(raw: Uint8Array): number {
  let lineStart = 0;
  while (lineStart < raw.length) {
    let at = lineStart;
    while (at < raw.length && raw[at] === 0x0d) at += 1;
    if (at === raw.length || raw[at] === 0x0a) return lineStart;
    const newline = raw.indexOf(0x0a, at);
    if (newline < 0) return raw.length;
    lineStart = newline + 1;
  }
  return raw.length;
}

/** Raw 8-bit header lines (RFC 6532, or a mailer's GBK) as UTF-8, each line in the charset it is valid in. */
function headerLinesAsUtf8(block: Buffer): Buffer {
  if (block.every((byte) => byte < 0x80)) return block;
  const lines: Buffer[] = [];
  for (let start = 0; start < block.length; ) {
    const newline = block.indexOf(0x0a, start);
    const end = newline < 0 ? block.length : newline + 1;
    const line = block.subarray(start, end);
    const charset = line.every((byte) => byte < 0x80) ? 'utf-8' : readableCharset(line, undefined, 'a header line');
    lines.push(charset === 'utf-8' ? line : Buffer.from(new TextDecoder(charset).decode(line)));
    start = end;
  }
  return Buffer.concat(lines);
}

function wordBytes({ encoding, text }: EncodedWord): Buffer {
  if (encoding.toUpperCase() === 'B') return Buffer.from(text.replace(/[^a-zA-Z0-9+/=]+/g, ''), 'base64');
  const spaced = text.replace(/=\s+([0-9a-fA-F])/g, '=$1').replace(/[_\s]/g, ' ');
  return Buffer.from(spaced.replace(/=([0-9a-fA-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
}

/** postal-mime decodes adjacent words as one unit on these terms (a character may be split across them). */
function joinable(left: EncodedWord, right: EncodedWord, between: string): boolean {
  if (!WORD_SEPARATOR.test(between) || left.charset !== right.charset || left.encoding.toUpperCase() !== right.encoding.toUpperCase()) return false;
  return left.encoding.toUpperCase() !== 'B' || (left.text.length % 4 === 0 && !left.text.endsWith('='));
}

function encodedWordRuns(header: string): EncodedWord[][] {
  const runs: EncodedWord[][] = [];
  for (const match of header.matchAll(ENCODED_WORD)) {
    const word = { start: match.index, end: match.index + match[0].length, charset: match[1]!, encoding: match[2]!, text: match[3]! };
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && joinable(last, word, header.slice(last.end, word.start))) run.push(word);
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

/** Each encoded word relabelled with the charset its bytes are valid in; a word already readable keeps its label. */
function relabelEncodedWords(header: string): string {
  let out = '';
  let copied = 0;
  for (const run of encodedWordRuns(header)) {
    const charsets = runCharsets(run);
    run.forEach((word, index) => {
      const charset = charsets[index]!;
      if (charset === encodingNamed(word.charset.split('*')[0]!)) return;
      out += `${header.slice(copied, word.start)}=?${charset}?${word.encoding}?${word.text}?=`;
      copied = word.end;
    });
  }
  return out + header.slice(copied);
}

/**
 * The message with its own header block made readable before postal-mime sees it, which decodes
 * raw header bytes as lenient UTF-8 (U+FFFD) and an encoded word in a charset it does not know as
 * windows-1252 (mojibake). Raw bytes become UTF-8 and encoded words are relabelled, never decoded:
 * a decoded word could hold a quote or an angle bracket that would change how the From field parses.
 * Throws 400 invalid_encoding when a header is valid in no charset we try. The body is untouched.
 */
export function withReadableHeaders(raw: Uint8Array): Uint8Array {
  const buffer = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const end = headerBlockEnd(buffer);
  // Left to postal-mime to refuse: reading 40 MB of encoded words first would take seconds.
  if (end > MAX_HEADER_BYTES) return raw;
  const original = buffer.subarray(0, end);
  const block = headerLinesAsUtf8(original);
  // latin1 keeps every byte as one code unit, so the UTF-8 bytes survive the round trip.
  const header = block.toString('latin1');
  const relabelled = header.includes('=?') ? relabelEncodedWords(header) : header;
  if (block === original && relabelled === header) return raw;
  return Buffer.concat([Buffer.from(relabelled, 'latin1'), buffer.subarray(end)]);
}
