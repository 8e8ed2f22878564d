import type { Server } from 'node:http';
import type { Http2Server, Http2SecureServer } from 'node:http2';
import type { Duplex } from 'node:stream';

const REFUSALS: Record<string, [status: number, reason: string, code: string, message: string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers_too_large', 'the request headers are larger than the server accepts'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request_timeout', 'the request was not received in time'],
};
const MALFORMED: [number, string, string, string] = [400, 'Bad Request', 'malformed_request', 'the request is not valid HTTP/1.1'];

/**
 * Node answers a request its parser refuses (a bad Content-Length, Transfer-Encoding beside
 * Content-Length, headers past the limit) before any route sees it, with a bare status line.
 * This gives those refusals the JSON error body every other one has, then closes the connection,
 * as a parser that lost its place in the stream must.
 */
export function answerUnparsableRequests(server: Server | Http2Server | Http2SecureServer): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, code, message] = REFUSALS[error.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify({ error: { code, message } });
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}
