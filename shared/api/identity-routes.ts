import type { OpenAPIHono } from '@hono/zod-openapi';
import { errorResponse } from '../http/errors.ts';
import { addIdentityTo, removeIdentityFrom } from '../identity/identity-changes.ts';
import { ANONYMOUS_FORM_PREFIX, isAnonymousFormId, normaliseIdentityKey } from '../identity/normalise.ts';
import type { Clock, IdentityStore } from '../ports.ts';
import type { ApiEnv } from './auth.ts';
import { caller } from './merge-routes.ts';
import { errors, json, route } from './route.ts';
import { CustomerIdentityParams, CustomerParams, ErrorSchema, IdentityBody, IdentityChangeResult, IdentityConflictSchema, IdentityRemovalQuery } from './schemas.ts';
import { toCustomerView } from './views.ts';

/** A value of the right shape that names no identity: 422 on every route taking one (400 is for a request's shape). */
export const invalidIdentity = { 422: json(ErrorSchema, 'The identity is not one this service can hold (`invalid_identity`): an unknown kind, a malformed email, a number that is no phone, an invisible or control character…') };
export const INVALID_IDENTITY_MESSAGE = 'identity must be email:, phone:, wechat:, wechatunion: or form: followed by a valid value';

export const addIdentityRoute = route({
  method: 'post',
  scope: 'write',
  path: '/v1/customers/{customerId}/identities',
  summary: 'Add a verified identity to a customer (a person vouches for it); recorded with who, when and why',
  description:
    'The identity is normalised as everywhere and becomes verified on the customer: added if nobody holds it, marked verified if the customer claimed it. ' +
    "Another customer's identity (claimed or verified) moves nothing: 409 `identity_taken` names that customer, to merge deliberately with `POST /v1/customers/{customerId}/merge`. " +
    'An add never merges by itself: the identity alone does not prove the two are one person, and a merge moves items and counts a person should decide on, and can undo. ' +
    'An anonymous identity (`form:anonymous-…`: a web-form post, or mail a list rewrote, that named no one) is refused as forms refuse it (422 `invalid_identity`). ' +
    'A customer holds several emails, phones, openids and shop ids, one WeChat unionid (409 `conflicting_identity`), at most 100 identities in all (409 `too_many_identities`: remove one, or erase the customer; nothing is written). ' +
    'The customer keeps the latest 50 changes, and counts the older ones (`olderIdentityChanges`).',
  request: { params: CustomerParams, body: { content: { 'application/json': { schema: IdentityBody } }, required: true } },
  responses: {
    200: json(IdentityChangeResult, 'Verified a claim of the customer, or nothing to do (`unchanged`)'),
    201: json(IdentityChangeResult, 'Added'),
    ...errors,
    409: json(IdentityConflictSchema, '`identity_taken` (another customer holds it), `conflicting_identity` or `too_many_identities` (the customer holds as many as one may: `limit`)'),
    ...invalidIdentity,
  },
});

export const removeIdentityRoute = route({
  method: 'delete',
  scope: 'write',
  path: '/v1/customers/{customerId}/identities/{identity}',
  summary: 'Remove an identity from a customer: it no longer leads there; the items keep theirs',
  description:
    'A later message naming it makes or finds a customer by the usual rules. 404 `identity_not_held` if the customer does not hold it; ' +
    'the last identity stays (409 `last_identity`: a customer must stay findable) unless it is a `form:` one, ' +
    'and so does the last one each customer merged into this one brought (an undo gives it back, findable).',
  request: { params: CustomerIdentityParams, query: IdentityRemovalQuery },
  responses: { 200: json(IdentityChangeResult, 'Removed'), ...errors, 409: json(ErrorSchema, '`last_identity`'), ...invalidIdentity },
});

/** Identities a person adds to or removes from a customer. */
export function registerIdentityRoutes(app: OpenAPIHono<ApiEnv>, { store, clock, phoneRegion }: { store: IdentityStore; clock: Clock; phoneRegion: string }) {
  app.openapi(addIdentityRoute, async (c) => {
    const { customerId } = c.req.valid('param');
    const body = c.req.valid('json');
    const identity = normaliseIdentityKey(body.identity, phoneRegion);
    if (!identity) return errorResponse(c, 422, 'invalid_identity', INVALID_IDENTITY_MESSAGE);
    if (identity.startsWith('form:') && isAnonymousFormId(identity.slice('form:'.length))) {
      return errorResponse(c, 422, 'invalid_identity', `form:${ANONYMOUS_FORM_PREFIX}… names a web-form post or list mail that named no one: it is looked up, never given`);
    }
    const by = caller(c);
    const outcome = await addIdentityTo(store, { customerId, identity, at: clock.now().toISOString(), by, reason: body.reason ?? `added by ${by} through the API` });
    switch (outcome.status) {
      case 'not_found':
        return errorResponse(c, 404, 'not_found', `no customer ${customerId}`);
      case 'taken':
        return c.json({ error: { code: 'identity_taken', message: `${identity} belongs to ${outcome.ownerId}: merge the two if they are one person`, customerId: outcome.ownerId } }, 409);
      case 'conflicting':
        return c.json({ error: { code: 'conflicting_identity', message: `the customer holds ${outcome.identity} verified, and has only one of that kind`, identity: outcome.identity } }, 409);
      case 'too_many_identities':
        return c.json({ error: { code: 'too_many_identities', message: `the customer holds ${outcome.limit} identities, as many as one may: remove one first`, limit: outcome.limit } }, 409);
      default:
        return c.json({ identity, change: outcome.status, customer: await toCustomerView(store, outcome.customer) }, outcome.status === 'added' ? 201 : 200);
    }
  });

  app.openapi(removeIdentityRoute, async (c) => {
    const { customerId, identity: raw } = c.req.valid('param');
    const identity = normaliseIdentityKey(raw, phoneRegion);
    if (!identity) return errorResponse(c, 422, 'invalid_identity', INVALID_IDENTITY_MESSAGE);
    const by = caller(c);
    const outcome = await removeIdentityFrom(store, { customerId, identity, at: clock.now().toISOString(), by, reason: c.req.valid('query').reason ?? `removed by ${by} through the API` });
    switch (outcome.status) {
      case 'not_found':
        return errorResponse(c, 404, 'not_found', `no customer ${customerId}`);
      case 'not_held':
        return errorResponse(c, 404, 'identity_not_held', `the customer does not hold ${identity}`);
      case 'last_identity':
        return errorResponse(c, 409, 'last_identity', 'a customer must stay findable: its last identity stays, as does the last one of each customer merged into it (merge it, undo the merge, or erase the customer)');
      case 'removed':
        return c.json({ identity, change: 'removed' as const, customer: await toCustomerView(store, outcome.customer) }, 200);
    }
  });
}
