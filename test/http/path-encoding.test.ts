import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer } from '../support/local-server.ts';

// A path segment whose percent-escapes are not UTF-8 is a request the server cannot read: Hono
// keeps such a segment as it came, so `%FF%FE` reached the routes as text and was judged as a
// value (422 invalid_identity), or as a form id or file name that does not exist (404).
const API_KEY = 'path-encoding-key';
const CUSTOMER = 'cus_00000000000000000000000000';
let base: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ base, stop } = await startLocalServer('path-encoding', API_KEY));
});
afterAll(() => stop());

async function send(method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const NOT_UTF8 = ['%FF%FE', '%C0%AF', '%E4%B8', '%ED%A0%80'];

describe('a path whose percent-escapes are not UTF-8, over the real node server', () => {
  it.each(
    NOT_UTF8.flatMap((bad) => [
      ['GET', `/v1/customers/${bad}`],
      ['GET', `/v1/customers/${bad}/timeline`],
      ['GET', `/v1/customers/${bad}/export`],
      ['DELETE', `/v1/customers/${bad}`],
      ['POST', `/v1/customers/${bad}/identities`, { identity: 'email:a@example.com' }],
      ['DELETE', `/v1/customers/${CUSTOMER}/identities/${bad}`],
      ['DELETE', `/v1/customers/${CUSTOMER}/identities/email%3A${bad}%40example.com`],
      ['POST', `/v1/customers/${bad}/merge`, { customerId: CUSTOMER }],
      ['GET', `/v1/feedback/${bad}`],
      ['PATCH', `/v1/feedback/${bad}`, { status: 'resolved' }],
      ['GET', `/v1/merges/${bad}`],
      ['POST', `/v1/merges/${bad}/undo`],
      ['POST', `/v1/merge-suggestions/${bad}/accept`],
      ['POST', `/v1/merge-suggestions/${bad}/dismiss`],
      ['POST', `/webhooks/forms/${bad}`, { message: '房间很脏' }],
      ['GET', `/console/${bad}.js`],
      ['GET', `/docs/${bad}.js`],
    ] as [string, string, unknown?][]),
  )('%s %s is 400 invalid_encoding', async (method, path, body) => {
    expect(await send(method, path, body)).toEqual({ status: 400, body: { error: { code: 'invalid_encoding', message: expect.stringContaining('path') } } });
  });

  it('keeps reading escapes that are UTF-8, and a % that starts none', async () => {
    expect((await send('DELETE', `/v1/customers/${CUSTOMER}/identities/email%3Ali%40example.com`)).status).toBe(404);
    expect((await send('GET', `/v1/customers/%E5%AE%A2`)).body).toMatchObject({ error: { code: 'invalid_request' } });
    expect((await send('GET', `/v1/customers/100%`)).body).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('still asks for a key first on /v1, as a query that is not UTF-8 does', async () => {
    const response = await fetch(`${base}/v1/customers/%FF%FE`);
    expect(response.status).toBe(401);
  });
});
