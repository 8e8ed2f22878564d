import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { Config } from '../config.ts';
import { errorResponse, isClientAbort } from '../http/errors.ts';
import { notFoundOrNotAllowed } from '../http/not-found.ts';
import { canonical } from '../identity/resolve.ts';
import { normaliseIdentityKey } from '../identity/normalise.ts';
import { InvalidCursorError, systemClock, type Clock, type Store } from '../ports.ts';
import { changeFeedbackStatus } from '../timeline/status.ts';
import { bearerAuth, type ApiEnv } from './auth.ts';
import { registerMergeRoutes } from './merge-routes.ts';
import { toCustomerView, toMergeView } from './views.ts';
import {
  CustomerParams,
  CustomerSchema,
  ErrorSchema,
  FeedbackListQuery,
  FeedbackPageSchema,
  FeedbackParams,
  FeedbackSchema,
  StatusChangeBody,
  IdentityQuery,
  TimelineQuerySchema,
  TimelineSchema,
} from './schemas.ts';

export interface ApiDependencies {
  config: Config;
  store: Store;
  /** SHA-256 hex hashes of the accepted API keys. */
  apiKeyHashes: readonly string[];
  clock?: Clock;
  onError?: (error: unknown) => void;
  /** A client went away mid-request: worth an info line, not an error. */
  onClientAbort?: (path: string) => void;
}

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  400: json(ErrorSchema, 'Malformed request'),
  401: json(ErrorSchema, 'Missing or unknown API key'),
  404: json(ErrorSchema, 'Not found'),
};
const conflict = {
  409: json(ErrorSchema, 'The item is not in a status this change can follow'),
  415: json(ErrorSchema, 'The body is not application/json'),
};
const security = [{ bearer: [] }];

const findCustomer = createRoute({
  method: 'get',
  path: '/v1/customers',
  summary: 'Find the customer an identity belongs to',
  security,
  request: { query: IdentityQuery },
  responses: { 200: json(CustomerSchema, 'The customer'), ...errors },
});
const getCustomer = createRoute({
  method: 'get',
  path: '/v1/customers/{customerId}',
  summary: 'A customer profile; a merged-away id answers with the customer it was merged into',
  security,
  request: { params: CustomerParams },
  responses: { 200: json(CustomerSchema, 'The customer'), ...errors },
});
const getTimeline = createRoute({
  method: 'get',
  path: '/v1/customers/{customerId}/timeline',
  summary: "A customer's unified timeline across channels, newest first",
  security,
  request: { params: CustomerParams, query: TimelineQuerySchema },
  responses: { 200: json(TimelineSchema, 'One page of the timeline'), ...errors },
});
const getFeedback = createRoute({
  method: 'get',
  path: '/v1/feedback/{feedbackId}',
  summary: 'One feedback item',
  security,
  request: { params: FeedbackParams },
  responses: { 200: json(FeedbackSchema, 'The item'), ...errors },
});

const listFeedback = createRoute({
  method: 'get',
  path: '/v1/feedback',
  summary: 'Feedback in one status (the work queue), newest first',
  security,
  request: { query: FeedbackListQuery },
  responses: { 200: json(FeedbackPageSchema, 'One page of items'), ...errors },
});
const setStatus = createRoute({
  method: 'patch',
  path: '/v1/feedback/{feedbackId}',
  summary: 'Acknowledge or resolve an item (open → acknowledged → resolved)',
  security,
  request: { params: FeedbackParams, body: { content: { 'application/json': { schema: StatusChangeBody } }, required: true } },
  responses: { 200: json(FeedbackSchema, 'The item after the change'), ...errors, ...conflict },
});

/** The timeline API, runtime-independent: served by Node locally and by Lambda in AWS. */
export function createApiApp({ config, store, apiKeyHashes, clock = systemClock, onError, onClientAbort }: ApiDependencies) {
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const message = result.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
        return errorResponse(c, 400, 'invalid_request', message);
      }
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'Customer feedback timeline API', version: '1.0.0' } });
  app.use('/v1/*', bearerAuth(apiKeyHashes));
  app.on('PATCH', '/v1/feedback/:feedbackId', async (c, next) => {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (mediaType !== 'application/json') return errorResponse(c, 415, 'unsupported_media_type', 'send the body as application/json');
    await next();
  });

  const customerOr404 = async (customerId: string) => {
    const customer = await canonical(store, customerId);
    return customer && (await toCustomerView(store, customer));
  };

  app.openapi(findCustomer, async (c) => {
    const identity = normaliseIdentityKey(c.req.valid('query').identity, config.DEFAULT_PHONE_REGION);
    if (!identity) return errorResponse(c, 400, 'invalid_identity', 'identity must be email:, phone:, wechat:, wechatunion: or form: followed by a valid value');
    const owner = await store.getIdentityOwner(identity);
    const view = owner && (await customerOr404(owner));
    return view ? c.json(view, 200) : errorResponse(c, 404, 'not_found', `no customer with identity ${identity}`);
  });

  app.openapi(getCustomer, async (c) => {
    const { customerId } = c.req.valid('param');
    const view = await customerOr404(customerId);
    return view ? c.json(view, 200) : errorResponse(c, 404, 'not_found', `no customer ${customerId}`);
  });

  app.openapi(getTimeline, async (c) => {
    const { customerId } = c.req.valid('param');
    const customer = await canonical(store, customerId);
    if (!customer) return errorResponse(c, 404, 'not_found', `no customer ${customerId}`);
    const [page, merges] = await Promise.all([store.listTimeline(customer.customerId, c.req.valid('query')), store.listMerges(customer.customerId)]);
    return c.json({ customerId: customer.customerId, ...page, merges: merges.map(toMergeView) }, 200);
  });

  app.openapi(getFeedback, async (c) => {
    const { feedbackId } = c.req.valid('param');
    const record = await store.getFeedback(feedbackId);
    return record ? c.json(record, 200) : errorResponse(c, 404, 'not_found', `no feedback ${feedbackId}`);
  });

  app.openapi(listFeedback, async (c) => {
    const { status, ...query } = c.req.valid('query');
    return c.json({ status, ...(await store.listByStatus(status, query)) }, 200);
  });

  app.openapi(setStatus, async (c) => {
    const { feedbackId } = c.req.valid('param');
    const outcome = await changeFeedbackStatus({ store, clock, timeZone: config.REPORT_TIME_ZONE }, feedbackId, c.req.valid('json').status);
    switch (outcome.status) {
      case 'changed':
      case 'unchanged':
        return c.json(outcome.record, 200);
      case 'not_found':
        return errorResponse(c, 404, 'not_found', `no feedback ${feedbackId}`);
      case 'invalid_transition':
        return errorResponse(c, 409, 'invalid_transition', `a ${outcome.from} item cannot move back`);
      case 'conflict':
        return errorResponse(c, 409, 'conflict', 'the item changed meanwhile; read it and try again');
    }
  });

  registerMergeRoutes(app, { store, clock });

  app.notFound(notFoundOrNotAllowed(app));
  app.onError((error, c) => {
    if (error instanceof InvalidCursorError) return errorResponse(c, 400, 'invalid_cursor', error.message);
    if (isClientAbort(error, c.req.raw)) {
      onClientAbort?.(c.req.path);
      return errorResponse(c, 400, 'request_aborted', 'the client closed the connection before the body was read');
    }
    // The validators' own refusals (a body that is not JSON, a wrong content type).
    if (error instanceof HTTPException && error.status < 500) return errorResponse(c, 400, 'invalid_request', error.message);
    onError?.(error);
    return errorResponse(c, 500, 'internal', 'the request could not be served');
  });
  return app;
}
