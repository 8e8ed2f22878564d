import { isUtf8 } from 'node:buffer';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse, payloadTooLarge } from '../http/errors.ts';
import { mediaType } from '../http/media-type.ts';
import { declaredCharset, isUtf8Label } from '../http/charset.ts';
import { repeatedMemberName } from '../http/json-members.ts';
import { declaredContentCoding, UNSUPPORTED_CONTENT_CODING, unsupportedContentCodingMessage } from '../http/content-coding.ts';
import { clipText } from '../text.ts';

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
 * read into memory. JSON is UTF-8 (RFC 8259), and the validators decode it leniently: bytes that
 * are not UTF-8 would be kept in notes and reasons as U+FFFD, so they are refused here first.
 * What is JSON is read by one rule, mediaType's (RFC 9110: type and subtype in any case,
 * parameters after optional whitespace), and the request goes on labelled as plain
 * `application/json`: the route validators (@hono/zod-openapi) match a pattern of their own that
 * refused `application/json ;charset=utf-8` with 415.
 */
export const jsonBodies: MiddlewareHandler = async (c, next) => {
  const isJson = mediaType(c.req.raw) === 'application/json';
  if (!isJson && (c.req.method === 'PATCH' || sendsBody(c.req.raw))) return errorResponse(c, 415, 'unsupported_media_type', 'send the body as application/json');
  if (!isJson) return limit(c, next);
  if (c.req.raw.body === null) {
    c.req.raw = labelledAsJson(c.req.raw);
    return limit(c, next);
  }
  const coding = declaredContentCoding(c.req.raw);
  if (coding !== undefined) return errorResponse(c, 415, UNSUPPORTED_CONTENT_CODING, unsupportedContentCodingMessage(coding));
  const charset = declaredCharset(c.req.raw);
  if (charset !== undefined && !isUtf8Label(charset)) {
    return errorResponse(c, 415, 'unsupported_charset', `charset ${charset.slice(0, 40)} is not UTF-8; send JSON in UTF-8`);
  }
  c.req.raw = labelledAsJson(c.req.raw);
  return limit(c, async () => {
    // Hono keeps the bytes read here for the route's validator.
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (!isUtf8(bytes)) {
      c.res = errorResponse(c, 400, 'invalid_encoding', 'the body is not valid UTF-8');
      return;
    }
    const repeated = repeatedMember(new TextDecoder().decode(bytes));
    if (repeated === undefined) return next();
    c.res = errorResponse(c, 400, 'invalid_request', `the body names ${clipText(repeated, 40)} twice: send each member once`);
  });
};

/** The request as it came, its Content-Type the one form of JSON's (its charset, if any, was found to be UTF-8). */
function labelledAsJson(request: Request): Request {
  if (request.headers.get('content-type') === 'application/json') return request;
  const headers = new Headers(request.headers);
  headers.set('content-type', 'application/json');
  return new Request(request, { headers });
}

/**
 * JSON.parse keeps a repeated member's last value, so `{"customerId":A,"customerId":B}` merged B
 * while the caller's log showed A: a member named twice is refused, as an unknown one is. A body
 * that is not a JSON object is left to the route's validator to refuse.
 */
function repeatedMember(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  return repeatedMemberName(text);
}
