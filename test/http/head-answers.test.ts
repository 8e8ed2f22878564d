import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer } from '../support/local-server.ts';

// The local server as cli/serve.ts runs it: @hono/node-server, whose own Response class is what
// lost the middleware's headers on HEAD.
const API_KEY = 'head-answers-key';
let base: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ base, stop } = await startLocalServer('head-answers', API_KEY));
});
afterAll(() => stop());

/**
 * Set per message, so not the GET's to repeat. Content-Length is (RFC 9110 §9.3.2): a HEAD carries
 * the length of the body its GET sends, whether the GET framed it by length or in chunks.
 */
const PER_MESSAGE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

async function answer(method: 'GET' | 'HEAD', path: string) {
  const response = await fetch(`${base}${path}`, { method, redirect: 'manual', headers: { authorization: `Bearer ${API_KEY}`, 'accept-encoding': 'br' } });
  // fetch decodes br, but a compressed file's GET carries its Content-Length: only a chunked one is counted.
  const bodyBytes = (await response.arrayBuffer()).byteLength;
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !PER_MESSAGE.has(name)));
  if (method === 'GET') headers['content-length'] ??= String(bodyBytes);
  return { status: response.status, headers };
}

describe('HEAD over the real node server', () => {
  it.each([
    '/healthz',
    '/openapi.json',
    '/v1/customers?identity=email:nobody@example.com',
    '/v1/customers?identity=not-an-identity',
    '/v1/me',
    '/v1/feedback?status=open',
    '/v1/customers/cus_00000000000000000000000000/timeline',
    '/v1/merge-suggestions',
    '/v1/no-such-route',
    '/webhooks/wechat',
    '/webhooks/forms/contact',
    '/console',
    '/console/app.js',
    '/console/app.css',
    '/docs',
    '/docs/swagger-ui-bundle.js',
    '/',
    '/no-such-page',
  ])('%s answers HEAD with the status and every header of its GET, Content-Length included', async (path) => {
    const get = await answer('GET', path);
    const head = await answer('HEAD', path);
    expect(get.headers['x-content-type-options']).toBe('nosniff');
    expect(head).toEqual(get);
  });
});
