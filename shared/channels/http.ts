import { ChannelError } from './types.ts';

/** Thrown when a channel's secret is not set: the operator has not turned the channel on. */
export function notConfigured(channel: string, variables: string): ChannelError {
  return new ChannelError(503, 'channel_not_configured', `${channel} is not configured (set ${variables})`);
}

export function plainText(body: string): Response {
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Strict UTF-8: providers that promise UTF-8 and send something else get a 400, not mojibake. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ChannelError(400, 'invalid_encoding', `${what} is not valid UTF-8`);
  }
}

/**
 * Strictly decodes `bytes` in the charset the sender declared (GBK, GB18030, Big5, UTF-16…:
 * whatever the WHATWG Encoding Standard names), UTF-8 when none is declared. A body that is not
 * what its label says gets 400, a label nobody knows 415: never mojibake.
 */
export function decodeDeclared(bytes: Uint8Array, charset: string | undefined, what: string): string {
  if (charset === undefined) return decodeUtf8(bytes, what);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new ChannelError(415, 'unsupported_charset', `charset ${charset.slice(0, 40)} is not one the server reads; send UTF-8`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ChannelError(400, 'invalid_encoding', `${what} is not valid ${decoder.encoding}`);
  }
}

/**
 * `application/x-www-form-urlencoded` pairs, read as the URL standard does except that the
 * percent-decoded bytes must be valid in the declared charset (UTF-8 when none is): URLSearchParams
 * would turn a GBK page's `%BF%EC` into U+FFFD and store the mojibake; this refuses it as
 * decodeUtf8 refuses a raw GBK body, or reads it as GBK when the Content-Type says so.
 */
export function parseUrlEncoded(body: Uint8Array, what: string, charset?: string): [string, string][] {
  // Every byte as one code unit: the form's syntax is ASCII, the rest is decoded per field.
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  const pairs: [string, string][] = [];
  for (const pair of bytes.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const [name, value] = equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
    pairs.push([percentDecode(name, what, charset), percentDecode(value, what, charset)]);
  }
  return pairs;
}

const HEX_PAIR = /^[0-9a-f]{2}$/i;

function percentDecode(latin1: string, what: string, charset: string | undefined): string {
  const bytes = Buffer.from(latin1.replaceAll('+', ' '), 'latin1');
  const decoded: number[] = [];
  for (let i = 0; i < bytes.length; i += 1) {
    const hex = bytes[i] === 0x25 ? bytes.subarray(i + 1, i + 3).toString('latin1') : '';
    if (HEX_PAIR.test(hex)) {
      decoded.push(Number.parseInt(hex, 16));
      i += 2;
    } else decoded.push(bytes[i]!);
  }
  return decodeDeclared(Uint8Array.from(decoded), charset, what);
}
