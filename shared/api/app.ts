import { OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { HTTPException } from 'hono/http-exception';
import { ANSWER_ITEM_BYTES } from '../answer-bytes.ts';
import type { ErasureStore } from '../cases/ports.ts';
import { customersOfPerson, eraseCustomer, identitiesNamed } from '../cases/erasure.ts';
import type { Config } from '../config.ts';
import { errorResponse, isClientAbort } from '../http/errors.ts';
import { answerHeaders } from '../http/headers.ts';
import { notFoundOrNotAllowed, onRoutedRequests } from '../http/not-found.ts';
import { utf8Path, utf8Queries } from '../http/target-encoding.ts';
import { canonical } from '../identity/resolve.ts';
import { assertPhoneRegion, normaliseIdentityKey } from '../identity/normalise.ts';
import type { KeyRing } from '../keys/keys.ts';
import { InvalidCursorError, StoreUnavailableError, systemClock, type Clock, type Store } from '../ports.ts';
import { caseRevision, changeFeedbackStatus } from '../timeline/status.ts';
import { IfMatchHeaders, revisionOfTag, revisionTag } from './revisions.ts';
import { bearerAuth, KeyRingUnavailableError, type ApiEnv } from './auth.ts';
import { jsonBodies } from './bodies.ts';
import { issueCursor, listingScope, positionOf, scopedPage } from './cursors.ts';
import { exportPage } from './export-pages.ts';
import { registerMergeRoutes } from './merge-routes.ts';
import { INVALID_IDENTITY_MESSAGE, invalidIdentity, registerIdentityRoutes } from './identity-routes.ts';
import { errors, json, route } from './route.ts';
import { addDays } from '../digest/period.ts';
import { reportingDay } from '../timeline/counters.ts';
import { pendingSteps, toCustomerView, toItemPage, toItemView, toMergeView } from './views.ts';
import {
  CaseChangeBody,
  CustomerParams,
  CustomerSchema,
  DailyStatsQuery,
  DailyStatsSchema,
  ErasureListQuery,
  ErasurePageSchema,
  ErasureSchema,
  ErrorSchema,
  ExportQuery,
  ExportSchema,
  FeedbackListQuery,
  FeedbackPageSchema,
  FeedbackParams,
  FeedbackSchema,
  IdentityQuery,
  PrincipalSchema,
  TimelineQuerySchema,
  TimelineSchema,
} from './schemas.ts';

export interface ApiDependencies {
  config: Config;
  store: Store & ErasureStore;
  /** The accepted API keys and their scopes. */
  keyRing: KeyRing;
  clock?: Clock;
  onError?: (error: unknown) => void;
  /** A client went away mid-request: worth an info line, not an error. */
  onClientAbort?: (path: string) => void;
}

const conflict = {
  409: json(ErrorSchema, 'The item is not in a status this change can follow, or changed meanwhile'),
  412: json(ErrorSchema, 'If-Match named a revision the item has left (`stale_revision`): read it again'),
};

const findCustomer = route({
  method: 'get',
  path: '/v1/customers',
  scope: 'read',
  summary: 'Find the customer an identity belongs to',
  request: { query: IdentityQuery },
  responses: { 200: json(CustomerSchema, 'The customer'), ...errors, ...invalidIdentity },
});
const getCustomer = route({
  method: 'get',
  path: '/v1/customers/{customerId}',
  scope: 'read',
  summary: 'A customer profile; a merged-away id answers with the customer it was merged into',
  request: { params: CustomerParams },
  responses: { 200: json(CustomerSchema, 'The customer'), ...errors },
});
const getTimeline = route({
  method: 'get',
  path: '/v1/customers/{customerId}/timeline',
  scope: 'read',
  summary: "A customer's unified timeline across channels, newest first",
  request: { params: CustomerParams, query: TimelineQuerySchema },
  responses: { 200: json(TimelineSchema, 'One page of the timeline'), ...errors },
});
const exportCustomer = route({
  method: 'get',
  path: '/v1/customers/{customerId}/export',
  scope: 'read',
  summary: 'Everything kept about a customer (PIPL / GDPR access): profile, identities, every item with its history, in pages of items',
  request: { params: CustomerParams, query: ExportQuery },
  responses: { 200: json(ExportSchema, 'The export'), ...errors },
});
const deleteCustomer = route({
  method: 'delete',
  path: '/v1/customers/{customerId}',
  scope: 'admin',
  summary: 'Erase a customer (PIPL / GDPR): profile, identities, items, merged customers; aggregates stay as numbers',
  request: { params: CustomerParams },
  responses: { 200: json(ErasureSchema, 'The erasure record (no personal data)'), ...errors },
});
const listErasures = route({
  method: 'get',
  path: '/v1/erasures',
  scope: 'admin',
  summary: 'The erasure log, oldest first, a page at a time',
  request: { query: ErasureListQuery },
  responses: { 200: json(ErasurePageSchema, 'Erasures, oldest first; `nextCursor` while more follow'), ...errors },
});
const getFeedback = route({
  method: 'get',
  path: '/v1/feedback/{feedbackId}',
  scope: 'read',
  summary: 'One feedback item with its case history',
  request: { params: FeedbackParams },
  responses: { 200: json(FeedbackSchema, 'The item (ETag: its revision, for If-Match on PATCH)'), ...errors },
});
const listFeedback = route({
  method: 'get',
  path: '/v1/feedback',
  scope: 'read',
  summary: 'The work queue: items that need action, newest first; by default open and reopened, urgent first',
  description: 'Praise and interaction events never enter the queue unless someone changed their status.',
  request: { query: FeedbackListQuery },
  responses: { 200: json(FeedbackPageSchema, 'One page of items'), ...errors },
});
const changeCase = route({
  method: 'patch',
  path: '/v1/feedback/{feedbackId}',
  scope: 'write',
  summary: 'Move an item (open → acknowledged → resolved, resolved → reopened), add a note, assign it',
  description: 'Send `If-Match` with the `ETag` the item was read with to make the change only if nobody changed the item since (412 `stale_revision` otherwise); without it the change applies to the item as it is.',
  request: { params: FeedbackParams, headers: IfMatchHeaders, body: { content: { 'application/json': { schema: CaseChangeBody } }, required: true } },
  responses: { 200: json(FeedbackSchema, 'The item after the change (ETag: its new revision)'), ...errors, ...conflict },
});
const dailyStats = route({
  method: 'get',
  path: '/v1/stats/daily',
  scope: 'read',
  summary: 'Aggregate counters per reporting day (volume, channels, sentiment, complaint types, response times), at most 92 days',
  request: { query: DailyStatsQuery },
  responses: { 200: json(DailyStatsSchema, 'Counters per day'), ...errors },
});
const whoAmI = route({
  method: 'get',
  path: '/v1/me',
  scope: 'read',
  summary: 'The calling key: its name and scope',
  responses: { 200: json(PrincipalSchema, 'The key'), ...errors },
});

const complaintTypes = route({
  method: 'get',
  path: '/v1/complaint-types',
  scope: 'read',
  summary: 'The complaint taxonomy in use (ids with Chinese and English labels), for filters and badges',
  responses: { 200: json(z.object({ items: z.array(z.object({ id: z.string(), labelZh: z.string(), labelEn: z.string() })) }), 'The complaint types'), ...errors },
});

const MAX_STATS_DAYS = 92;
const DEFAULT_STATS_DAYS = 30;

/** The timeline API, runtime-independent: served by Node locally and by Lambda in AWS. */
export function createApiApp({ config, store, keyRing, clock = systemClock, onError, onClientAbort }: ApiDependencies) {
  assertPhoneRegion(config.DEFAULT_PHONE_REGION);
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const message = result.error.issues
          .map((i) => (i.code === 'unrecognized_keys' ? `unknown parameter ${i.keys.join(', ')}` : `${i.path.join('.') || 'request'}: ${i.message}`))
          .join('; ');
        return errorResponse(c, 400, 'invalid_request', message);
      }
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.use('*', answerHeaders({ personalData: false }));
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'Customer feedback timeline API', version: '1.0.0' } });
  app.use('/v1/*', answerHeaders({ personalData: true }));
  app.use('/v1/*', bearerAuth(keyRing));
  app.use('/v1/*', utf8Path);
  app.use('/v1/*', utf8Queries);
  // A method no route takes on the path is answered 405 (or 404) whatever its body: not 415 for a PATCH with none.
  app.use('/v1/*', onRoutedRequests(app, jsonBodies));

  const customerOr404 = async (customerId: string) => {
    const customer = await canonical(store, customerId);
    return customer && (await toCustomerView(store, customer));
  };

  app.openapi(findCustomer, async (c) => {
    const identity = normaliseIdentityKey(c.req.valid('query').identity, config.DEFAULT_PHONE_REGION);
    if (!identity) return errorResponse(c, 422, 'invalid_identity', INVALID_IDENTITY_MESSAGE);
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
    const { limit, cursor } = c.req.valid('query');
    // The timeline's own customer: after a merge the absorbed id's cursors page the one merged timeline.
    const scopeOf = (id: string) => listingScope('timeline', { customerId: id });
    const merges = store.listMerges(customer.customerId);
    // A cursor issued before a merge or its undo names the timeline as it was then: of a customer this one was merged with.
    const formerScopes = async () => (await merges).flatMap((merge) => [merge.survivorId, merge.absorbedId]).map(scopeOf);
    const [page, mergeRecords, steps] = await Promise.all([
      scopedPage(scopeOf(customer.customerId), cursor, (position) => store.listTimeline(customer.customerId, { limit, maxBytes: ANSWER_ITEM_BYTES, ...(position ? { cursor: position } : {}) }), formerScopes),
      merges,
      merges.then((listed) => pendingSteps(store, listed, customer)),
    ]);
    return c.json({ customerId: customer.customerId, ...toItemPage(page), merges: mergeRecords.map((merge) => toMergeView(merge, steps.get(merge.mergeId))), identityChanges: customer.identityChanges ?? [], ...(customer.olderIdentityChanges ? { olderIdentityChanges: customer.olderIdentityChanges } : {}) }, 200);
  });

  app.openapi(exportCustomer, async (c) => {
    const { customerId } = c.req.valid('param');
    const { cursor } = c.req.valid('query');
    const person = await customersOfPerson(store, customerId);
    if (!person) return errorResponse(c, 404, 'not_found', `no customer ${customerId}`);
    const customers = [person.customer, ...person.merged];
    // A merge or its undo between two pages changes whose items the export holds: a cursor issued
    // before would go on without what a merge brought before its position (400: start again).
    const scope = listingScope('export', { customers: [person.customer.customerId, ...person.merged.map(({ customerId: id }) => id).sort()] });
    const page = await exportPage(store, customers, positionOf(scope, cursor));
    const nextCursor = issueCursor(scope, page.nextPosition);
    c.header('content-disposition', `attachment; filename="${person.customer.customerId}.json"`);
    return c.json(
      {
        exportedAt: clock.now().toISOString(),
        customer: await toCustomerView(store, person.customer),
        mergedCustomers: person.merged.map(({ customerId: id, identities, firstSeen, lastSeen }) => ({ customerId: id, identities, firstSeen, lastSeen })),
        identities: identitiesNamed(customers, page.items),
        items: page.items.map(toItemView),
        ...(nextCursor ? { nextCursor } : {}),
      },
      200,
    );
  });

  app.openapi(deleteCustomer, async (c) => {
    const { customerId } = c.req.valid('param');
    const erasure = await eraseCustomer({ store, clock }, customerId, c.get('principal').name);
    return erasure ? c.json(erasure, 200) : errorResponse(c, 404, 'not_found', `no customer ${customerId}`);
  });

  app.openapi(listErasures, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    return c.json(await scopedPage(listingScope('erasures', {}), cursor, (position) => store.listErasures({ limit, ...(position ? { cursor: position } : {}) })), 200);
  });

  app.openapi(getFeedback, async (c) => {
    const { feedbackId } = c.req.valid('param');
    const record = await store.getFeedback(feedbackId);
    if (!record) return errorResponse(c, 404, 'not_found', `no feedback ${feedbackId}`);
    c.header('ETag', revisionTag(caseRevision(record)));
    return c.json(toItemView(record), 200);
  });

  app.openapi(listFeedback, async (c) => {
    const { limit, cursor, ...filter } = c.req.valid('query');
    if (filter.from && filter.to && filter.from > filter.to) return errorResponse(c, 400, 'invalid_request', 'from is after to');
    const page = scopedPage(listingScope('work-queue', filter), cursor, (position) => store.listWorkQueue({ filter, limit, maxBytes: ANSWER_ITEM_BYTES, ...(position ? { cursor: position } : {}) }));
    return c.json(toItemPage(await page), 200);
  });

  app.openapi(changeCase, async (c) => {
    const { feedbackId } = c.req.valid('param');
    const dependencies = { store, clock, timeZone: config.REPORT_TIME_ZONE };
    const ifRevision = revisionOfTag(c.req.valid('header')['if-match']);
    if (ifRevision === null) return errorResponse(c, 400, 'invalid_request', 'If-Match: send the ETag the item was read with, e.g. "3" (strong: a weak W/ tag never matches)');
    const outcome = await changeFeedbackStatus(dependencies, feedbackId, c.req.valid('json'), c.get('principal').name, ifRevision);
    switch (outcome.status) {
      case 'changed':
      case 'unchanged':
        c.header('ETag', revisionTag(caseRevision(outcome.record)));
        return c.json(toItemView(outcome.record), 200);
      case 'stale':
        return errorResponse(c, 412, 'stale_revision', `the item is at revision ${outcome.revision} now; read it and decide again`);
      case 'not_found':
        return errorResponse(c, 404, 'not_found', `no feedback ${feedbackId}`);
      case 'invalid_transition':
        return errorResponse(c, 409, 'invalid_transition', `a ${outcome.from} item cannot become ${outcome.to}`);
      case 'conflict':
        return errorResponse(c, 409, 'conflict', 'the item changed meanwhile; read it and try again');
    }
  });

  app.openapi(dailyStats, async (c) => {
    const query = c.req.valid('query');
    // Days are the reporting zone's: a client's own clock or UTC would cut today off for hours.
    const to = query.to ?? reportingDay(clock.now().toISOString(), config.REPORT_TIME_ZONE);
    const from = query.from ?? addDays(to, -(DEFAULT_STATS_DAYS - 1));
    const days = daysBetween(from, to);
    if (days.length === 0 || days.length > MAX_STATS_DAYS) return errorResponse(c, 400, 'invalid_range', `from must not be after to, and the range at most ${MAX_STATS_DAYS} days`);
    const counters = await store.getDailyCounters(days);
    return c.json({ days: days.map((day) => ({ day, counters: counters.get(day) ?? {} })) }, 200);
  });

  app.openapi(whoAmI, (c) => c.json(c.get('principal'), 200));

  // Read on the first request for it, not at cold start: the taxonomy module builds the
  // classifier's phrase tables beside the labels, and no other route needs it.
  let complaintTypeLabels: Promise<{ id: string; labelZh: string; labelEn: string }[]> | undefined;
  const labels = () =>
    (complaintTypeLabels ??= import('../classify/taxonomy.ts').then(({ loadTaxonomy }) =>
      loadTaxonomy(config.COMPLAINT_TAXONOMY_FILE).types.map(({ id, labelZh, labelEn }) => ({ id, labelZh, labelEn })),
    ));
  app.openapi(complaintTypes, async (c) => c.json({ items: await labels() }, 200));

  registerMergeRoutes(app, { store, clock });
  registerIdentityRoutes(app, { store, clock, phoneRegion: config.DEFAULT_PHONE_REGION });

  app.notFound(notFoundOrNotAllowed(app));
  app.onError((error, c) => {
    if (error instanceof InvalidCursorError) return errorResponse(c, 400, 'invalid_cursor', error.message);
    if (isClientAbort(error, c.req.raw)) {
      onClientAbort?.(c.req.path);
      return errorResponse(c, 400, 'request_aborted', 'the client closed the connection before the body was read');
    }
    // The validators' own refusals: a body of another media type than the route takes (415, as the
    // status-change route answers), a body that is not JSON (400).
    if (error instanceof HTTPException && error.status === 415) return errorResponse(c, 415, 'unsupported_media_type', 'send the body as application/json');
    if (error instanceof HTTPException && error.status < 500) return errorResponse(c, 400, 'invalid_request', error.message);
    onError?.(error);
    if (error instanceof KeyRingUnavailableError) return errorResponse(c, 503, 'keys_unavailable', 'the API keys could not be read; retry later');
    if (error instanceof StoreUnavailableError) {
      c.header('Retry-After', '1');
      return errorResponse(c, 503, 'store_unavailable', 'the data store could not be reached; retry later');
    }
    return errorResponse(c, 500, 'internal', 'the request could not be served');
  });
  return app;
}

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`) && days.length <= MAX_STATS_DAYS; at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}
