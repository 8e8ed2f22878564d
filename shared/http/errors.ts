import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorResponse<S extends ContentfulStatusCode>(c: Context, status: S, code: string, message: string) {
  return c.json({ error: { code, message } } satisfies ErrorBody, status);
}

/**
 * A body refused past the limit is left unread on the connection, so the server drops the
 * connection after answering: saying so lets a keep-alive client (Node's fetch, a mail relay) open
 * a new one for its next request instead of sending it into a closed socket.
 */
export function payloadTooLarge(c: Context, maxBytes: number) {
  c.header('Connection', 'close');
  return errorResponse(c, 413, 'payload_too_large', `the body may be at most ${maxBytes} bytes`);
}

/**
 * The client closed the connection before its body was read (a cancelled upload, a timeout on
 * its side). Nothing was accepted and nobody is waiting for the answer: not a server error.
 */
export function isClientAbort(error: unknown, request: Request): boolean {
  if (request.signal.aborted) return true;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'ECONNRESET' && message === 'aborted';
}
