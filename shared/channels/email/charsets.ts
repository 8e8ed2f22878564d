import { ChannelError } from '../types.ts';

/**
 * Readings tried after the declared charset, in this order. Chinese mail clients mislabel their
 * charset (GBK sent as UTF-8, or with no label at all), and Chinese is what most of our mail is
 * written in: UTF-8 first because its validity is a strong signal, then GB18030 (a superset of
 * GBK and GB 2312), then Big5.
 */
const FALLBACK_CHARSETS = ['utf-8', 'gb18030', 'big5'];

/** WHATWG reads these as windows-1252, which accepts every byte; ASCII accepts none above 0x7F. */
const ASCII_LABELS = /^(?:us-?ascii|ascii|ansi_x3\.4-1968|iso646-us|csascii)$/i;

/**
 * GB18030 decodes almost any Big5 byte string without error, into characters of its user-defined
 * area among others: nobody types private-use characters, so a legacy reading that yields them is
 * the wrong one.
 */
const PRIVATE_USE = /[\uE000-\uF8FF]/;

const MAX_CACHED_DECODERS = 256;
const decoders = new Map<string, InstanceType<typeof TextDecoder> | null>();

function strictDecoder(label: string): InstanceType<typeof TextDecoder> | null {
  let decoder = decoders.get(label);
  if (decoder !== undefined) return decoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    decoder = null;
  }
  if (decoders.size < MAX_CACHED_DECODERS) decoders.set(label, decoder);
  return decoder;
}

/** The encoding a label names (`GB2312` → `gbk`), or undefined for a label TextDecoder does not know. */
export function encodingNamed(label: string): string | undefined {
  return strictDecoder(label.trim().toLowerCase())?.encoding;
}

/** The canonical name of `label` when it reads `bytes` without an error or a private-use character. */
function readingCharset(bytes: Uint8Array, label: string): string | undefined {
  if (ASCII_LABELS.test(label)) return bytes.every((byte) => byte < 0x80) ? 'utf-8' : undefined;
  const decoder = strictDecoder(label);
  if (!decoder) return undefined;
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  return decoder.encoding.startsWith('utf-') || !PRIVATE_USE.test(text) ? decoder.encoding : undefined;
}

export function invalidEncoding(what: string): ChannelError {
  return new ChannelError(400, 'invalid_encoding', `${what} is not valid in its declared charset, UTF-8, GB18030 or Big5`);
}

/**
 * The charset to read `bytes` in: the declared one when they are valid in it, else the first
 * fallback they are valid in. Throws 400 invalid_encoding when none reads them, so that no
 * replacement character or mojibake is ever stored.
 */
export function readableCharset(bytes: Uint8Array, declared: string | undefined, what: string): string {
  const labels = declared ? [declared.trim().toLowerCase(), ...FALLBACK_CHARSETS] : FALLBACK_CHARSETS;
  for (const label of labels) {
    const charset = readingCharset(bytes, label);
    if (charset) return charset;
  }
  throw invalidEncoding(what);
}
