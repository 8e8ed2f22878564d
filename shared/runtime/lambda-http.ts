import type { Context } from 'aws-lambda';
import type { Env, Hono, Schema } from 'hono';
import { handle } from 'hono/aws-lambda';
import type { ErrorBody } from '../http/errors.ts';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;
type LambdaHttpEvent = Parameters<ReturnType<typeof handle>>[0];

const METHODS_WITHOUT_BODY = new Set(['GET', 'HEAD']);

/**
 * Hono's Lambda adapter builds a Fetch Request from the event and answers what it cannot build
 * itself, in plain text: a GET or HEAD carrying a body (API Gateway passes one on; the Fetch API
 * refuses it) got 400 "Invalid request", a body flagged base64 that is not got 500. The local
 * server drops a GET's body, so it is dropped here too and both modes answer alike; a body that
 * cannot be decoded is the client's error, answered as every other one is.
 */
export function lambdaHttpHandler<E extends Env, S extends Schema, BasePath extends string>(app: Hono<E, S, BasePath>) {
  const handler = handle(app);
  return async (event: LambdaHttpEvent, context: Context) => {
    if (event.body && METHODS_WITHOUT_BODY.has(methodOf(event))) {
      return handler({ ...event, body: null, isBase64Encoded: false }, context);
    }
    if (event.body && event.isBase64Encoded && !BASE64.test(event.body)) {
      return {
        statusCode: 400,
        headers: { 'content-type': 'application/json' },
        isBase64Encoded: false,
        body: JSON.stringify({ error: { code: 'invalid_request', message: 'the request body is marked base64 but is not base64' } } satisfies ErrorBody),
      };
    }
    return handler(event, context);
  };
}

/** API Gateway's HTTP API (payload 2.0) names the method in its request context, the REST API and ALB at the top. */
function methodOf(event: LambdaHttpEvent): string {
  const { requestContext, httpMethod } = event as { requestContext?: { http?: { method?: string } }; httpMethod?: string };
  return (requestContext?.http?.method ?? httpMethod ?? '').toUpperCase();
}
