import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse, payloadTooLarge } from '../http/errors.ts';
import { mediaType } from '../http/media-type.ts';

/** The largest API request needs a few KB (a 2,000-character note); anything far bigger is refused unread. */
export const MAX_API_BODY_BYTES = 64 * 1024;

const limit = bodyLimit({
  maxSize: MAX_API_BODY_BYTES,
  onError: (c) => payloadTooLarge(c, MAX_API_BODY_BYTES),
});

function sendsBody(request: Request): boolean {
  const length = request.headers.get('content-length');
  return request.headers.has('transfer-encoding') || (length !== null && length.trim() !== '0');
}

/**
 * Every `/v1` body is JSON and small: any other media type gets 415 on every route (PATCH's body
 * is required, so it gets 415 without one too), and a body past the limit 413, before either is
 * read into memory.
 */
export const jsonBodies: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'PATCH' || sendsBody(c.req.raw)) {
    if (mediaType(c.req.raw) !== 'application/json') return errorResponse(c, 415, 'unsupported_media_type', 'send the body as application/json');
  }
  return limit(c, next);
};
