import { readFileSync } from 'node:fs';
import { signFeedbackRequest } from '../../../shared/channels/signing.ts';
import { FIXED_NOW } from '../support.ts';

export const SECRET = 'email-webhook-secret';
export const EMAIL_URL = 'https://feedback.example.com/webhooks/email';

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

export function signedEmailRequest(raw: Uint8Array | string, options: { secret?: string; at?: Date; contentType?: string; headers?: Record<string, string> } = {}): Request {
  const body = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  return new Request(EMAIL_URL, {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'message/rfc822', ...options.headers, ...signFeedbackRequest(options.secret ?? SECRET, body, options.at ?? FIXED_NOW) },
    body,
  });
}
