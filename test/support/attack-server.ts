/**
 * `./bin/feedback serve` with every channel configured, and what an attacker (or a support
 * person) does to it: signed and unsigned webhook posts, API reads and writes, waits for the
 * in-process processor.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import twilio from 'twilio';
import { expect } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { deriveFeedbackId } from '../../shared/event.ts';
import { startServe } from './serve-process.ts';

export const KEY = 'attack-key';
export const PUBLIC_BASE_URL = 'https://feedback.example.com';
export const SECRETS = {
  EMAIL_WEBHOOK_SECRET: 'email-secret',
  TWILIO_AUTH_TOKEN: '12345678901234567890123456789012',
  TENCENT_SMS_WEBHOOK_SECRET: 'tencent-secret',
  WECHAT_TOKEN: 'wechat-token',
  WECHAT_APP_ID: 'wx0000000000000001',
  WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};
export const auth = { authorization: `Bearer ${KEY}` };

export type Customer = { customerId: string; identities: string[] };
export type Timeline = { customerId: string; items: { feedbackId: string; text: string; channel: string }[] };

/** A server over a fresh DATA_DIR, or over `dataDir` (a restart of one that ran there). */
export async function startAttackServer(dataDir = mkdtempSync(join(tmpdir(), 'feedback-attacks-'))) {
  const server = await startServe({ DATA_DIR: dataDir, FEEDBACK_API_KEYS: KEY, PUBLIC_BASE_URL, ...SECRETS });
  const base = server.base;

  const api = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${base}${path}`, { headers: auth });
    return { status: response.status, body: (await response.json()) as T };
  };
  const post = (path: string, body?: unknown, key = KEY) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  /** Polls until `check` holds (the processor runs beside the API in the server process). */
  const until = async (what: string, check: () => Promise<boolean>) => {
    for (let i = 0; i < 100; i += 1) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const owner = async (identity: string) => (await api<Customer>(`/v1/customers?identity=${encodeURIComponent(identity)}`)).body.customerId;
  const texts = async (customerId: string) => (await api<Timeline>(`/v1/customers/${customerId}/timeline?limit=100`)).body.items.map((i) => i.text);
  const stored = async (id: string) => {
    await until(`item ${id}`, async () => (await api(`/v1/feedback/${id}`)).status === 200);
    return id;
  };
  /** Waits for the item a webhook answered 202 `{"id"}` for, and returns its id. */
  const processed = async (response: Response) => stored(((await response.json()) as { id: string }).id);
  /** Twilio is answered with TwiML; its item's id comes from the MessageSid. */
  const smsProcessed = async (response: Response, sid: string) => {
    expect(response.status).toBe(200);
    return stored(deriveFeedbackId('twilio', sid));
  };

  const mail = (from: string, messageId: string, text: string) =>
    Buffer.from(`From: ${from}\r\nTo: support@example.com\r\nSubject: order\r\nMessage-ID: <${messageId}>\r\nDate: Sat, 2 Mar 2026 10:00:00 +0800\r\n\r\n${text}\r\n`);
  const postMail = (raw: Buffer, headers: Record<string, string> = {}) =>
    fetch(`${base}/webhooks/email`, { method: 'POST', body: raw, headers: { 'content-type': 'message/rfc822', ...headers, ...signFeedbackRequest(SECRETS.EMAIL_WEBHOOK_SECRET, raw) } });
  const twilioSms = (from: string, sid: string, text: string) => {
    const params = { MessageSid: sid, From: from, To: '+14155238886', Body: text, SmsStatus: 'received' };
    const signature = twilio.getExpectedTwilioSignature(SECRETS.TWILIO_AUTH_TOKEN, `${PUBLIC_BASE_URL}/webhooks/sms/twilio`, params);
    return fetch(`${base}/webhooks/sms/twilio`, { method: 'POST', body: new URLSearchParams(params).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature } });
  };
  const form = (body: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${base}/webhooks/forms/contact`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
  /** A key made with `./bin/feedback keys create`, as an operator would; the server takes it at once. */
  const createKey = (scope: 'read' | 'write' | 'admin', name: string) =>
    execFileSync(process.execPath, [fileURLToPath(new URL('../../bin/feedback', import.meta.url)), 'keys', 'create', '--scope', scope, '--name', name], {
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();

  return { base, dataDir, stop: server.stop, api, post, until, owner, texts, stored, processed, smsProcessed, mail, postMail, twilioSms, form, createKey };
}
