/**
 * The HTTP handlers (functions/api.ts, functions/ingest.ts) with event shapes API Gateway's HTTP
 * API can send beyond the plain one: bodies on GET, base64 bodies, cookies, repeated headers,
 * encoded slashes. Every answer is JSON the client can read, as in local mode, and no 5xx.
 */
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEmulatedAws } from '../support/emulated-aws.ts';
import { httpEvent } from '../support/http-event.ts';
import { AUTH_TOKEN, fixture, signedRequest } from '../channels/twilio-sms/twilio-support.ts';

type Answer = { statusCode: number; body: string; headers?: Record<string, string> };
type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<Answer>;

const context = { functionName: 'test', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const authorised = { authorization: 'Bearer lambda-events-key' };
let api: HttpHandler;
let ingest: HttpHandler;
let web: HttpHandler;

beforeAll(async () => {
  await useEmulatedAws({
    FEEDBACK_API_KEYS: 'lambda-events-key',
    LOG_LEVEL: 'ERROR',
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  });
  ({ handler: api } = (await import('../../functions/api.ts')) as unknown as { handler: HttpHandler });
  ({ handler: ingest } = (await import('../../functions/ingest.ts')) as unknown as { handler: HttpHandler });
  ({ handler: web } = (await import('../../functions/web.ts')) as unknown as { handler: HttpHandler });
});

function expectJsonError(answer: Answer, status: number, code: string): void {
  expect(answer.statusCode).toBe(status);
  expect(JSON.parse(answer.body)).toEqual({ error: { code, message: expect.any(String) } });
}

describe('HTTP API events the Lambda handlers get', () => {
  it("answers what the HTTP API's catch-all route brings the web function as the local server does: JSON 404, 405 with Allow", async () => {
    expectJsonError(await web(httpEvent('GET', '/nothing/here'), context), 404, 'not_found');
    expectJsonError(await web(httpEvent('GET', '/v1'), context), 404, 'not_found');
    const post = await web(httpEvent('POST', '/console', 'x'), context);
    expectJsonError(post, 405, 'method_not_allowed');
    expect(post.headers?.['allow'] ?? post.headers?.['Allow']).toBe('GET, HEAD');
    expectJsonError(await api(httpEvent('POST', '/healthz', 'x'), context), 405, 'method_not_allowed');
  });

  it('answers a GET or HEAD that carries a body as the local server does, ignoring the body (it got a plain-text 400 "Invalid request")', async () => {
    const lookup = httpEvent('GET', '/v1/customers', '{"ignored":true}', authorised, { query: 'identity=email:nobody@example.com' });
    expectJsonError(await api(lookup, context), 404, 'not_found');
    expectJsonError(await api({ ...lookup, body: Buffer.from('x').toString('base64'), isBase64Encoded: true }, context), 404, 'not_found');
    expect((await api(httpEvent('HEAD', '/openapi.json', 'x'), context)).statusCode).toBe(200);
    expectJsonError(await ingest(httpEvent('GET', '/webhooks/forms/contact', 'x'), context), 405, 'method_not_allowed');
  });

  it('answers HEAD with the headers of its GET, Content-Length of the body the GET sends included (RFC 9110 §9.3.2)', async () => {
    for (const [handler, path, headers, query] of [
      [api, '/openapi.json', {}, ''],
      [api, '/healthz', {}, ''],
      [api, '/v1/me', authorised, ''],
      [api, '/v1/customers', authorised, 'identity=email:nobody@example.com'],
      [ingest, '/webhooks/wechat', {}, ''],
    ] as const) {
      const get = await handler(httpEvent('GET', path, undefined, headers, { query }), context);
      const head = await handler(httpEvent('HEAD', path, undefined, headers, { query }), context);
      expect([head.statusCode, head.body]).toEqual([get.statusCode, '']);
      expect(head.headers).toEqual({ ...get.headers, 'content-length': String(Buffer.byteLength(get.body)) });
    }
  });

  it('refuses a body marked base64 that is not, in JSON (it got a plain-text 500), and reads one that is', async () => {
    const form = JSON.stringify({ message: '快递三天还没到，客服也不回复', email: 'b64@example.com' });
    const post = (body: string) => ingest({ ...httpEvent('POST', '/webhooks/forms/contact', body, { 'content-type': 'application/json' }), isBase64Encoded: true }, context);
    expectJsonError(await post('%%% not base64 %%%'), 400, 'invalid_request');
    const accepted = await post(Buffer.from(form).toString('base64'));
    expect(accepted.statusCode).toBe(202);
  });

  it('a multipart form post as the HTTP API hands it (base64), with a photo larger than MAX_BODY_BYTES and near what Lambda takes: 202, the photo listed (a 3.4 MB one overflowed the stack checking its base64)', async () => {
    const form = new FormData();
    form.set('message', '收到的杯子是碎的，照片见附件');
    form.set('email', 'lambda-photo@example.com');
    form.set('photo', new File([new Uint8Array(4_200_000)], 'broken-cup.jpg', { type: 'image/jpeg' }));
    const request = new Request('http://x/', { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer()).toString('base64');
    const answer = await ingest({ ...httpEvent('POST', '/webhooks/forms/contact', body, { 'content-type': request.headers.get('content-type') ?? '' }), isBase64Encoded: true }, context);
    expect([answer.statusCode, JSON.parse(answer.body)]).toEqual([202, { id: expect.stringMatching(/^fb_/) }]);
  });

  it('reads cookies, repeated headers joined by commas, huge headers and encoded slashes without a 5xx', async () => {
    const lookup = (headers: Record<string, string>, extra: Partial<APIGatewayProxyEventV2> = {}) =>
      api({ ...httpEvent('GET', '/v1/customers', undefined, headers, { query: 'identity=email:nobody@example.com' }), ...extra }, context);
    expectJsonError(await lookup(authorised, { cookies: ['a=b', 'session=x; Path=/'] }), 404, 'not_found');
    expectJsonError(await lookup({ authorization: 'Bearer lambda-events-key,Bearer other' }), 401, 'unauthorized');
    expectJsonError(await lookup({ ...authorised, 'x-padding': 'a'.repeat(10_000) }), 404, 'not_found');
    expectJsonError(await api(httpEvent('GET', '/v1/customers/cus_a%2F..%2Fb/timeline', undefined, authorised), context), 400, 'invalid_request');
    expectJsonError(await api(httpEvent('GET', '/v1/customers/%E0%A4%A/timeline', undefined, authorised), context), 400, 'invalid_encoding');
  });

  it('refuses a path whose percent-escapes are not UTF-8 with 400 invalid_encoding, as the local server does (HTTP API passes rawPath as sent)', async () => {
    expectJsonError(await api(httpEvent('GET', '/v1/customers/%FF%FE/timeline', undefined, authorised), context), 400, 'invalid_encoding');
    expectJsonError(await api(httpEvent('DELETE', '/v1/customers/cus_00000000000000000000000000/identities/email%3A%FF%40example.com', undefined, authorised), context), 400, 'invalid_encoding');
    expectJsonError(await ingest(httpEvent('POST', '/webhooks/forms/%C0%AF', '{"message":"房间很脏"}', { 'content-type': 'application/json' }), context), 400, 'invalid_encoding');
  });

  it('answers a header value no Fetch Request can hold (a NUL, a line break) in JSON, as the local server does (it got a plain-text 400 "Invalid request")', async () => {
    const body = JSON.stringify({ message: '房间很脏' });
    for (const odd of ['a\u0000b', 'a\r\nx-injected: 1']) {
      expectJsonError(await ingest(httpEvent('POST', '/webhooks/forms/contact', body, { 'content-type': 'application/json', 'x-odd': odd }), context), 400, 'malformed_request');
      expectJsonError(await api(httpEvent('GET', '/v1/customers', undefined, { ...authorised, 'x-odd': odd }, { query: 'identity=email:nobody@example.com' }), context), 400, 'malformed_request');
    }
    expectJsonError(await api({ ...httpEvent('GET', '/v1/customers', undefined, authorised, { query: 'identity=email:nobody@example.com' }), cookies: ['a=\u0000'] }, context), 400, 'malformed_request');
    expect((await ingest(httpEvent('POST', '/webhooks/forms/contact', body, { 'content-type': 'application/json', 'user-agent': '微信 浏览器' }), context)).statusCode).toBe(202);
  });

  it('answers an event that names no HTTP method, or one HTTP cannot spell, in JSON (the adapter answered a plain-text 400)', async () => {
    const event = httpEvent('POST', '/webhooks/forms/contact', '{}', { 'content-type': 'application/json' });
    const { http: _, ...contextWithoutHttp } = event.requestContext;
    for (const malformed of [{ ...event, requestContext: contextWithoutHttp }, { ...event, requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method: 'FOO BAR' } } }, { ...event, requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method: '' } } }]) {
      expectJsonError(await ingest(malformed as never, context), 400, 'malformed_request');
      expectJsonError(await api(malformed as never, context), 400, 'malformed_request');
    }
  });

  it("checks Twilio's signature over rawPath and rawQueryString as sent: the URL standard writes a query's ' \" < > again as escapes, so a URL holding one got 401 bad_signature", async () => {
    const body = fixture('inbound-sms.form');
    for (const query of ["tenant=o'brien", 'note="vip"&tag=<new>']) {
      const { headers } = signedRequest(body, { url: `https://api.example.com/webhooks/sms/twilio?${query}` });
      const answer = await ingest(httpEvent('POST', '/webhooks/sms/twilio', body, Object.fromEntries(headers), { query }), context);
      expect(answer.statusCode).toBe(200);
    }
    const signedElsewhere = signedRequest(body, { url: 'https://api.example.com/webhooks/sms/twilio?tenant=obrien' }).headers;
    expectJsonError(await ingest(httpEvent('POST', '/webhooks/sms/twilio', body, Object.fromEntries(signedElsewhere), { query: "tenant=o'brien" }), context), 401, 'bad_signature');
  });
});
