import type { Server } from 'node:http';
import { connect } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payloadTooLarge } from '../../shared/http/errors.ts';
import { closeConnectionsLingering } from '../../shared/http/lingering-close.ts';

// The local server's setup (cli/serve.ts): @hono/node-server, a body limit answering 413 with
// Connection: close, and the lingering close.
let server: Server;
let port: number;

beforeAll(async () => {
  const app = new Hono();
  app.post('/upload', bodyLimit({ maxSize: 64 * 1024, onError: (c) => payloadTooLarge(c, 64 * 1024) }), (c) => c.json({ ok: true }));
  server = serve({ fetch: app.fetch, port: 0 }) as Server;
  closeConnectionsLingering(server);
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const openConnections = () => new Promise<number>((resolve) => server.getConnections((_, count) => resolve(count)));

/** Declares 20 MB, sends 256 KB, reads the 413 and closes, as a client that gives up does. */
function refusedUpload(): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: ${20 * 1024 * 1024}\r\n\r\n`);
      socket.write(Buffer.alloc(256 * 1024, 120));
    });
    socket.once('data', (answer) => {
      socket.destroy();
      resolve(answer.toString('latin1').split('\r\n')[0] ?? '');
    });
    socket.on('error', reject);
  });
}

/** Writes the request and its whole body while reading nothing, then reads the answer to its end. */
function uploadWholeThenRead(bodyBytes: number): Promise<{ statusLine: string; error: string | undefined }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: string | undefined;
    const socket = connect(port, '127.0.0.1', () => {
      socket.pause();
      socket.write(`POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${bodyBytes}\r\n\r\n`);
      socket.end(Buffer.alloc(bodyBytes, 120), () => setTimeout(() => socket.resume(), 300));
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (failure: NodeJS.ErrnoException) => (error = String(failure.code ?? failure.message)));
    socket.on('close', () => resolve({ statusLine: Buffer.concat(chunks).toString('latin1').split('\r\n')[0] ?? '', error }));
  });
}

describe('the lingering close', () => {
  it('a client that sends its whole upload before reading reads its 413: the refused body is read to the end, never answered with a reset', async () => {
    const socketErrors: string[] = [];
    const onClientError = (error: NodeJS.ErrnoException) => socketErrors.push(String(error.code ?? error.message));
    server.on('clientError', onClientError);
    try {
      for (let i = 0; i < 5; i++) expect(await uploadWholeThenRead(2 * 1024 * 1024)).toEqual({ statusLine: 'HTTP/1.1 413 Payload Too Large', error: undefined });
    } finally {
      server.off('clientError', onClientError);
    }
    // Reading was started twice on the handle (EALREADY): Node destroyed the socket with an error,
    // and a client still writing, or not yet reading, got ECONNRESET in place of its answer.
    expect(socketErrors).toEqual([]);
  });

  it("releases a refused upload's connection as soon as its client closes, not after the linger bound", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 50; i++) answers.push(await refusedUpload());
    expect(new Set(answers)).toEqual(new Set(['HTTP/1.1 413 Payload Too Large']));
    // Held for the whole 5 s before (reading had stopped under the unread body, so the
    // client's close never came): 50 connections and their buffers.
    const deadline = Date.now() + 2_000;
    while ((await openConnections()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await openConnections()).toBe(0);
  });
});
