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

/** The media type without parameters, lower-cased; '' when absent. */
export function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * `application/x-www-form-urlencoded` pairs, read as the URL standard does except that the
 * percent-decoded bytes must be UTF-8: URLSearchParams would turn a GBK page's `%BF%EC` into
 * U+FFFD and store the mojibake; this refuses it as decodeUtf8 refuses a raw GBK body.
 */
export function parseUrlEncoded(body: string, what: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const [name, value] = equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
    pairs.push([percentDecode(name, what), percentDecode(value, what)]);
  }
  return pairs;
}

const HEX_PAIR = /^[0-9a-f]{2}$/i;

function percentDecode(text: string, what: string): string {
  if (!text.includes('%')) return text.replaceAll('+', ' ');
  const bytes = Buffer.from(text.replaceAll('+', ' '), 'utf8');
  const decoded: number[] = [];
  for (let i = 0; i < bytes.length; i += 1) {
    const hex = bytes[i] === 0x25 ? bytes.subarray(i + 1, i + 3).toString('latin1') : '';
    if (HEX_PAIR.test(hex)) {
      decoded.push(Number.parseInt(hex, 16));
      i += 2;
    } else decoded.push(bytes[i]!);
  }
  return decodeUtf8(Uint8Array.from(decoded), what);
}
