import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../shared/config.ts';
import { createLocalHttpServer } from '../../../shared/http/client-errors.ts';
import { createLocalRuntime } from '../../../shared/runtime/local.ts';
import { AUTH_TOKEN, fixture, signedRequest } from './twilio-support.ts';

/**
 * Twilio signs the webhook URL exactly as it was configured. The URL standard writes a query's
 * `'`, `"`, `<` and `>` again as escapes, so a URL that holds one was refused (401 bad_signature)
 * when its signature was checked against the URL as parsed. The Lambda event path is in
 * test/e2e/lambda-http-events.test.ts.
 */
const PUBLIC_BASE_URL = 'https://feedback.example.com';
const QUERIES = ["tenant=o'brien", 'note="vip"', 'tag=<new>', "tenant=o'brien&note=\"a%20b\"&tag=<x>", 'plain=unchanged{}|`'];

let directory: string;
let server: Server;
let stopRuntime: () => Promise<void>;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'twilio-target-'));
  const runtime = createLocalRuntime(loadConfig({ DATA_DIR: directory, LOG_LEVEL: 'ERROR', FEEDBACK_API_KEYS: 'twilio-target-key', TWILIO_AUTH_TOKEN: AUTH_TOKEN, PUBLIC_BASE_URL }));
  stopRuntime = () => runtime.stop();
  server = createLocalHttpServer(runtime.app.fetch, { requestIdleTimeoutMs: 30_000 });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await stopRuntime();
  rmSync(directory, { recursive: true, force: true });
});

/** Sends the target as written: fetch would escape it first, as the server's URL parser does. */
async function postRaw(target: string, signed: Request): Promise<number> {
  const body = Buffer.from(await signed.arrayBuffer());
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: target, headers: Object.fromEntries(signed.headers) }, (answer) => {
      answer.resume();
      answer.on('end', () => resolve(answer.statusCode ?? 0));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('Twilio signature over a webhook URL as configured, through the local server', () => {
  it.each(QUERIES.map((query) => [query]))('accepts a message signed over …/webhooks/sms/twilio?%s', async (query) => {
    const target = `/webhooks/sms/twilio?${query}`;
    expect(await postRaw(target, signedRequest(fixture('inbound-sms.form'), { url: `${PUBLIC_BASE_URL}${target}` }))).toBe(200);
  });

  it('reads an absolute-form target (as a proxy sends one) so too', async () => {
    const { port } = server.address() as AddressInfo;
    const target = "/webhooks/sms/twilio?tenant=o'brien";
    expect(await postRaw(`http://127.0.0.1:${port}${target}`, signedRequest(fixture('inbound-sms.form'), { url: `${PUBLIC_BASE_URL}${target}` }))).toBe(200);
  });

  it('still refuses a signature over another query', async () => {
    const signed = signedRequest(fixture('inbound-sms.form'), { url: `${PUBLIC_BASE_URL}/webhooks/sms/twilio?tenant=obrien` });
    expect(await postRaw("/webhooks/sms/twilio?tenant=o'brien", signed)).toBe(401);
  });
});
