/** Two bytes per UTF-16 code unit: a JS string's code units are copied verbatim, lone surrogates included. */
const UNIT_BYTES = 2;
const SPACE = ' '.charCodeAt(0);
const SIGNATURE_SEPARATOR = '-- ';

/**
 * RFC 3676 format=flowed text unfolded, as postal-mime's MimeNode.decodeFlowedText does it (same
 * output), but read a line at a time into one growing buffer: postal-mime splits the body into an
 * array of its lines and keeps a string per line until the end, so a 40 MB flowed mail of short
 * lines (what SES accepts) peaked at 1.2 GB, where the SES path's Lambda has 512 MB.
 */
export function decodeFlowedText(text: string, delSp: boolean): string {
  let buffer = Buffer.allocUnsafe(Math.min(text.length, 1 << 20) * UNIT_BYTES + 16);
  let length = 0;
  // The unfolded line being built (everything after the last hard break) starts at this byte.
  let lineStart = 0;
  const append = (piece: string) => {
    const needed = length + piece.length * UNIT_BYTES;
    if (needed > buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(buffer.length * 2, needed));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    length += buffer.write(piece, length, 'utf16le');
  };
  const lineBreak = /\r?\n/g;
  for (let start = 0, first = true; start <= text.length; first = false) {
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    // Whitespace stuffing (RFC 3676 4.4) goes before anything else.
    const line = text.charCodeAt(start) === SPACE ? text.slice(start + 1, end) : text.slice(start, end);
    start = found ? lineBreak.lastIndex : text.length + 1;
    if (!first) {
      const softBreak = length > 0 && buffer.readUInt16LE(length - UNIT_BYTES) === SPACE;
      // The signature separator is a line of its own, never folded into the next.
      const signature = length - lineStart === SIGNATURE_SEPARATOR.length * UNIT_BYTES && buffer.toString('utf16le', lineStart, length) === SIGNATURE_SEPARATOR;
      if (softBreak && !signature) {
        // delsp=yes: the space was added only to fold the line, so it goes with the fold.
        if (delSp) length -= UNIT_BYTES;
      } else {
        append('\n');
        lineStart = length;
      }
    }
    append(line);
  }
  return buffer.toString('utf16le', 0, length);
}
