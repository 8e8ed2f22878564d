/** Every label of UTF-7 in the IANA registry, and the `x-` spelling mailers add. */
const UTF7_LABEL = /^(?:x-)?(?:unicode-1-1-)?utf-?7$|^csunicode11utf7$/i;
/** With the u flag a paired surrogate is one code point, so only a lone one is a `Cs`. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;
const PLUS = 0x2b;
const MINUS = 0x2d;

/**
 * The UTF-8 bytes of text declared and valid as UTF-7, for postal-mime to decode as `utf-8` in
 * its place; undefined for any other label, or bytes that are no UTF-7, which are then read as
 * any label TextDecoder does not know is (charsets.ts: UTF-8, GB18030, Big5).
 */
export function utf7AsUtf8(bytes: Uint8Array, declared: string | undefined): Uint8Array | undefined {
  if (declared === undefined || !UTF7_LABEL.test(declared.trim())) return undefined;
  const text = decodeUtf7(bytes);
  return text === undefined ? undefined : new TextEncoder().encode(text);
}

/**
 * The text UTF-7 bytes encode (RFC 2152), or undefined when they are not UTF-7: a byte above
 * 0x7F, a `+` that starts no run, a run leaving bits over or non-zero, or a UTF-16 surrogate left
 * unpaired. TextDecoder knows no UTF-7 (WHATWG dropped it), so Outlook Express's mail and
 * `=?UTF-7?…?=` words were read as the ASCII they are on the wire.
 */
export function decodeUtf7(bytes: Uint8Array): string | undefined {
  let text = '';
  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at]!;
    if (byte >= 0x80) return undefined;
    if (byte !== PLUS) {
      text += String.fromCharCode(byte);
      at += 1;
      continue;
    }
    let end = at + 1;
    while (end < bytes.length && isBase64Char(bytes[end]!)) end += 1;
    if (end === at + 1) {
      // `+-` is a plus sign; a `+` followed by anything else encodes nothing.
      if (bytes[end] !== MINUS) return undefined;
      text += '+';
      at = end + 1;
      continue;
    }
    const units = shiftedRun(Buffer.from(bytes.subarray(at + 1, end)).toString('latin1'));
    if (units === undefined) return undefined;
    text += units;
    // A `-` closes a run and is no character; any other character closes it and is one.
    at = bytes[end] === MINUS ? end + 1 : end;
  }
  return UNPAIRED_SURROGATE.test(text) ? undefined : text;
}

/** A-Z a-z 0-9 + / */
function isBase64Char(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === PLUS || byte === 0x2f;
}

/** A run's modified base64 (no padding) as the UTF-16 code units it holds; bits left over must be fewer than six and zero. */
function shiftedRun(base64: string): string | undefined {
  const leftoverBits = (base64.length * 6) % 16;
  if (leftoverBits >= 6) return undefined;
  const bytes = Buffer.from(base64, 'base64');
  if (leftoverBits > 0 && Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2))).toString('base64').replace(/=+$/, '') !== base64) return undefined;
  let units = '';
  for (let at = 0; at + 1 < bytes.length; at += 2) units += String.fromCharCode((bytes[at]! << 8) | bytes[at + 1]!);
  return units;
}
