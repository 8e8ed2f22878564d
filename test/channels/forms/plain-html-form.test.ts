import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../shared/config.ts';
import { LocalSignatureLedger } from '../../../shared/adapters/local/local-signature-ledger.ts';
import { createIngestApp } from '../../../shared/ingest/app.ts';
import { CapturingQueue } from '../../support/capturing-queue.ts';
import { oneClient } from '../../support/one-client.ts';

const ORIGIN = 'https://shop.example.cn';
// What a browser sends when a <form> is submitted without JavaScript: a navigation from the shop's page.
const NAVIGATION = { origin: ORIGIN, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'sec-fetch-mode': 'navigate' };

function setup() {
  const queue = new CapturingQueue();
  const config = loadConfig({ FORMS_ALLOWED_ORIGINS: ORIGIN, MAX_BODY_BYTES: '65536' });
  const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config, queue, clock: { now: () => new Date('2026-11-25T08:00:00.000Z') }, connInfo: oneClient });
  return { app, queue };
}

const BOUNDARY = '----WebKitFormBoundary7MA4YWxkTrZu0gW';
/** A multipart/form-data body as Chrome writes one: raw UTF-8 names and values, CRLF lines. */
function chromeMultipart(parts: (Buffer | string)[][]): Buffer {
  const chunks = parts.flatMap((lines) => [Buffer.from(`--${BOUNDARY}\r\n`), ...lines.map((line, i) => Buffer.concat([Buffer.from(line), Buffer.from(i < lines.length - 1 ? '\r\n' : '')])), Buffer.from('\r\n')]);
  return Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}
const field = (name: string, value: Buffer | string) => [`Content-Disposition: form-data; name="${name}"`, '', value];

describe('a plain HTML <form> without JavaScript', () => {
  it('multipart/form-data (what enctype="multipart/form-data" sends): 202 and one event, the submit button ignored', async () => {
    const { app, queue } = setup();
    const body = chromeMultipart([field('name', '李雷'), field('email', 'li.lei@example.com'), field('message', '快递三天还没到，客服也不回复'), field('rating', '1'), field('send', '提交')]);
    const response = await app.request('/webhooks/forms/contact', { method: 'POST', headers: { ...NAVIGATION, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, body });
    expect(response.status).toBe(202);
    expect(queue.events).toHaveLength(1);
    expect(queue.events[0]).toMatchObject({ channel: 'web', text: '快递三天还没到，客服也不回复', displayName: '李雷', rating: 1, identities: ['email:li.lei@example.com'] });
    expect(queue.events[0]?.attachments).toBeUndefined();
  });

  it('a file field: the message is kept and the file listed by name, type and size (its content is not kept); an empty file input is no file', async () => {
    const { app, queue } = setup();
    const form = new FormData();
    form.set('message', '收到的杯子是碎的，见截图');
    form.set('email', 'li.lei@example.com');
    form.set('screenshot', new File([new Uint8Array(2048)], '碎杯子.png', { type: 'image/png' }));
    form.set('receipt', new File([], '', { type: 'application/octet-stream' }));
    // Serialised by the platform's own multipart encoder, as a browser would.
    const request = new Request(`http://localhost/webhooks/forms/contact`, { method: 'POST', headers: NAVIGATION, body: form });
    const response = await app.request(request);
    expect(response.status).toBe(202);
    expect(queue.events[0]?.text).toBe('收到的杯子是碎的，见截图');
    expect(queue.events[0]?.attachments).toEqual([{ name: '碎杯子.png', contentType: 'image/png', size: 2048 }]);
  });

  it('urlencoded (a <form> with no enctype): 202 and one event', async () => {
    const { app, queue } = setup();
    const body = new URLSearchParams({ message: '快递太慢', email: 'li.lei@example.com', send: '提交' }).toString();
    const response = await app.request('/webhooks/forms/contact', { method: 'POST', headers: { ...NAVIGATION, 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(response.status).toBe(202);
    expect(queue.events.map((event) => event.text)).toEqual(['快递太慢']);
  });

  it.each([
    ['no boundary', 'multipart/form-data', chromeMultipart([field('message', 'x')]), 400, 'invalid_multipart'],
    ['no closing boundary', `multipart/form-data; boundary=${BOUNDARY}`, Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="message"\r\n\r\nx`), 400, 'invalid_multipart'],
    ['a part without a name', `multipart/form-data; boundary=${BOUNDARY}`, chromeMultipart([['Content-Disposition: form-data', '', 'x']]), 400, 'invalid_multipart'],
    // A GBK page posts its own bytes, unlabelled: refused, never stored as U+FFFD.
    ['GBK bytes from a GBK page', `multipart/form-data; boundary=${BOUNDARY}`, chromeMultipart([field('message', Buffer.from([0xbf, 0xec, 0xb5, 0xdd]))]), 400, 'invalid_encoding'],
    ['no message', `multipart/form-data; boundary=${BOUNDARY}`, chromeMultipart([field('email', 'li@example.com')]), 422, 'invalid_submission'],
  ])('multipart with %s: %i %s, nothing queued', async (_case, contentType, body, status, code) => {
    const { app, queue } = setup();
    const response = await app.request('/webhooks/forms/contact', { method: 'POST', headers: { origin: ORIGIN, 'content-type': contentType }, body });
    expect([response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([status, code]);
    expect(queue.events).toEqual([]);
  });
});

describe("a browser's form navigation is answered with a page, not JSON", () => {
  const post = (headers: Record<string, string>, body: string) =>
    setup().app.request('/webhooks/forms/contact', { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body });

  it('a field sent twice (two inputs of one name) is refused with 422 naming it, as a JSON array is, not one of them kept; a name the form does not read may repeat', async () => {
    const { app, queue } = setup();
    const post = (contentType: string, body: string | Buffer) => app.request('/webhooks/forms/contact', { method: 'POST', headers: { origin: ORIGIN, 'content-type': contentType }, body });
    const urlencoded = await post('application/x-www-form-urlencoded', 'message=%E6%88%BF%E9%97%B4%E5%BE%88%E8%84%8F&message=%E7%A9%BA%E8%B0%83%E5%9D%8F%E4%BA%86&email=a%40example.com');
    const multipart = await post(`multipart/form-data; boundary=${BOUNDARY}`, chromeMultipart([field('message', '房间很脏'), field('email', 'a@example.com'), field('email', 'b@example.com')]));
    expect([urlencoded.status, await urlencoded.json()]).toEqual([422, { error: { code: 'invalid_submission', message: expect.stringMatching(/^message: .*array/) } }]);
    expect([multipart.status, await multipart.json()]).toEqual([422, { error: { code: 'invalid_submission', message: expect.stringMatching(/^email: .*array/) } }]);
    expect(queue.events).toEqual([]);
    const checkboxes = await post('application/x-www-form-urlencoded', 'message=%E6%88%BF%E9%97%B4%E5%BE%88%E8%84%8F&topic=room&topic=noise');
    expect(checkboxes.status).toBe(202);
    expect(queue.events.map((event) => event.text)).toEqual(['房间很脏']);
  });

  it('a message taken: 202 and a thank-you page with its reference', async () => {
    const response = await post(NAVIGATION, new URLSearchParams({ message: '房间很吵', email: 'a@example.com' }).toString());
    const html = await response.text();
    expect([response.status, response.headers.get('content-type')]).toEqual([202, 'text/html; charset=utf-8']);
    expect(html).toMatch(/<h1>Thank you: your message was received<\/h1>/);
    expect(html).toMatch(/Reference: fb_[0-9a-z]+/);
    expect(response.headers.get('vary')).toContain('Sec-Fetch-Mode');
    expect(response.headers.get('vary')).toContain('Accept-Language');
  });

  it('a refusal: its status, and a page saying why, with what the sender typed escaped', async () => {
    const refused = await post(NAVIGATION, new URLSearchParams({ message: '好', email: 'not an <b>address</b>' }).toString());
    const html = await refused.text();
    expect([refused.status, refused.headers.get('content-type')]).toEqual([422, 'text/html; charset=utf-8']);
    expect(html).toContain('<h1>Your message was not sent</h1>');
    expect(html).not.toContain('<b>');
    const otherSite = await setup().app.request('/webhooks/forms/contact', { method: 'POST', headers: { ...NAVIGATION, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'message=x' });
    expect([otherSite.status, otherSite.headers.get('content-type')]).toEqual([403, 'text/html; charset=utf-8']);
  });

  it("in the browser's language: Chinese for a browser that asks for it first, English otherwise", async () => {
    const chinese = { ...NAVIGATION, 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };
    const taken = await post(chinese, new URLSearchParams({ message: '房间很吵', email: 'a@example.com' }).toString());
    const html = await taken.text();
    expect(html).toContain('<html lang="zh">');
    expect(html).toContain('<h1>留言已收到，谢谢！</h1>');
    expect(html).toMatch(/编号：fb_[0-9a-z]+/);
    const refused = await (await post(chinese, new URLSearchParams({ message: '好', email: 'not an address' }).toString())).text();
    expect(refused).toContain('<h1>留言未能发送</h1>');
    expect(refused).toContain('<p>没有发送任何内容。请返回修改表单后重新发送。</p>');
    const english = await (await post({ ...NAVIGATION, 'accept-language': 'en-GB,zh;q=0.5' }, 'message=%E6%88%BF%E9%97%B4%E5%BE%88%E5%90%B5')).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<h1>Thank you: your message was received</h1>');
  });

  it('too many posts: the page asks the person to wait and send again, not to correct what they typed', async () => {
    const config = loadConfig({ FORMS_ALLOWED_ORIGINS: ORIGIN, RATE_LIMIT_PER_MINUTE: '2' });
    const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config, queue: new CapturingQueue(), clock: { now: () => new Date('2026-11-25T08:00:00.000Z') }, connInfo: oneClient });
    const navigate = () => app.request('/webhooks/forms/contact', { method: 'POST', headers: { ...NAVIGATION, 'content-type': 'application/x-www-form-urlencoded' }, body: 'message=房间很吵' });
    const statuses = [(await navigate()).status, (await navigate()).status];
    const limited = await navigate();
    const html = await limited.text();
    expect([...statuses, limited.status, limited.headers.get('content-type')]).toEqual([202, 202, 429, 'text/html; charset=utf-8']);
    expect(html).toContain('<p>Nothing was sent. Please go back and send it again in 60 seconds.</p>');
    expect(html).not.toContain('correct the form');
  });

  it('markup sent through every field that reaches the page is shown as text, and nothing sent reaches a header', async () => {
    const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const multipart = (parts: [string, Buffer | string][]) =>
      Buffer.concat([...parts.map(([name, value]) => Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), Buffer.from(value), Buffer.from('\r\n')])), Buffer.from(`--${BOUNDARY}--\r\n`)]);
    const navigate = (body: Buffer | string, contentType: string, headers: Record<string, string> = {}) =>
      setup().app.request('/webhooks/forms/contact', { method: 'POST', headers: { ...NAVIGATION, 'content-type': contentType, ...headers }, body });
    const refusals = [
      // a field's name, in the refusal of its value
      await navigate(multipart([[SCRIPT, Buffer.from([0xff])], ['message', 'x']]), `multipart/form-data; boundary=${BOUNDARY}`),
      // the page's charset label, from HTML's _charset_ field and from the Content-Type
      await navigate(multipart([['_charset_', '<script>x'], ['message', 'x']]), `multipart/form-data; boundary=${BOUNDARY}`),
      await navigate('message=x', 'application/x-www-form-urlencoded; charset="<script>"'),
      // the Origin header, in the 403
      await navigate('message=x', 'application/x-www-form-urlencoded', { origin: `https://evil.example/${SCRIPT}` }),
      // an Idempotency-Key and the field values zod names
      await navigate(new URLSearchParams({ message: 'x', email: SCRIPT, rating: SCRIPT }).toString(), 'application/x-www-form-urlencoded', { 'idempotency-key': SCRIPT.repeat(5) }),
    ];
    for (const response of refusals) {
      const html = await response.text();
      expect([response.status >= 400, response.headers.get('content-type')]).toEqual([true, 'text/html; charset=utf-8']);
      expect(html).not.toMatch(/<(script|img)\b/i);
      expect([...response.headers.values()].join('\n')).not.toMatch(/script|alert/i);
      // Should escaping ever miss, the page still runs nothing and loads nothing.
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    }
  });

  it('fetch, curl and scripts keep the JSON body (no navigation, or not asking for HTML)', async () => {
    const notNavigations: Record<string, string>[] = [{ origin: ORIGIN }, { origin: ORIGIN, accept: 'text/html' }, { origin: ORIGIN, 'sec-fetch-mode': 'navigate', accept: 'application/json' }];
    for (const headers of notNavigations) {
      const response = await post(headers, 'message=%E6%88%BF%E9%97%B4%E5%BE%88%E5%90%B5');
      expect([response.status, await response.json()]).toEqual([202, { id: expect.stringMatching(/^fb_/) }]);
    }
  });
});
