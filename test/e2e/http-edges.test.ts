import { serve } from '@hono/node-server';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../shared/config.ts';
import { createLocalRuntime } from '../../shared/runtime/local.ts';

const runtime = createLocalRuntime(loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'abort-')), LOG_LEVEL: 'INFO' }));
const server = serve({ fetch: runtime.app.fetch, port: 0, hostname: '127.0.0.1' });
afterAll(async () => {
  server.close();
  await runtime.stop();
});

/** Sends the headers and part of the body, then hangs up, as a client cancelling an upload. */
function abandonUpload(path: string, method = 'POST'): Promise<void> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`${method} ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{"message":"`);
      setTimeout(() => {
        socket.destroy();
        setTimeout(resolve, 150);
      }, 50);
    });
  });
}

describe('a client that abandons its upload', () => {
  it('is logged at info, not as an error, and nothing is queued', async () => {
    if (!server.listening) await new Promise<void>((resolve) => server.once('listening', resolve));
    const error = vi.spyOn(runtime.logger, 'error');
    const info = vi.spyOn(runtime.logger, 'info');
    for (let i = 0; i < 3; i += 1) await abandonUpload('/webhooks/forms/contact');
    await abandonUpload('/v1/feedback/fb_00000000000000000000000000', 'PATCH');
    expect(error).not.toHaveBeenCalled();
    expect(info.mock.calls.filter(([message]) => String(message).includes('closed the connection'))).toHaveLength(3);
    expect(runtime.queue.depth).toBe(0);
  });
});

describe('methods no route takes, over real HTTP', () => {
  it.each(['TRACE', 'PUT', 'DELETE'])('%s on a real route answers 405 with the JSON error body', async (method) => {
    if (!server.listening) await new Promise<void>((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const call = request({ host: '127.0.0.1', port, method, path: '/webhooks/forms/contact' }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      call.on('error', reject);
      call.end();
    });
    expect(status).toBe(405);
    expect(JSON.parse(body)).toEqual({ error: { code: 'method_not_allowed', message: expect.any(String) } });
  });
});
