import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to a request: pass it on; drop the connection before it reaches the service;
 * answer 503 for the service; pass it on and lose the answer; or never answer.
 */
export type ProxyFault = 'pass' | 'reset' | 'unavailable' | 'answer lost' | 'hang';

/**
 * An HTTP proxy in front of an emulator whose behaviour a test switches: what a service that is
 * down, or one that takes a request and never answers, looks like to the SDK client of a handler
 * that builds its own client from the environment.
 */
export async function faultyProxy(target: string, rewriteBody: (body: string) => string = (body) => body) {
  let faults: ProxyFault[] = ['pass'];
  let requests = 0;
  let landed = 0;
  const hanging = new Set<ServerResponse>();
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const fault = faults[Math.min(requests, faults.length - 1)]!;
    requests += 1;
    if (fault === 'reset') {
      incoming.socket.destroy();
      return;
    }
    if (fault === 'unavailable') {
      outgoing.writeHead(503, { 'content-type': 'application/json', 'x-amzn-errortype': 'ServiceUnavailable' }).end('{"message":"Service Unavailable"}');
      return;
    }
    if (fault === 'hang') {
      hanging.add(outgoing);
      return;
    }
    const url = new URL(incoming.url ?? '/', target);
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.from(rewriteBody(Buffer.concat(chunks).toString('utf8')));
      const headers = { ...incoming.headers, host: url.host, 'content-length': String(body.length) };
      forward(url, { method: incoming.method, headers }, (answer) => {
        landed += 1;
        if (fault === 'answer lost') {
          answer.resume();
          incoming.socket.destroy();
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      }).end(body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The fault of each next request in turn, the last for every one after it. */
    set(...next: [ProxyFault, ...ProxyFault[]]) {
      faults = next;
      requests = 0;
      landed = 0;
    },
    /** Requests that reached the emulator since the last `set`. */
    get landed() {
      return landed;
    },
    async close() {
      for (const response of hanging) response.socket?.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}
