/**
 * The red team's findings against a running `./bin/feedback serve` with every channel configured,
 * over real HTTP: each refused request answers a 4xx with the JSON error body and leaves nothing
 * behind; each accepted one is stored as valid text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { auth, SECRETS, startAttackServer } from '../support/attack-server.ts';

type Server = Awaited<ReturnType<typeof startAttackServer>>;
type ErrorBody = { error: { code: string; message: string } };
type Item = { feedbackId: string; text: string; subject?: string; displayName?: string; metadata: Record<string, unknown> };

let server: Server;
beforeAll(async () => {
  server = await startAttackServer();
}, 90_000);
afterAll(async () => server?.stop());

const errorOf = async (response: Response) => ({ status: response.status, body: (await response.json()) as ErrorBody });
const isWellFormed = (text: string) => !/\p{Cs}/u.test(text);
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${(sequence += 1)}`;

/** Accepts a later post and waits for it: a refused one before it would have been processed by then. */
async function expectNothingStoredFor(identity: string) {
  const later = unique('later');
  await server.processed(await server.form({ message: '之后的一条正常留言', email: `${later}@example.com` }));
  expect((await server.api(`/v1/customers?identity=${encodeURIComponent(identity)}`)).status).toBe(404);
}

const tencentPost = (body: string) =>
  fetch(`${server.base}/webhooks/sms/tencent`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signFeedbackRequest(SECRETS.TENCENT_SMS_WEBHOOK_SECRET, body) } });

describe('text that is not Unicode, or holds NUL, is refused on every way in', () => {
  it.each([
    ['an unpaired surrogate escape', String.raw`{"message":"快递 \ud800 丢了","email":"EMAIL"}`],
    ['a trailing high surrogate escape', String.raw`{"message":"退款\ud83d","email":"EMAIL"}`],
    ['a NUL escape', String.raw`{"message":"nul \u0000 here","email":"EMAIL"}`],
    ['an unpaired surrogate in another field', String.raw`{"message":"正常","name":"\udc00","email":"EMAIL"}`],
  ])('web form (JSON): %s gets 400 invalid_text and stores nothing', async (_, template) => {
    const email = `${unique('bad-text')}@example.com`;
    const response = await fetch(`${server.base}/webhooks/forms/contact`, { method: 'POST', body: template.replace('EMAIL', email), headers: { 'content-type': 'application/json' } });
    const { status, body } = await errorOf(response);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_text');
    await expectNothingStoredFor(`email:${email}`);
  });

  it('Tencent SMS: a signed callback whose text holds an unpaired surrogate gets 400 invalid_text', async () => {
    const body = JSON.stringify({ mobile: '13800138111', nationcode: '86', text: 'TEXT', sign: 's', time: Math.floor(Date.now() / 1000), extend: '' }).replace('TEXT', String.raw`坏\ud800`);
    const { status, body: error } = await errorOf(await tencentPost(body));
    expect(status).toBe(400);
    expect(error.error.code).toBe('invalid_text');
    await expectNothingStoredFor('phone:+8613800138111');
  });

  it('email: a body with a NUL byte gets 400 invalid_text', async () => {
    const sender = `${unique('nul-mail')}@example.com`;
    const { status, body } = await errorOf(await server.postMail(server.mail(sender, `${unique('m')}@example.com`, 'nul\u0000here')));
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_text');
    await expectNothingStoredFor(`email:${sender}`);
  });

  it('PATCH: a note or assignee with an unpaired surrogate or NUL gets 400, and the item is unchanged', async () => {
    const id = await server.processed(await server.form({ message: '物流太慢了', email: `${unique('patch')}@example.com` }));
    for (const body of [String.raw`{"note":"坏\ud800"}`, String.raw`{"assignee":"王\u0000芳"}`]) {
      const response = await fetch(`${server.base}/v1/feedback/${id}`, { method: 'PATCH', body, headers: { ...auth, 'content-type': 'application/json' } });
      const { status, body: error } = await errorOf(response);
      expect(status).toBe(400);
      expect(error.error.code).toBe('invalid_request');
    }
    const item = (await server.api<{ history?: unknown[]; assignee?: string }>(`/v1/feedback/${id}`)).body;
    expect(item.history ?? []).toHaveLength(0);
    expect(item.assignee).toBeUndefined();
  });
});

describe('fields cut to their limits are cut between characters, never inside one', () => {
  it('email: a subject and a display name with an emoji on the limit are stored as valid text', async () => {
    const sender = `${unique('long')}@example.com`;
    const raw = Buffer.from(
      `From: "${'名'.repeat(255)}😀" <${sender}>\r\nTo: support@example.com\r\nSubject: ${'a'.repeat(997)}😀\r\nMessage-ID: <${unique('cut')}@example.com>\r\n\r\n包裹破损\r\n`,
    );
    const item = (await server.api<Item>(`/v1/feedback/${await server.processed(await server.postMail(raw))}`)).body;
    expect(item.subject).toBe('a'.repeat(997));
    expect(item.displayName).toBe('名'.repeat(255));
    expect(isWellFormed(item.subject!) && isWellFormed(item.displayName!)).toBe(true);
  });
});
