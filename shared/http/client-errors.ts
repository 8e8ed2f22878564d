import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { getRequestListener, RequestError } from '@hono/node-server';

type Refusal = [status: number, reason: string, code: string, message: string];

const REFUSALS: Record<string, Refusal> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers_too_large', 'the request headers are larger than the server accepts'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request_timeout', 'the request was not received in time'],
};
const MALFORMED: Refusal = [400, 'Bad Request', 'malformed_request', 'the request is not valid HTTP/1.1'];
const UNMET_EXPECTATION: Refusal = [417, 'Expectation Failed', 'expectation_failed', 'the server meets no Expect but 100-continue'];
const UNREADABLE_TARGET: Refusal = [400, 'Bad Request', 'malformed_request', 'the request has no Host, or its target is no URL path'];

/** The headers every answer carries (as `answerHeaders` adds them to the app's), for the JSON error body. */
function refusalHeaders(body: string): Record<string, string> {
  return { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), 'X-Content-Type-Options': 'nosniff', Connection: 'close' };
}
const refusalBody = ([, , code, message]: Refusal) => JSON.stringify({ error: { code, message } });

/**
 * The local server: the app behind @hono/node-server, with the JSON error body every other refusal
 * has on the ones made before any route sees the request. Node answers a request its parser
 * refuses (a bad Content-Length, Transfer-Encoding beside Content-Length, headers past the limit)
 * and an `Expect` it does not know, and the adapter one it cannot make a URL of (no Host on
 * HTTP/1.0, a Host with a space, `OPTIONS *`, a backslash in the path), each with a bare status
 * line and no body.
 */
export function createLocalHttpServer(fetch: (request: Request) => Response | Promise<Response>): Server {
  const listener = getRequestListener(fetch, {
    // Called with a RequestError when the adapter could not make a Request; any other error is the app's.
    errorHandler: (error) => {
      const refusal: Refusal = error instanceof RequestError ? UNREADABLE_TARGET : [500, 'Internal Server Error', 'internal', 'the request could not be served'];
      const body = refusalBody(refusal);
      return new Response(body, { status: refusal[0], headers: refusalHeaders(body) });
    },
  });
  const server = createServer(listener);
  answerUnparsableRequests(server);
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
    const body = refusalBody(refusal);
    const headers = Object.entries(refusalHeaders(body)).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.end(`HTTP/1.1 ${refusal[0]} ${refusal[1]}\r\n${headers}\r\n${body}`);
  });
}
