import { createHmac, timingSafeEqual } from 'node:crypto';
import { ChannelError } from '../types.ts';

export type TwilioParams = Map<string, string[]>;

/**
 * X-Twilio-Signature = base64(HMAC-SHA1(auth token, URL + each POST parameter name followed by
 * its value, names sorted)), as Twilio documents and its helper library computes it.
 */
export function twilioSignature(authToken: string, url: string, params: TwilioParams): string {
  let data = url;
  for (const name of [...params.keys()].sort()) {
    // Repeated names: the helper signs each distinct value, sorted.
    for (const value of [...new Set(params.get(name))].sort()) data += name + value;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/**
 * Twilio signs the URL exactly as configured; a proxy in front may add or drop the port, so the
 * URL is also tried without a port and with the scheme's default one, as Twilio's own
 * validateRequest does.
 */
function urlVariants(url: string): string[] {
  const match = /^(https?:\/\/)([^/?#]*)(.*)$/is.exec(url);
  if (!match) return [url];
  const [, scheme = '', authority = '', rest = ''] = match;
  const host = authority.replace(/:\d*$/, '');
  const defaultPort = scheme.toLowerCase() === 'https://' ? '443' : '80';
  return [...new Set([url, `${scheme}${host}${rest}`, `${scheme}${host}:${defaultPort}${rest}`])];
}

export function verifyTwilioSignature(authToken: string, header: string, publicUrl: string, params: TwilioParams): void {
  const given = Buffer.from(header.trim());
  const valid = urlVariants(publicUrl).some((url) => {
    const expected = Buffer.from(twilioSignature(authToken, url, params));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!valid) throw new ChannelError(401, 'bad_signature', 'X-Twilio-Signature does not match TWILIO_AUTH_TOKEN and the public URL');
}
