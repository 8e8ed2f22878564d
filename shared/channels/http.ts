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
