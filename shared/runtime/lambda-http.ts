import type { Context } from 'aws-lambda';
import type { Env, Hono, Schema } from 'hono';
import { handle } from 'hono/aws-lambda';
import type { ErrorBody } from '../http/errors.ts';
import { answerHeadAsGet } from '../http/head-as-get.ts';
import type { RequestTargetReader } from '../http/request-target.ts';

type LambdaHttpEvent = Parameters<ReturnType<typeof handle>>[0];

const METHODS_WITHOUT_BODY = new Set(['GET', 'HEAD']);
/** A method as HTTP spells one (RFC 9110 §9.1: a token). */
const HTTP_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Hono's Lambda adapter builds a Fetch Request from the event and answers what it cannot build
 * itself, in plain text: a GET or HEAD carrying a body (API Gateway passes one on; the Fetch API
 * refuses it) got 400 "Invalid request", as did a header value the Fetch API cannot hold (a NUL,
 * a line break), and a body flagged base64 that is not got 500. The local server drops a GET's
 * body, so it is dropped here too and both modes answer alike; a header or body that cannot be
 * read is the client's error, answered in JSON as every other one is. HEAD is answered as the
 * local server answers it (answerHeadAsGet): Hono's own HEAD drops the GET's Content-Length.
 */
export function lambdaHttpHandler<E extends Env, S extends Schema, BasePath extends string>(app: Hono<E, S, BasePath>) {
  // The adapter calls only `fetch`: the app itself stays as its module built it.
  const handler = handle(Object.assign(Object.create(app) as typeof app, { fetch: answerHeadAsGet(app.fetch) }));
  return async (event: LambdaHttpEvent, context: Context) => {
    // No request can be built without a method: the adapter answered that in plain text too.
    if (!HTTP_TOKEN.test(methodOf(event))) return refusal('malformed_request', 'the request names no HTTP method');
    if (event.body && METHODS_WITHOUT_BODY.has(methodOf(event))) {
      return handler({ ...event, body: null, isBase64Encoded: false }, context);
    }
    if (!fetchCanHoldHeaders(event)) return refusal('malformed_request', 'a header holds a character HTTP does not allow in one');
    if (event.body && event.isBase64Encoded && !isBase64(event.body)) {
      return refusal('invalid_request', 'the request body is marked base64 but is not base64');
    }
    return handler(event, context);
  };
}

/**
 * API Gateway's HTTP API (payload 2.0) keeps the target as sent in `rawPath` and
 * `rawQueryString`, which the adapter joins into a URL the URL standard rewrites. Other events
 * (the REST API's) hold only the decoded path and parameters: undefined, the URL as parsed.
 */
export const lambdaRequestTarget: RequestTargetReader = (c) => {
  const event = (c.env as { event?: { rawPath?: unknown; rawQueryString?: unknown } } | undefined)?.event;
  if (typeof event?.rawPath !== 'string') return undefined;
  return typeof event.rawQueryString === 'string' && event.rawQueryString !== '' ? `${event.rawPath}?${event.rawQueryString}` : event.rawPath;
};

function refusal(code: string, message: string) {
  return { statusCode: 400, headers: { 'content-type': 'application/json' }, isBase64Encoded: false, body: JSON.stringify({ error: { code, message } } satisfies ErrorBody) };
}

/** The adapter percent-encodes a header value with any character past ASCII (never cookies). */
const asAdapterSetsIt = (value: string) => (/[^\x00-\x7F]/.test(value) ? encodeURIComponent(value) : value);

/** The headers (and the HTTP API's cookies, which become one) as the adapter will set them. */
function fetchCanHoldHeaders(event: LambdaHttpEvent): boolean {
  const { headers, multiValueHeaders, cookies } = event as { headers?: Record<string, string | undefined>; multiValueHeaders?: Record<string, string[] | undefined>; cookies?: string[] };
  try {
    const probe = new Headers();
    for (const [name, value] of Object.entries(headers ?? {})) if (value) probe.append(name, asAdapterSetsIt(value));
    for (const [name, values] of Object.entries(multiValueHeaders ?? {})) for (const value of values ?? []) probe.append(name, asAdapterSetsIt(value));
    if (cookies?.length) probe.append('cookie', cookies.join('; '));
    return true;
  } catch {
    return false;
  }
}

/** API Gateway's HTTP API (payload 2.0) names the method in its request context, the REST API and ALB at the top. */
function methodOf(event: LambdaHttpEvent): string {
  const { requestContext, httpMethod } = event as { requestContext?: { http?: { method?: string } }; httpMethod?: string };
  return (requestContext?.http?.method ?? httpMethod ?? '').toUpperCase();
}

/**
 * Whether `text` is base64 as API Gateway encodes a body: the alphabet, then `=` padding that
 * completes the last group, or none. Read character by character: a regular expression of
 * repeated four-character groups backtracks through every group and overflowed V8's stack on a
 * 3.4 MB upload (4.5 million characters), a legitimate photo within Lambda's 6 MB.
 */
export function isBase64(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === EQUALS) end -= 1;
  const padding = text.length - end;
  for (let i = 0; i < end; i += 1) if (!isBase64Letter(text.charCodeAt(i))) return false;
  const rest = end % 4;
  return padding === 0 ? rest !== 1 : padding === 1 ? rest === 3 : padding === 2 && rest === 2;
}

const EQUALS = 0x3d;

function isBase64Letter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2f;
}

