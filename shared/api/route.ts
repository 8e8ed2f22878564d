import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import * as z from 'zod';
import type { Scope } from '../keys/keys.ts';
import { MAX_API_BODY_BYTES } from './bodies.ts';
import { ErrorSchema } from './schemas.ts';

export const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const errors = {
  400: json(ErrorSchema, 'Malformed request, or a query parameter this route does not take'),
  401: json(ErrorSchema, 'Missing or unknown API key'),
  403: json(ErrorSchema, 'The key lacks the scope this needs (`forbidden`)'),
  404: json(ErrorSchema, 'Not found'),
  // jsonBodies (bodies.ts) answers these on every route, whether or not the route reads a body.
  413: json(ErrorSchema, `The body is over ${MAX_API_BODY_BYTES / 1024} KiB (\`payload_too_large\`)`),
  415: json(ErrorSchema, 'A body that is not application/json (`unsupported_media_type`), declares another charset (`unsupported_charset`) or a content coding (`unsupported_content_encoding`)'),
  // The Node server refuses oversized headers before any route is chosen, with the same error body.
  431: json(ErrorSchema, 'The request headers are larger than the server accepts (`headers_too_large`)'),
  // Any route reads the keys and the store: either may be out of reach for a moment. Retry later.
  503: json(ErrorSchema, 'The store (`store_unavailable`) or the API keys (`keys_unavailable`) could not be read: nothing was changed that a repeat would not finish; retry'),
};

/**
 * Every /v1 route is declared through this: its query schema (none means no parameters) is made
 * strict, so an unknown or misspelt parameter gets 400 instead of being silently ignored, and the
 * scope it needs (enforced in auth.ts) is stated in the OpenAPI document.
 */
export function route<R extends RouteConfig>(config: R & { scope: Scope }) {
  const { scope, ...rest } = config;
  const query = (rest.request?.query as z.ZodObject | undefined) ?? z.object({});
  return createRoute({
    ...rest,
    security: [{ bearer: [] }],
    description: `${rest.description ? `${rest.description}\n\n` : ''}Needs a key with the \`${scope}\` scope. Unknown query parameters are refused with 400.`,
    'x-required-scope': scope,
    request: { ...rest.request, query: query.strict() },
  } as unknown as R);
}
