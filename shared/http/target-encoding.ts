import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.ts';

/** A `%` that starts no escape is a percent sign, as the URL standard reads it (`100%`). */
const LONE_PERCENT = /%(?![0-9A-Fa-f]{2})/g;

/**
 * Hono keeps a path segment or query value whose escapes do not decode as it came: `reason=caf%E9`
 * (Latin-1) was recorded as the text "caf%E9", a GBK lookup looked up the escapes, and
 * `…/identities/%FF%FE` was judged as an identity (422) where the request itself cannot be read.
 * A request target must be UTF-8, as a body must (bodies.ts): 400 `invalid_encoding`.
 */
export const utf8Path: MiddlewareHandler = async (c, next) => {
  if (decodesAsUtf8(new URL(c.req.url).pathname)) return next();
  return notUtf8(c, 'path');
};

export const utf8Queries: MiddlewareHandler = async (c, next) => {
  const query = new URL(c.req.url).search.slice(1);
  if (query.split('&').every(decodesAsUtf8)) return next();
  return notUtf8(c, 'query');
};

const notUtf8 = (c: Context, part: 'path' | 'query') => errorResponse(c, 400, 'invalid_encoding', `the ${part} is not valid UTF-8: percent-escape its UTF-8 bytes`);

function decodesAsUtf8(escaped: string): boolean {
  try {
    decodeURIComponent(escaped.replace(LONE_PERCENT, '%25'));
    return true;
  } catch {
    return false;
  }
}
