import { constants } from 'node:buffer';

/** Why a line has no text: its bytes are not UTF-8, or it is longer than a string can hold. */
export type UnreadableLine = 'not_utf8' | 'too_long';

/** One line of a file: its text, or why it has none, and the line break that ended it. */
export type Utf8Line = { text: string; end: string } | { unreadable: UnreadableLine; end: string };

/** The longest string V8 makes (536,870,888 UTF-16 units on 64-bit): a longer line cannot be held as text. */
export const MAX_LINE_CHARS = constants.MAX_STRING_LENGTH;

const LF = 0x0a;
const CR = 0x0d;
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * What the decoder's error says of the line. A 600 MB line of ASCII is valid UTF-8 that no string
 * can hold: reported as not UTF-8, it sent the user looking for an encoding problem. Any other
 * error is no property of the line and is thrown on.
 */
function unreadableLine(error: unknown): UnreadableLine {
  const { code } = (error ?? {}) as { code?: unknown };
  if (code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return 'not_utf8';
  if (code === 'ERR_STRING_TOO_LONG') return 'too_long';
  throw error;
}

/**
 * The lines of a byte stream (ended by LF, CRLF or CR, as readline splits them), each decoded as
 * strict UTF-8. A line in another encoding (a GBK export: Excel's CSV on a Chinese Windows) is
 * reported as such, where a lenient decoder would hand on U+FFFD in place of every character.
 * Neither CR nor LF occurs inside a UTF-8 or GBK character, so a bad line never swallows the next.
 */
export async function* utf8Lines(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<Utf8Line> {
  // The pieces of a line that spans chunks, joined once at its end: joining them at every chunk
  // copied the line so far each time, so one 90 MB line took 110 s (quadratic in its length).
  let pending: Buffer[] = [];
  // A line that ended a chunk with CR: CRLF or a lone CR, as the next chunk's first byte says.
  let endedByCr: Buffer | undefined;
  const decoded = (bytes: Buffer, end: string): Utf8Line => {
    try {
      return { text: strict.decode(bytes), end };
    } catch (error) {
      return { unreadable: unreadableLine(error), end };
    }
  };
  for await (const chunk of input) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (bytes.length === 0) continue;
    if (endedByCr) {
      const crlf = bytes[0] === LF;
      yield decoded(endedByCr, crlf ? '\r\n' : '\r');
      endedByCr = undefined;
      if (crlf) bytes = bytes.subarray(1);
    }
    let start = 0;
    for (let index = 0; index < bytes.length; index += 1) {
      const byte = bytes[index];
      if (byte !== LF && byte !== CR) continue;
      const line = pending.length > 0 ? Buffer.concat([...pending, bytes.subarray(start, index)]) : bytes.subarray(start, index);
      pending = [];
      start = index + 1;
      if (byte === LF) {
        yield decoded(line, '\n');
      } else if (index + 1 === bytes.length) {
        endedByCr = Buffer.from(line);
      } else if (bytes[index + 1] === LF) {
        yield decoded(line, '\r\n');
        index += 1;
        start = index + 1;
      } else {
        yield decoded(line, '\r');
      }
    }
    // A copy: the stream may reuse the chunk's memory once handed the next one.
    if (start < bytes.length) pending.push(Buffer.from(bytes.subarray(start)));
  }
  if (endedByCr) yield decoded(endedByCr, '\r');
  if (pending.length > 0) yield decoded(Buffer.concat(pending), '');
}
