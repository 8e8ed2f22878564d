import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { getRequestListener, RequestError } from '@hono/node-server';

type Refusal = [status: number, reason: string, code: string, message: string];

const REQUEST_TIMEOUT: Refusal = [408, 'Request Timeout', 'request_timeout', 'the client stopped sending its request'];
const REFUSALS: Record<string, Refusal> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers_too_large', 'the request headers are larger than the server accepts'],
  ERR_HTTP_REQUEST_TIMEOUT: REQUEST_TIMEOUT,
};
const MALFORMED: Refusal = [400, 'Bad Request', 'malformed_request', 'the request is not valid HTTP/1.1'];
const UNMET_EXPECTATION: Refusal = [417, 'Expectation Failed', 'expectation_failed', 'the server meets no Expect but 100-continue'];
const UNREADABLE_TARGET: Refusal = [400, 'Bad Request', 'malformed_request', 'the request has no Host, or its target is no URL path'];

/** The headers every answer carries (as `answerHeaders` adds them to the app's), for the JSON error body. */
function refusalHeaders(body: string): Record<string, string> {
  return { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), 'X-Content-Type-Options': 'nosniff', Connection: 'close' };
}
const refusalBody = ([, , code, message]: Refusal) => JSON.stringify({ error: { code, message } });

function rawRefusal(refusal: Refusal): string {
  const body = refusalBody(refusal);
  const headers = Object.entries(refusalHeaders(body)).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  return `HTTP/1.1 ${refusal[0]} ${refusal[1]}\r\n${headers}\r\n${body}`;
}

export interface LocalHttpServerOptions {
  /** The longest a client may pause while sending a request, its headers or its body. */
  requestIdleTimeoutMs: number;
}

/**
 * The local server: the app behind @hono/node-server, with the JSON error body every other refusal
 * has on the ones made before any route sees the request. Node answers a request its parser
 * refuses (a bad Content-Length, Transfer-Encoding beside Content-Length, headers past the limit)
 * and an `Expect` it does not know, and the adapter one it cannot make a URL of (no Host on
 * HTTP/1.0, a Host with a space, `OPTIONS *`, a backslash in the path), each with a bare status
 * line and no body; and a client that stops sending its request gets 408 within the idle timeout.
 */
export function createLocalHttpServer(fetch: (request: Request) => Response | Promise<Response>, { requestIdleTimeoutMs }: LocalHttpServerOptions): Server {
  const listener = getRequestListener(fetch, {
    // Called with a RequestError when the adapter could not make a Request; any other error is the app's.
    errorHandler: (error) => {
      const refusal: Refusal = error instanceof RequestError ? UNREADABLE_TARGET : [500, 'Internal Server Error', 'internal', 'the request could not be served'];
      const body = refusalBody(refusal);
      return new Response(body, { status: refusal[0], headers: refusalHeaders(body) });
    },
  });
  // Node checks its header and request deadlines every connectionsCheckingInterval (30 s by default).
  const server = createServer({ connectionsCheckingInterval: Math.min(requestIdleTimeoutMs, 1_000) }, listener);
  answerUnparsableRequests(server);
  answerStalledRequests(server, requestIdleTimeoutMs);
  server.on('checkExpectation', (_request: IncomingMessage, response: ServerResponse) => {
    const body = refusalBody(UNMET_EXPECTATION);
    response.writeHead(UNMET_EXPECTATION[0], refusalHeaders(body)).end(body);
  });
  return server;
}

/** Answers what Node's parser refuses with the JSON error body, then closes: a parser that lost its place in the stream must. */
function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const refusal = REFUSALS[error.code ?? ''] ?? MALFORMED;
    if (refusal === REQUEST_TIMEOUT) refuseStalled(socket);
    else socket.end(rawRefusal(refusal));
  });
}

/**
 * Node waits for a whole request until its requestTimeout, 300 s, checked every 30 s, and for
 * headers 60 s: a client that sent less than its Content-Length held the connection and the
 * handler reading the body for five minutes or more before its 408. Headers must now arrive within the idle timeout
 * (Node's own check, answered by answerUnparsableRequests), and while a request is still coming
 * in its socket may not stay silent longer. Once the whole request is in, the clock stops: the app
 * takes the time it needs, and a connection kept alive after its answer is Node's keepAliveTimeout's.
 */
function answerStalledRequests(server: Server, idleMs: number): void {
  server.headersTimeout = Math.min(idleMs, server.requestTimeout || idleMs);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    response.setTimeout(idleMs, () => {
      if (request.complete) request.socket.setTimeout(0);
      else if (response.headersSent) request.socket.destroy();
      else refuseStalled(request.socket);
    });
  });
}

/**
 * Written on the socket, as Node writes its own refusals: the app is still waiting for the body
 * and answers into the destroyed connection once the body fails, which Node discards. Closed once
 * written; a client that stopped sending has nothing left to be read.
 */
function refuseStalled(socket: Duplex): void {
  socket.end(rawRefusal(REQUEST_TIMEOUT), () => socket.destroy());
}
