import { readFileSync } from 'node:fs';
import twilio from 'twilio';

export const AUTH_TOKEN = '12345678901234567890123456789012';
export const PUBLIC_URL = 'https://feedback.example.com/webhooks/sms/twilio';

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** The parameters the way Twilio's helper expects them: one value per name. */
export function formParams(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

/** A webhook request signed by Twilio's own helper library. */
export function signedRequest(body: string, options: { url?: string; token?: string; signature?: string | null } = {}): Request {
  const url = options.url ?? PUBLIC_URL;
  const signature =
    options.signature === undefined
      ? twilio.getExpectedTwilioSignature(options.token ?? AUTH_TOKEN, url, formParams(body))
      : options.signature;
  const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' });
  if (signature !== null) headers.set('x-twilio-signature', signature);
  return new Request(url, { method: 'POST', headers, body });
}
