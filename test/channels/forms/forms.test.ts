import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../shared/config.ts';
import { LocalSignatureLedger } from '../../../shared/adapters/local/local-signature-ledger.ts';
import { createIngestApp } from '../../../shared/ingest/app.ts';
import { CapturingQueue } from '../../support/capturing-queue.ts';
import { oneClient } from '../../support/one-client.ts';

const NOW = new Date('2026-11-25T08:00:00.000Z');

function setup(env: Record<string, string> = {}) {
  const queue = new CapturingQueue();
  const config = loadConfig({ FORMS_ALLOWED_ORIGINS: 'https://shop.example.cn', MAX_BODY_BYTES: '4096', ...env });
  const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config, queue, clock: { now: () => NOW }, connInfo: oneClient });
  const post = (body: string, headers: Record<string, string> = {}, path = '/webhooks/forms/contact') =>
    app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { app, queue, post };
}

describe('web-form channel', () => {
  it.each([
    ['a NUL in the email', { email: 'x\u0000@example.com' }],
    ['a zero-width space in the email', { email: 'li\u200blei@example.com' }],
    ['a bidi override in the customerId', { customerId: 'crm\u202e42' }],
    ['a NUL in the customerId', { customerId: 'crm\u000042' }],
    ['a no-break space in the customerId', { customerId: 'crm\u00a042' }],
    ['a zero-width space in the phone', { phone: '138\u200b00138000' }],
  ])('refuses %s with 422 and queues nothing', async (_label, fields) => {
    const { queue, post } = setup();
    const response = await post(JSON.stringify({ message: '快递太慢', ...fields }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_submission');
    expect(queue.events).toEqual([]);
  });

  it('accepts JSON, answers 202 with the id, and queues a normalised event', async () => {
    const { queue, post } = setup();
    const response = await post(JSON.stringify({ message: ' 客服态度很差 ', name: '王芳', email: 'Wang.Fang@Example.COM', phone: '139 0013 9000', customerId: 'crm-42', rating: 2, nps: '3', orderId: 'A-1' }));
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect(queue.events).toEqual([
      {
        schemaVersion: 1,
        feedbackId: id,
        channel: 'web',
        source: 'forms',
        kind: 'message',
        receivedAt: NOW.toISOString(),
        identities: ['email:wang.fang@example.com', 'phone:+8613900139000', 'form:crm-42'],
        displayName: '王芳',
        text: '客服态度很差',
        rating: 2,
        nps: 3,
        metadata: { formId: 'contact', orderId: 'A-1' },
      },
    ]);
  });

  it('accepts application/x-www-form-urlencoded the same way', async () => {
    const { queue, post } = setup();
    const body = new URLSearchParams({ message: 'Delivery was late again', email: 'a@b.com', rating: '1' }).toString();
    const response = await post(body, { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' });
    expect(response.status).toBe(202);
    expect(queue.events[0]).toMatchObject({ text: 'Delivery was late again', identities: ['email:a@b.com'], rating: 1 });
  });

  it('gives a resubmission with the same Idempotency-Key or submissionId the same id', async () => {
    const { queue, post } = setup();
    const ids = [];
    for (let i = 0; i < 2; i += 1) ids.push(((await (await post(JSON.stringify({ message: 'hi', email: 'a@b.com' }), { 'idempotency-key': 'k-1' })).json()) as { id: string }).id);
    for (let i = 0; i < 2; i += 1) ids.push(((await (await post(JSON.stringify({ message: 'hi', email: 'a@b.com', submissionId: 's-1' }))).json()) as { id: string }).id);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
    expect(new Set(queue.events.map((e) => e.feedbackId)).size).toBe(2);
    const other = (await (await post(JSON.stringify({ message: 'hi' }), { 'idempotency-key': 'k-1' }, '/webhooks/forms/other')).json()) as { id: string };
    expect(other.id).not.toBe(ids[0]);
  });

  describe('a post without a key sent again', () => {
    const resend = async (now: Date, address: string, body: object) => {
      const queue = new CapturingQueue();
      const config = loadConfig({ MAX_BODY_BYTES: '4096' });
      const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config, queue, clock: { now: () => now }, connInfo: () => ({ remote: { address } }) });
      const response = await app.request('/webhooks/forms/contact', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
      return ((await response.json()) as { id: string }).id;
    };
    const first = new Date('2026-11-25T08:03:00.000Z');
    const message = { message: '快递三天还没到', phone: '13800138000' };

    it('by the same client within the window (a double click, a retry after a timeout) keeps one id', async () => {
      const ids = await Promise.all([resend(first, '198.51.100.7', message), resend(new Date(first.getTime() + 1_000), '198.51.100.7', message), resend(new Date(first.getTime() + 5 * 60_000), '198.51.100.7', message)]);
      expect(new Set(ids).size).toBe(1);
    });

    it('is another message from another client, with other words or files, or in a later window', async () => {
      const ids = await Promise.all([
        resend(first, '198.51.100.7', message),
        resend(first, '198.51.100.8', message),
        resend(first, '198.51.100.7', { ...message, message: '快递三天还没到！' }),
        resend(first, '198.51.100.7', { ...message, rating: 1 }),
        resend(new Date(first.getTime() + 10 * 60_000), '198.51.100.7', message),
      ]);
      expect(new Set(ids).size).toBe(5);
    });

    it('from two people behind one address (a NAT) is two messages when their browsers differ', async () => {
      const post = async (headers: Record<string, string>) => {
        const queue = new CapturingQueue();
        const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config: loadConfig({}), queue, clock: { now: () => first }, connInfo: () => ({ remote: { address: '198.51.100.7' } }) });
        const response = await app.request('/webhooks/forms/contact', { method: 'POST', body: JSON.stringify({ message: '太慢了' }), headers: { 'content-type': 'application/json', ...headers } });
        return ((await response.json()) as { id: string }).id;
      };
      const iphone = { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Mobile/15E148 MicroMessenger/8.0.50', 'accept-language': 'zh-CN,zh-Hans;q=0.9' };
      const android = { 'user-agent': 'Mozilla/5.0 (Linux; Android 14; V2309A) Chrome/120.0 Mobile Safari/537.36', 'accept-language': 'zh-CN,zh;q=0.9' };
      const [first1, first2, other, otherLanguage] = await Promise.all([post(iphone), post(iphone), post(android), post({ ...iphone, 'accept-language': 'en-US' })]);
      expect(first2).toBe(first1);
      expect(new Set([first1, other, otherLanguage]).size).toBe(3);
    });

    it('is another message on another form', async () => {
      const { post } = setup();
      const ids = await Promise.all(['/webhooks/forms/contact', '/webhooks/forms/other'].map(async (path) => ((await (await post(JSON.stringify(message), {}, path)).json()) as { id: string }).id));
      expect(ids[0]).not.toBe(ids[1]);
    });
  });

  it('gives anonymous feedback a customer of its own', async () => {
    const { queue, post } = setup();
    const { id } = (await (await post(JSON.stringify({ message: '建议增加夜间配送' }))).json()) as { id: string };
    expect(queue.events[0]?.identities).toEqual([`form:anonymous-${id}`]);
  });

  it('answers a filled honeypot like a person but queues nothing', async () => {
    const { queue, post } = setup();
    const response = await post(JSON.stringify({ message: 'cheap pills', website: 'http://spam.example' }));
    expect(response.status).toBe(202);
    expect(queue.events).toEqual([]);
  });

  it.each([
    ['an empty message', JSON.stringify({ message: '   ' }), {}, 422, 'invalid_submission'],
    ['a bad email', JSON.stringify({ message: 'x', email: 'not-an-email' }), {}, 422, 'invalid_submission'],
    ['a bad phone', JSON.stringify({ message: 'x', phone: '12' }), {}, 422, 'invalid_submission'],
    // Digits of a phone's length that no numbering plan has (a placeholder, a number a digit short or long, a Hong Kong or US number without its +): two people typing one would be one customer.
    ...['12345678901', '1380013800', '138001380001', '85251234567', '1 415 555 2671'].map((phone): [string, string, Record<string, string>, number, string] => [`a phone no plan has (${phone})`, JSON.stringify({ message: 'x', phone }), {}, 422, 'invalid_submission']),
    ['a rating out of range', JSON.stringify({ message: 'x', rating: 6 }), {}, 422, 'invalid_submission'],
    ['a fractional NPS', JSON.stringify({ message: 'x', nps: 7.5 }), {}, 422, 'invalid_submission'],
    ['a rating written in hexadecimal', JSON.stringify({ message: 'x', rating: '0x5' }), {}, 422, 'invalid_submission'],
    ['a rating in exponent notation', 'message=x&rating=1e0', { 'content-type': 'application/x-www-form-urlencoded' }, 422, 'invalid_submission'],
    ['an NPS of Infinity', JSON.stringify({ message: 'x', nps: 'Infinity' }), {}, 422, 'invalid_submission'],
    ['malformed JSON', '{"message":', {}, 400, 'invalid_json'],
    ['a JSON array', '[1,2]', {}, 400, 'invalid_json'],
    ['text/plain', 'hello', { 'content-type': 'text/plain' }, 415, 'unsupported_media_type'],
    ['an oversized body', JSON.stringify({ message: '很'.repeat(5000) }), {}, 413, 'payload_too_large'],
    ['a foreign origin', JSON.stringify({ message: 'x' }), { origin: 'https://evil.example' }, 403, 'origin_not_allowed'],
  ])('rejects %s with a JSON error and queues nothing', async (_case, body, headers, status, code) => {
    const { queue, post } = setup();
    const response = await post(body, headers as Record<string, string>);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
    expect(queue.events).toEqual([]);
  });

  it('refuses a JSON field sent twice with 422 naming it, as a urlencoded or multipart one (JSON.parse kept the last and dropped the other); a name the form does not read may repeat', async () => {
    const { queue, post } = setup();
    for (const [body, field] of [
      ['{"message":"房间很脏","message":"空调坏了"}', 'message'],
      ['{"message":"房间很脏","email":"a@example.com","\\u0065mail":"b@example.com"}', 'email'],
    ] as const) {
      const response = await post(body);
      expect([response.status, await response.json()], body).toEqual([422, { error: { code: 'invalid_submission', message: expect.stringMatching(new RegExp(`^${field}: .*array`)) } }]);
    }
    expect(queue.events).toEqual([]);
    const nested = await post('{"message":"房间很脏","extra":{"a":1,"a":2},"topic":"room","topic":"noise"}');
    expect(nested.status).toBe(202);
    expect(queue.events.map((event) => event.text)).toEqual(['房间很脏']);
  });

  it('rejects bytes that are not UTF-8', async () => {
    const { app, queue } = setup();
    const response = await app.request('/webhooks/forms/contact', { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_encoding');
    expect(queue.events).toEqual([]);
  });

  it('answers CORS preflight only for configured origins', async () => {
    const { app } = setup();
    const preflight = (origin: string) =>
      app.request('/webhooks/forms/contact', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('https://shop.example.cn')).headers.get('access-control-allow-origin')).toBe('https://shop.example.cn');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits one client to RATE_LIMIT_PER_MINUTE posts', async () => {
    const { queue, post } = setup({ RATE_LIMIT_PER_MINUTE: '3' });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await post(JSON.stringify({ message: `m${i}` }))).status);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    expect(queue.events).toHaveLength(3);
  });

  it('rejects unknown form ids and unknown webhook paths', async () => {
    const { post } = setup();
    expect((await post(JSON.stringify({ message: 'x' }), {}, '/webhooks/forms/bad%20id')).status).toBe(404);
    expect((await post(JSON.stringify({ message: 'x' }), {}, '/webhooks/nowhere')).status).toBe(404);
  });

  it('answers 503 and no id when the queue is down, so the sender retries', async () => {
    const config = loadConfig({});
    const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config, queue: { send: async () => Promise.reject(new Error('SQS down')) }, clock: { now: () => NOW }, connInfo: oneClient });
    const response = await app.request('/webhooks/forms/contact', { method: 'POST', body: JSON.stringify({ message: 'x' }), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unavailable');
  });
});
