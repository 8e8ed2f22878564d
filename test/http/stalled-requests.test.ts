import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe } from '../support/serve-process.ts';

// `./bin/feedback serve` with a one-second REQUEST_IDLE_TIMEOUT_SECONDS. A client that stops
// sending in the middle of its request held the connection (and the handler waiting for the body)
// until Node's requestTimeout, 300 s, checked every 30 s, before its 408.
const IDLE_SECONDS = 1;
let directory: string;
let server: Awaited<ReturnType<typeof startServe>>;
let port: number;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'stalled-requests-'));
  server = await startServe({ DATA_DIR: directory, FEEDBACK_API_KEYS: 'stalled-key', REQUEST_IDLE_TIMEOUT_SECONDS: String(IDLE_SECONDS) });
  port = Number(new URL(server.base).port);
}, 60_000);
afterAll(async () => {
  await server.stop();
  rmSync(directory, { recursive: true, force: true });
});

/** Sends `parts` with `pauseMs` between them, then waits: what the server sent, when, and whether it closed. */
async function converse(parts: string[], pauseMs = 0): Promise<{ answer: string; afterMs: number; closed: boolean }> {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  const started = Date.now();
  let answer = '';
  let closed = false;
  socket.on('data', (chunk) => (answer += chunk.toString()));
  socket.on('error', () => {});
  const ended = new Promise<void>((resolve) => socket.once('close', () => ((closed = true), resolve())));
  for (const part of parts) {
    socket.write(part);
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000 + 3_000))]);
  socket.destroy();
  return { answer, afterMs: Date.now() - started, closed };
}

const post = (length: number) => `POST /webhooks/forms/contact HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;
const FORM = JSON.stringify({ message: '房间很脏，空调也坏了', email: 'stalled@example.com' });

function expect408(answer: string): void {
  const [head, body] = answer.split('\r\n\r\n');
  expect(head).toMatch(/^HTTP\/1\.1 408 /);
  expect(head).toMatch(/\r\nconnection: close/i);
  expect(head).toMatch(/\r\nx-content-type-options: nosniff/i);
  expect(JSON.parse(body!)).toEqual({ error: { code: 'request_timeout', message: expect.any(String) } });
}

describe('a client that stops sending its request', () => {
  it('gets 408 request_timeout in JSON once its body has paused for the idle timeout, and the connection closes', async () => {
    const { answer, afterMs, closed } = await converse([post(Buffer.byteLength(FORM) + 50), FORM]);
    expect408(answer);
    expect(closed).toBe(true);
    expect(afterMs).toBeGreaterThanOrEqual(IDLE_SECONDS * 1000 - 50);
    expect(afterMs).toBeLessThan(IDLE_SECONDS * 1000 + 1_500);
  }, 15_000);

  it('gets the same when its headers stop half-way', async () => {
    const { answer, closed } = await converse(['POST /webhooks/forms/contact HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty']);
    expect408(answer);
    expect(closed).toBe(true);
  }, 15_000);

  it('on the API too, after the key was checked', async () => {
    const body = '{"status":"resolved"}';
    const head = `PATCH /v1/feedback/fb_00000000000000000000000000 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer stalled-key\r\nContent-Type: application/json\r\nContent-Length: ${body.length + 10}\r\n\r\n`;
    const { answer, closed } = await converse([head, body]);
    expect408(answer);
    expect(closed).toBe(true);
  }, 15_000);

  it('while a slow client that keeps sending, pausing less than the timeout each time, is read to the end', async () => {
    const bytes = Buffer.from(FORM);
    const pieces = [post(bytes.length), ...[0, 1, 2, 3].map((i) => bytes.subarray((i * bytes.length) / 4, ((i + 1) * bytes.length) / 4).toString('latin1'))];
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    for (const piece of pieces) {
      socket.write(Buffer.from(piece, 'latin1'));
      await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 600));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 202 /);
  }, 15_000);

  it('and a keep-alive connection left idle between requests is closed quietly, with no 408', async () => {
    const get = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
    const { answer } = await converse([get]);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).not.toMatch(/408/);
  }, 15_000);

  it('leaves nothing in the log: the handler that waited for the body answers into the closed connection quietly', () => {
    expect(server.output()).not.toMatch(/error|ERR_/i);
  });
});
