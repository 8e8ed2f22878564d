const PERCENT_ESCAPE = /(%[0-9a-fA-F]{2})/;

/**
 * RFC 2231's percent-encoded bytes (`%E6%8A%95`), read without a charset: `decodeURIComponent`
 * insists on UTF-8, and a GBK name is not. Text between escapes is taken as its `literal`
 * encoding: a header read as latin1 is one byte a code unit, one read as UTF-8 is not.
 */
export function percentDecoded(value: string, literal: BufferEncoding): Buffer {
  // Split by a capturing pattern, the escapes are the odd pieces.
  return Buffer.concat(value.split(PERCENT_ESCAPE).map((piece, index) => (index % 2 === 1 ? Buffer.of(Number.parseInt(piece.slice(1), 16)) : Buffer.from(piece, literal))));
}
