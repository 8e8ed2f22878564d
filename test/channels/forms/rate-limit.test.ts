import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { getConnInfo as nodeConnInfo } from '@hono/node-server/conninfo';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { getConnInfo as lambdaConnInfo, handle } from 'hono/aws-lambda';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../shared/config.ts';
import { LocalSignatureLedger } from '../../../shared/adapters/local/local-signature-ledger.ts';
import { createIngestApp } from '../../../shared/ingest/app.ts';
import { CapturingQueue } from '../../support/capturing-queue.ts';
import { httpEvent } from '../../support/http-event.ts';

const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '2' });
const clock = { now: () => new Date('2026-11-25T08:00:00.000Z') };
const BODY = JSON.stringify({ message: '快递太慢了' });

describe('web-form rate limit, per client address as each runtime reports it', () => {
  it("Lambda: counts by API Gateway's source IP", async () => {
    const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config, queue: new CapturingQueue(), clock, connInfo: lambdaConnInfo });
    const handler = handle(app) as (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2 & { statusCode: number; body: string }>;
    const post = (ip: string) => handler(httpEvent('POST', '/webhooks/forms/contact', BODY, { 'content-type': 'application/json' }, { sourceIp: ip }), {} as Context);
    expect((await post('203.0.113.9')).statusCode).toBe(202);
    expect((await post('203.0.113.9')).statusCode).toBe(202);
    const limited = await post('203.0.113.9');
    expect(limited.statusCode).toBe(429);
    expect(JSON.parse(limited.body)).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    expect((await post('198.51.100.7')).statusCode).toBe(202);
  });

  it("local: counts by the socket's peer address", async () => {
    const queue = new CapturingQueue();
    const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config, queue, clock, connInfo: nodeConnInfo });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    try {
      if (!server.listening) await new Promise<void>((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      const post = () => fetch(`http://127.0.0.1:${port}/webhooks/forms/contact`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
      expect([(await post()).status, (await post()).status, (await post()).status]).toEqual([202, 202, 429]);
      expect(queue.events).toHaveLength(2);
    } finally {
      server.close();
    }
  });

  it('a runtime that cannot say who is calling (app.request in-process) counts the callers together, without a 5xx', async () => {
    const queue = new CapturingQueue();
    const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config, queue, clock, connInfo: nodeConnInfo });
    const post = () => app.request('/webhooks/forms/contact', { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
    expect([(await post()).status, (await post()).status, (await post()).status]).toEqual([202, 202, 429]);
    expect(queue.events).toHaveLength(2);
  });
});
