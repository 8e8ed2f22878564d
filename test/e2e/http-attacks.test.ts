/**
 * The red team's findings against a running `./bin/feedback serve` with every channel configured,
 * over real HTTP: each refused request answers a 4xx with the JSON error body and leaves nothing
 * behind; each accepted one is stored as valid text.
 */
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { wechatSignature } from '../../shared/channels/wechat/crypto.ts';
import { auth, KEY, PUBLIC_BASE_URL, SECRETS, startAttackServer } from '../support/attack-server.ts';
import { startServe } from '../support/serve-process.ts';

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
/** Looks empty to a person, though `trim()` keeps every character of it. */
const INVISIBLE = '\u200b\u200c\u200d\u2060\ufeff\u200e\u202e';

/** Accepts a later post and waits for it: a refused one before it would have been processed by then. */
async function expectNothingStoredFor(identity: string) {
  const later = unique('later');
  await server.processed(await server.form({ message: '之后的一条正常留言', email: `${later}@example.com` }));
  expect((await server.api(`/v1/customers?identity=${encodeURIComponent(identity)}`)).status).toBe(404);
}

/**
 * A request on its own connection that reads the answer even when the server answers before the
 * upload ends and closes the connection (as it does for a body past the limit).
 */
function upload(method: string, path: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: ErrorBody }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const call = request(`${server.base}${path}`, { method, headers, agent: false }, (response) => {
      answered = true;
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as ErrorBody }));
    });
    // Once the answer is in, the rest of the upload may meet the closed connection; before it,
    // a reset means the answer was lost (and waiting for it would hang the test).
    call.on('error', (error) => {
      if (!answered) reject(error);
    });
    call.end(body);
  });
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

describe('urlencoded web forms', () => {
  const post = (body: string) => fetch(`${server.base}/webhooks/forms/contact`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });

  it('a GBK page posting percent-encoded GBK gets 400 invalid_encoding, not a message of U+FFFD stored', async () => {
    const email = `${unique('gbk-form')}@example.com`;
    const { status, body } = await errorOf(await post(`message=%BF%EC%B5%DD%C3%BB%B5%BD&email=${encodeURIComponent(email)}`));
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_encoding');
    await expectNothingStoredFor(`email:${email}`);
  });

  it('percent-encoded UTF-8, + for spaces and a stray % are read as browsers send them', async () => {
    const response = await post(`message=${encodeURIComponent('快递 丢了')}+100%25+sure%zz&email=${unique('utf8-form')}%40example.com`);
    const item = (await server.api<Item>(`/v1/feedback/${await server.processed(response)}`)).body;
    expect(item.text).toBe('快递 丢了 100% sure%zz');
  });
});

describe('web form bodies in the charset their Content-Type names', () => {
  const post = (body: Buffer, contentType: string) => fetch(`${server.base}/webhooks/forms/contact`, { method: 'POST', body, headers: { 'content-type': contentType } });
  const json = (text: string, email: string) => JSON.stringify({ message: text, email });

  it.each([
    ['GBK', 'application/json; charset=gbk', 'gbk', '快递三天还没到'],
    ['GB18030 (quoted label)', 'application/json; charset="GB18030"', 'gb18030', '退款什么时候到账'],
    ['Big5', 'application/json;charset=big5', 'big5', '客服態度很差'],
    ['UTF-16 with a byte order mark', 'application/json; charset=utf-16', 'utf-16', '包裹破损了'],
  ])('%s, labelled honestly, is read as what the customer wrote', async (_, contentType, charset, text) => {
    const email = `${unique('charset')}@example.com`;
    const id = await server.processed(await post(iconv.encode(json(text, email), charset, { addBOM: charset === 'utf-16' }), contentType));
    expect((await server.api<Item>(`/v1/feedback/${id}`)).body.text).toBe(text);
  });

  it('urlencoded with a GBK label reads its percent-encoded bytes as GBK', async () => {
    const email = `${unique('charset-form')}@example.com`;
    const bytes = [...iconv.encode('快递丢了', 'gbk')].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    const id = await server.processed(await post(Buffer.from(`message=${bytes}&email=${encodeURIComponent(email)}`), 'application/x-www-form-urlencoded; charset=GBK'));
    expect((await server.api<Item>(`/v1/feedback/${id}`)).body.text).toBe('快递丢了');
  });

  it.each([
    ['GBK labelled UTF-8', 'application/json; charset=utf-8', 'gbk', 400, 'invalid_encoding'],
    ['GBK labelled nothing', 'application/json', 'gbk', 400, 'invalid_encoding'],
    ['UTF-8 labelled Big5, which it is not', 'application/json; charset=big5', 'utf-8', 400, 'invalid_encoding'],
    ['a charset nobody knows', 'application/json; charset=x-klingon', 'utf-8', 415, 'unsupported_charset'],
  ])('%s is refused and stores nothing', async (_, contentType, charset, status, code) => {
    const email = `${unique('lying-charset')}@example.com`;
    const { status: answered, body } = await errorOf(await post(iconv.encode(json('快递三天还没到，客服也不回复', email), charset), contentType));
    expect([answered, body.error.code]).toEqual([status, code]);
    await expectNothingStoredFor(`email:${email}`);
  });
});

describe('mail with nothing in it', () => {
  const headers = (sender: string, extra = '') => `From: ${sender}\r\nTo: support@example.com\r\nMessage-ID: <${unique('empty')}@example.com>\r\n${extra}`;

  it.each([
    ['headers only', (sender: string) => headers(sender)],
    ['an empty body', (sender: string) => `${headers(sender)}\r\n\r\n`],
    ['a base64 body that decodes to nothing', (sender: string) => `${headers(sender, 'Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n')}\r\n!!!!####\r\n`],
  ])('%s (no text, subject or attachment) gets 422 empty_message and stores nothing', async (_, build) => {
    const sender = `${unique('empty-mail')}@example.com`;
    const { status, body } = await errorOf(await server.postMail(Buffer.from(build(sender))));
    expect([status, body.error.code]).toEqual([422, 'empty_message']);
    await expectNothingStoredFor(`email:${sender}`);
  });

  it('a subject alone, or an attachment alone, is still a message', async () => {
    const subjectOnly = Buffer.from(`${headers(`${unique('subject-only')}@example.com`, 'Subject: 退款还没到\r\n')}\r\n`);
    expect((await server.postMail(subjectOnly)).status).toBe(202);
    const attachmentOnly = Buffer.from(
      `${headers(`${unique('photo-only')}@example.com`, 'Content-Type: multipart/mixed; boundary=b\r\n')}\r\n--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=broken.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--b--\r\n`,
    );
    expect((await server.postMail(attachmentOnly)).status).toBe(202);
  });
});

describe('provider messages with no words in them', () => {
  it('a WeChat text message with an empty or blank Content gets 400 invalid_message and stores nothing', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    for (const content of ['', '   ', '<![CDATA[]]>', INVISIBLE]) {
      const openId = `oBlank${unique('o').replace(/\W/g, '')}`;
      const nonce = unique('blank');
      const xml = `<xml><ToUserName>gh_1</ToUserName><FromUserName>${openId}</FromUserName><CreateTime>${timestamp}</CreateTime><MsgType>text</MsgType><Content>${content}</Content><MsgId>${Date.now()}</MsgId></xml>`;
      const response = await fetch(`${server.base}/webhooks/wechat?signature=${wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, nonce)}&timestamp=${timestamp}&nonce=${nonce}`, { method: 'POST', body: xml });
      const { status, body } = await errorOf(response);
      expect([content, status, body.error.code]).toEqual([content, 400, 'invalid_message']);
      await expectNothingStoredFor(`wechat:${openId}`);
    }
  });

  it('a Tencent SMS reply with an empty or blank text gets 400 invalid_message and stores nothing', async () => {
    for (const text of ['', '  \n ', INVISIBLE]) {
      const body = JSON.stringify({ mobile: '13800138333', nationcode: '86', text, sign: 's', time: Math.floor(Date.now() / 1000), extend: '' });
      const { status, body: error } = await errorOf(await tencentPost(body));
      expect([text, status, error.error.code]).toEqual([text, 400, 'invalid_message']);
    }
    await expectNothingStoredFor('phone:+8613800138333');
  });
});

describe('text of nothing but invisible characters (zero-width spaces and joiners, bidi marks, a BOM)', () => {
  it('is a web form with no message (422), a mail with nothing in it (422) and a Twilio SMS that is acknowledged but not stored', async () => {
    const email = `${unique('invisible-form')}@example.com`;
    const form = await errorOf(await server.form({ message: INVISIBLE, email }));
    expect([form.status, form.body.error.message]).toEqual([422, expect.stringContaining('message is required')]);
    await expectNothingStoredFor(`email:${email}`);

    const sender = `${unique('invisible-mail')}@example.com`;
    const mail = await errorOf(await server.postMail(Buffer.from(`From: ${sender}\r\nSubject: \u200b\r\nMessage-ID: <${unique('invisible')}@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${INVISIBLE}\r\n`)));
    expect([mail.status, mail.body.error.code]).toEqual([422, 'empty_message']);
    await expectNothingStoredFor(`email:${sender}`);

    const sid = `SM${'a'.repeat(24)}${Date.now().toString(16).padStart(8, '0').slice(-8)}`;
    expect((await server.twilioSms('+8613800138444', sid, INVISIBLE)).status).toBe(200);
    await expectNothingStoredFor('phone:+8613800138444');
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

describe('a name or subject with line breaks in it', () => {
  it('is stored on one line, from a form and from mail (a line of its own in a text digest passes for ours)', async () => {
    const email = `${unique('lines-form')}@example.com`;
    const posted = await server.form({ message: '退款一直没到', email, name: 'Ann\r\n\r\nURGENT: refund approved\u2028by support', subject: '\tRefund\n\nstatus\u0085' });
    const fromForm = (await server.api<Item>(`/v1/feedback/${await server.processed(posted)}`)).body;
    expect([fromForm.displayName, fromForm.subject]).toEqual(['Ann URGENT: refund approved by support', 'Refund status']);

    const sender = `${unique('lines-mail')}@example.com`;
    const encoded = (text: string) => `=?utf-8?B?${Buffer.from(text).toString('base64')}?=`;
    const raw = Buffer.from(
      `From: ${encoded('Bob\r\nTo: boss')} <${sender}>\r\nSubject: ${encoded('Hi\r\nBcc: all')}\r\nMessage-ID: <${unique('lines')}@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n包裹破损\r\n`,
    );
    const fromMail = (await server.api<Item>(`/v1/feedback/${await server.processed(await server.postMail(raw))}`)).body;
    expect([fromMail.displayName, fromMail.subject]).toEqual(['Bob To: boss', 'Hi Bcc: all']);
  });
});

describe('API request bodies', () => {
  const customer = async () => {
    const email = `${unique('body')}@example.com`;
    await server.processed(await server.form({ message: '发票开错了', email }));
    return server.owner(`email:${email}`);
  };

  it('a body larger than any request needs gets 413 before it is read whole, on every write route', async () => {
    const survivor = await customer();
    const huge = `{"reason":"${'x'.repeat(2 * 1024 * 1024)}"}`;
    const targets: [string, string][] = [
      ['POST', `/v1/customers/${survivor}/merge`],
      ['PATCH', '/v1/feedback/fb_00000000000000000000000000'],
      ['POST', '/v1/merges/mrg_00000000000000000000000000/undo'],
    ];
    for (const [method, path] of targets) {
      const { status, body } = await upload(method, path, { ...auth, 'content-type': 'application/json' }, huge);
      expect([method, path, status]).toEqual([method, path, 413]);
      expect(body.error.code).toBe('payload_too_large');
    }
  });

  it("a 413 closes the connection and says so: a keep-alive client's next request on it gets its answer", async () => {
    const survivor = await customer();
    const oversized: [string, RequestInit][] = [
      ['/webhooks/forms/contact', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'x'.repeat(2 * 1024 * 1024) }) }],
      [`/v1/customers/${survivor}/merge`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: `{"reason":"${'x'.repeat(2 * 1024 * 1024)}"}` }],
    ];
    for (const [path, init] of oversized) {
      const refused = await fetch(`${server.base}${path}`, init);
      expect([path, refused.status, refused.headers.get('connection')]).toEqual([path, 413, 'close']);
      await refused.text();
      // Node's fetch reuses an idle keep-alive connection for this: it failed with "other side closed".
      const next = await server.form({ message: '下一条正常留言', email: `${unique('after-413')}@example.com` });
      expect([path, next.status]).toEqual([path, 202]);
    }
  });

  it('a client still uploading when its 413 comes reads it, its upload taken to the end and thrown away, then the connection closes', async () => {
    const twoMegabytes = 2 * 1024 * 1024;
    for (const [path, headers] of [['/webhooks/forms/contact', {}], [`/v1/customers/${await customer()}/merge`, auth]] as const) {
      const connection = await rawConnection();
      connection.write(`POST ${path} HTTP/1.1\r\nHost: x\r\n${headerLines(headers)}Content-Type: application/json\r\nContent-Length: ${twoMegabytes}\r\n\r\n{"message":"`);
      const refused = await connection.nextAnswer();
      expect([path, refused.status, refused.headers['connection']]).toEqual([path, 413, 'close']);
      // The answer came before the body: a server that drops the connection on answering makes
      // the rest of the upload fail with EPIPE, as slow uploads under load did.
      await connection.write('x'.repeat(twoMegabytes - '{"message":"'.length));
      connection.end();
      expect([path, await connection.closed]).toEqual([path, true]);
    }
  });

  it('a body sent as anything but JSON gets 415 on every route that takes one, as PATCH does', async () => {
    const [survivor, absorbed] = [await customer(), await customer()];
    const form = new URLSearchParams({ customerId: absorbed }).toString();
    for (const type of ['application/x-www-form-urlencoded', 'text/plain']) {
      const response = await fetch(`${server.base}/v1/customers/${survivor}/merge`, { method: 'POST', body: form, headers: { ...auth, 'content-type': type } });
      const { status, body } = await errorOf(response);
      expect([type, status, body.error.code]).toEqual([type, 415, 'unsupported_media_type']);
    }
    const undo = await fetch(`${server.base}/v1/merges/mrg_00000000000000000000000000/undo`, { method: 'POST', body: 'reason=x', headers: { ...auth, 'content-type': 'text/plain' } });
    expect((await errorOf(undo)).status).toBe(415);
    // A route whose body is optional still takes no body at all.
    const bare = await fetch(`${server.base}/v1/merges/mrg_00000000000000000000000000/undo`, { method: 'POST', headers: auth });
    expect((await errorOf(bare)).status).toBe(404);
    expect((await server.api(`/v1/customers/${absorbed}`)).body).toMatchObject({ customerId: absorbed });
  });
});

describe('cursors belong to the listing that issued them', () => {
  it("a timeline cursor is refused on another customer's timeline and on the other listings; on its own it pages on", async () => {
    const [a, b] = [`${unique('cursor-a')}@example.com`, `${unique('cursor-b')}@example.com`];
    for (const text of ['第一条', '第二条', '第三条']) await server.processed(await server.form({ message: text, email: a }));
    await server.processed(await server.form({ message: '别人的', email: b }));
    const [ownerA, ownerB] = [await server.owner(`email:${a}`), await server.owner(`email:${b}`)];
    const first = await server.api<{ items: unknown[]; nextCursor: string }>(`/v1/customers/${ownerA}/timeline?limit=1`);
    const cursor = encodeURIComponent(first.body.nextCursor);

    for (const path of [`/v1/customers/${ownerB}/timeline?cursor=${cursor}`, `/v1/feedback?cursor=${cursor}`, `/v1/merge-suggestions?cursor=${cursor}`]) {
      const { status, body } = await server.api<ErrorBody>(path);
      expect([path, status, body.error?.code]).toEqual([path, 400, 'invalid_cursor']);
    }
    const next = await server.api<{ items: unknown[] }>(`/v1/customers/${ownerA}/timeline?limit=5&cursor=${cursor}`);
    expect(next.status).toBe(200);
    expect(next.body.items).toHaveLength(2);
  });

  it('a work-queue cursor is refused under other filters, and a truncated or extended one anywhere', async () => {
    for (let i = 0; i < 3; i += 1) await server.processed(await server.form({ message: `快递丢了，第${i}次投诉`, email: `${unique('queue')}@example.com` }));
    const page = await server.api<{ nextCursor: string }>('/v1/feedback?channel=web&limit=1');
    const cursor = page.body.nextCursor;
    for (const path of [`/v1/feedback?channel=email&cursor=${cursor}`, `/v1/feedback?cursor=${cursor}`, `/v1/feedback?channel=web&cursor=${cursor.slice(0, -4)}`, `/v1/feedback?channel=web&cursor=${cursor}AAAA`]) {
      const { status, body } = await server.api<ErrorBody>(path);
      expect([path, status, body.error?.code]).toEqual([path, 400, 'invalid_cursor']);
    }
    expect((await server.api(`/v1/feedback?channel=web&limit=1&cursor=${cursor}`)).status).toBe(200);
  });
});

describe('response headers', () => {
  it('API answers (personal data) are never cached and never sniffed, errors included', async () => {
    for (const [path, headers] of [['/v1/me', auth], ['/v1/customers?identity=email:nobody@example.com', auth], ['/v1/me', {}]] as const) {
      const response = await fetch(`${server.base}${path}`, { headers });
      expect([path, response.headers.get('cache-control'), response.headers.get('x-content-type-options')]).toEqual([path, 'no-store', 'nosniff']);
    }
  });

  it('webhook answers are never sniffed: a reflected echostr stays text', async () => {
    const refused = await fetch(`${server.base}/webhooks/wechat?echostr=%3Cscript%3Ealert(1)%3C/script%3E`);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    const accepted = await server.form({ message: '留言', email: `${unique('headers')}@example.com` });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('every other answer is never sniffed either: a 404 that reflects the path, the health check, the OpenAPI document', async () => {
    for (const path of ['/%3Cscript%3Ealert(1)%3C/script%3E', '/v2/%3Cimg%20src=x%20onerror=alert(1)%3E', '/console/x%3Cscript%3E.js', '/healthz', '/openapi.json']) {
      const response = await fetch(`${server.base}${path}`);
      expect([path, response.headers.get('x-content-type-options')]).toEqual([path, 'nosniff']);
    }
  });
});

describe('a restart between a webhook and its replay', { timeout: 120_000 }, () => {
  it("remembers which signature went with which unsigned part: a relay's post replayed as sender-verified, or a WeChat push's URL around another body, is still refused", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'feedback-restart-'));
    const env = { DATA_DIR: dataDir, FEEDBACK_API_KEYS: KEY, PUBLIC_BASE_URL, ...SECRETS };
    const sender = `${unique('restart')}@example.com`;
    const raw = Buffer.from(`From: ${sender}\r\nTo: support@example.com\r\nSubject: 退款\r\nMessage-ID: <${unique('restart')}@example.com>\r\n\r\n退款还没到\r\n`);
    const signature = signFeedbackRequest(SECRETS.EMAIL_WEBHOOK_SECRET, raw);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const wechatUrl = (base: string) => `${base}/webhooks/wechat?signature=${wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, 'restart-nonce')}&timestamp=${timestamp}&nonce=restart-nonce`;
    const push = (content: string) => `<xml><ToUserName>gh_1</ToUserName><FromUserName>oRestart</FromUserName><CreateTime>${timestamp}</CreateTime><MsgType>text</MsgType><Content>${content}</Content><MsgId>${Date.now()}</MsgId></xml>`;

    const first = await startServe(env);
    try {
      expect((await fetch(`${first.base}/webhooks/email`, { method: 'POST', body: raw, headers: { 'content-type': 'message/rfc822', ...signature } })).status).toBe(202);
      expect((await fetch(wechatUrl(first.base), { method: 'POST', body: push('真实的留言'), headers: { 'content-type': 'text/xml' } })).status).toBe(200);
    } finally {
      await first.stop();
    }
    const second = await startServe(env);
    try {
      const replayedMail = await fetch(`${second.base}/webhooks/email`, { method: 'POST', body: raw, headers: { 'content-type': 'message/rfc822', ...signature, 'X-Feedback-Sender-Verified': 'true' } });
      expect([replayedMail.status, ((await replayedMail.json()) as Partial<ErrorBody>).error?.code]).toEqual([401, 'replayed_signature']);
      const replayedPush = await fetch(wechatUrl(second.base), { method: 'POST', body: push('伪造的留言'), headers: { 'content-type': 'text/xml' } });
      expect([replayedPush.status, ((await replayedPush.json()) as Partial<ErrorBody>).error?.code]).toEqual([401, 'replayed_nonce']);
      // The genuine retry is still answered as before, and stays one item.
      expect((await fetch(`${second.base}/webhooks/email`, { method: 'POST', body: raw, headers: { 'content-type': 'message/rfc822', ...signature } })).status).toBe(202);
      const read = async <T>(path: string) => (await (await fetch(`${second.base}${path}`, { headers: auth })).json()) as T;
      let items: unknown[] = [];
      for (let i = 0; i < 50 && items.length === 0; i += 1) {
        const owner = await read<{ customerId?: string }>(`/v1/customers?identity=email:${sender}`);
        if (owner.customerId) items = (await read<{ items: unknown[] }>(`/v1/customers/${owner.customerId}/timeline`)).items;
        else await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const owner = await read<{ customerId: string }>(`/v1/customers?identity=email:${sender}`);
      expect((await read<{ items: unknown[] }>(`/v1/customers/${owner.customerId}/timeline`)).items).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
}

/** One keep-alive connection written byte by byte, its answers read one at a time. */
async function rawConnection() {
  const { hostname, port } = new URL(server.base);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = Buffer.alloc(0);
  let failure: Error | undefined;
  const waiting = new Set<() => void>();
  const wake = () => waiting.forEach((resume) => resume());
  socket.on('data', (chunk: Buffer) => ((received = Buffer.concat([received, chunk])), wake()));
  socket.on('error', (error) => ((failure = error), wake()));
  const closed = new Promise<boolean>((resolve) => {
    socket.once('close', () => (resolve(true), wake()));
    setTimeout(() => resolve(false), 5_000).unref();
  });
  const arrived = () => new Promise<void>((resolve) => waiting.add(resolve)).finally(() => waiting.clear());

  async function nextAnswer(): Promise<RawAnswer> {
    for (;;) {
      if (failure) throw failure;
      const headEnd = received.indexOf('\r\n\r\n');
      if (headEnd >= 0) {
        const [statusLine = '', ...lines] = received.subarray(0, headEnd).toString().split('\r\n');
        const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
        const length = Number(headers['content-length']);
        if (received.length >= headEnd + 4 + length) {
          const body = received.subarray(headEnd + 4, headEnd + 4 + length).toString();
          received = received.subarray(headEnd + 4 + length);
          return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) };
        }
      }
      if (socket.destroyed) throw new Error(`the connection closed before an answer: ${received.toString().slice(0, 200)}`);
      await arrived();
    }
  }
  const write = (data: string) => new Promise<void>((resolve, reject) => socket.write(data, (error) => (error ? reject(error) : resolve())));
  return { write, nextAnswer, closed, end: () => socket.end() };
}

/** Writes `data` to the server's socket as it is and returns everything it answers. */
function rawExchange(data: string): Promise<string> {
  const { hostname, port } = new URL(server.base);
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(Number(port), hostname, () => socket.write(data));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
    socket.setTimeout(5_000, () => socket.destroy());
  });
}

describe('requests that are not HTTP the server can parse', () => {
  it.each([
    ['a Content-Length that is not a number', 'POST /webhooks/forms/contact HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 400],
    ['both Transfer-Encoding and Content-Length (request smuggling)', 'POST /webhooks/forms/contact HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n', 400],
    ['a chunk size that is not hexadecimal', 'POST /webhooks/forms/contact HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n', 400],
    ['a request line that is not one', 'GARBAGE\r\n\r\n', 400],
    ['headers past the server\'s limit', `GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`, 431],
    // Parsed by Node, but refused by the adapter before any route sees them.
    ['an HTTP/1.0 request without Host', 'GET /healthz HTTP/1.0\r\n\r\n', 400],
    ['a Host that is no host name', 'GET /healthz HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n', 400],
    ['the asterisk request target', 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    ['a backslash in the path', 'GET /v1\\..\\healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    ['an absolute-form target that is no URL', 'GET http://[::1/healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    ['an expectation the server cannot meet', 'POST /webhooks/forms/contact HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 200-ok\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}', 417],
  ])('%s: its 4xx with the JSON error body, and the connection closed', async (_, data, status) => {
    const answer = await rawExchange(data);
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    expect(head.toLowerCase()).toContain('content-type: application/json');
    expect(head.toLowerCase()).toContain('x-content-type-options: nosniff');
    expect(JSON.parse(body)).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  });
});

describe('WeChat URL verification', () => {
  const verify = (timestamp: string, nonce: string) =>
    fetch(`${server.base}/webhooks/wechat?signature=${wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, nonce)}&timestamp=${timestamp}&nonce=${nonce}&echostr=${nonce}-echo`);

  it('a captured verification URL from long ago, or dated far ahead, is refused as a push would be; a fresh one is echoed', async () => {
    for (const timestamp of ['1', '99999999999', String(Math.floor(Date.now() / 1000) - 3600)]) {
      const { status, body } = await errorOf(await verify(timestamp, `old-${timestamp}`));
      expect([timestamp, status, body.error.code]).toEqual([timestamp, 401, 'stale_timestamp']);
    }
    const fresh = await verify(String(Math.floor(Date.now() / 1000)), 'fresh');
    expect([fresh.status, await fresh.text()]).toEqual([200, 'fresh-echo']);
  });
});
