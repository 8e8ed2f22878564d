import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../http/errors.ts';

/** A `%` that starts no escape is a percent sign, as the URL standard reads it (`100%`). */
const LONE_PERCENT = /%(?![0-9A-Fa-f]{2})/g;

/**
 * Hono keeps a query value whose escapes do not decode as it came, so `reason=caf%E9` (Latin-1)
 * was recorded as the text "caf%E9" and a GBK lookup looked up the escapes: a query must be
 * UTF-8, as a body must (bodies.ts).
 */
export const utf8Queries: MiddlewareHandler = async (c, next) => {
  const query = new URL(c.req.url).search.slice(1);
  if (query.split('&').every(decodesAsUtf8)) return next();
  return errorResponse(c, 400, 'invalid_encoding', 'the query is not valid UTF-8: percent-escape its UTF-8 bytes');
};

function decodesAsUtf8(part: string): boolean {
  try {
    decodeURIComponent(part.replace(LONE_PERCENT, '%25'));
    return true;
  } catch {
    return false;
  }
}
