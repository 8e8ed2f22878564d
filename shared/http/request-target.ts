import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * The runtime's reader of the request target (path and query) exactly as the client sent it;
 * undefined where the runtime has none (app.request in-process). A Fetch Request holds its URL
 * as the URL standard writes it again: `'` in a query becomes `%27`, `"` `<` `>` become `%22`
 * `%3C` `%3E`, dot segments are resolved. A provider that signs the URL it called (Twilio) signs
 * what it was configured with, so a signature over the rewritten URL fails.
 */
export type RequestTargetReader = (c: Context) => string | undefined;

/** `http://host:port` before the path of an absolute-form target, which a proxy may send (RFC 9112 §3.2.2). */
const ABSOLUTE_FORM_PREFIX = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** @hono/node-server: Node's `IncomingMessage.url` is the request line's target, untouched. */
export const nodeRequestTarget: RequestTargetReader = (c) => {
  const target = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.url;
  if (target === undefined || target.startsWith('/')) return target;
  const path = target.replace(ABSOLUTE_FORM_PREFIX, '');
  return path.startsWith('/') ? path : `/${path}`;
};

/**
 * The URL a provider called, as it saw it: PUBLIC_BASE_URL (or the request's own origin) and the
 * target as sent, else as the parsed URL writes it when the runtime cannot tell.
 */
export function calledUrl(c: Context, publicBaseUrl: string | undefined, requestTarget: RequestTargetReader | undefined): string {
  const url = new URL(c.req.url);
  const target = requestTarget?.(c) ?? `${url.pathname}${url.search}`;
  return `${publicBaseUrl ? publicBaseUrl.replace(/\/$/, '') : url.origin}${target}`;
}
