import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, HonoRequest } from 'hono';
import { errorResponse } from '../http/errors.ts';
import type { MergeRefusal } from '../identity/bounds.ts';
import { closeSuggestionAsOne, finishAcceptedMerge, mergeCustomers, undoMergeAsked } from '../identity/merges.ts';
import type { MergeRecord } from '../model.ts';
import type { Clock, IdentityStore, TimelineStore } from '../ports.ts';
import type { ApiEnv } from './auth.ts';
import { errors as commonErrors, json, route } from './route.ts';
import {
  CustomerParams,
  EmptyBody,
  ErrorSchema,
  MergeBody,
  MergeParams,
  MergeResult,
  MergeSchema,
  SuggestionListQuery,
  SuggestionPageSchema,
  SuggestionParams,
  SuggestionSchema,
} from './schemas.ts';
import { pendingSteps, toMergeView } from './views.ts';
import { listingScope, scopedPage } from './cursors.ts';

const errors = {
  ...commonErrors,
  409: json(ErrorSchema, 'The merge cannot be made or undone as things stand (`already_merged`, `merged_since`, `already_decided`; `identity_moved`: the identity a suggestion quotes leads to neither of its customers any more (`customerId`: who holds it now, if anyone), so nothing is merged and the suggestion stays open to dismiss; `too_many_identities`: together the two would hold more than 100 identities, so nothing is merged: remove some first; `merge_chain_too_long`: the absorbed customer\'s items already moved through 64 standing merges, so nothing is merged: undo some first)'),
};
const optionalReason = { content: { 'application/json': { schema: MergeBody.pick({ reason: true }) } }, required: false };
const noBody = { content: { 'application/json': { schema: EmptyBody } }, required: false };

export const mergeRoute = route({
  method: 'post',
  scope: 'write',
  path: '/v1/customers/{customerId}/merge',
  summary: 'Merge another customer into this one (a person decided they are the same); undoable',
  request: { params: CustomerParams, body: { content: { 'application/json': { schema: MergeBody } }, required: true } },
  responses: { 200: json(MergeResult, 'The merge and the customer that now stands for both'), ...errors },
});
export const getMergeRoute = route({
  method: 'get',
  scope: 'read',
  path: '/v1/merges/{mergeId}',
  summary: 'One merge: who joined which customers, when and why, and its undo',
  request: { params: MergeParams },
  responses: { 200: json(MergeSchema, 'The merge'), ...errors },
});
export const undoRoute = route({
  method: 'post',
  scope: 'write',
  path: '/v1/merges/{mergeId}/undo',
  summary: 'Undo a merge, automatic or manual: items, identities and counts go back exactly',
  request: { params: MergeParams, body: noBody },
  responses: { 200: json(MergeSchema, 'The merge, now undone'), ...errors },
});
export const listSuggestionsRoute = route({
  method: 'get',
  scope: 'read',
  path: '/v1/merge-suggestions',
  summary: "Messages that claimed another customer's identity, for a person to accept or dismiss",
  request: { query: SuggestionListQuery },
  responses: { 200: json(SuggestionPageSchema, 'One page of suggestions, newest first'), ...errors },
});
export const acceptSuggestionRoute = route({
  method: 'post',
  scope: 'write',
  path: '/v1/merge-suggestions/{suggestionId}/accept',
  summary: 'Accept a suggestion: merges the claiming customer into the one that holds the identity',
  description:
    'The suggestion is accepted in the same write as its merge: 409 `too_many_identities` or `merge_chain_too_long` leaves it open, `already_decided` means it was dismissed (or accepted) first, nothing merged, and `already_merged` that other merges made the two one (the suggestion is closed, accepted with no merge of its own). ' +
    'An accept cut short (503) after its merge was written is accepted with that merge; accepting it again finishes the merge and answers 200 with it.',
  request: { params: SuggestionParams, body: optionalReason },
  responses: { 200: json(MergeResult, 'The merge made'), ...errors },
});
export const dismissSuggestionRoute = route({
  method: 'post',
  scope: 'write',
  path: '/v1/merge-suggestions/{suggestionId}/dismiss',
  summary: 'Dismiss a suggestion: the two customers stay apart',
  request: { params: SuggestionParams, body: noBody },
  responses: { 200: json(SuggestionSchema, 'The suggestion, dismissed'), ...errors },
});

/** Read through Hono's body cache: the raw body may have been read already (jsonBodies checks its bytes). */
async function isEmpty(request: HonoRequest): Promise<boolean> {
  return request.raw.body === null || request.header('content-length') === '0' || (await request.text()) === '';
}

function refused(c: Context<ApiEnv>, refusal: MergeRefusal) {
  return refusal.status === 'too_many_identities'
    ? errorResponse(c, 409, refusal.status, `together the two customers hold more than ${refusal.limit} identities, as many as one may: remove some first`)
    : errorResponse(c, 409, refusal.status, `the absorbed customer's items moved through ${refusal.limit} standing merges already, as many as an item may: undo some of them first`);
}

/** A merge as the API shows it, with whether its items are still moving (its survivor's marks, read). */
async function mergeView(store: IdentityStore, merge: MergeRecord) {
  return toMergeView(merge, (await pendingSteps(store, [merge])).get(merge.mergeId));
}

/** Who is asking: the API key's name when it has one, else its id. */
export function caller(c: Context<ApiEnv>): string {
  return c.get('apiKeyName') ?? c.get('apiKeyId');
}

/** Merges, undos and merge suggestions: every identity decision a person makes. */
export function registerMergeRoutes(app: OpenAPIHono<ApiEnv>, { store, clock }: { store: IdentityStore & TimelineStore; clock: Clock }) {
  // Their body is optional (a reason, or nothing): an empty one sent as JSON is no body, not malformed JSON.
  for (const path of ['/v1/merge-suggestions/:suggestionId/accept', '/v1/merge-suggestions/:suggestionId/dismiss', '/v1/merges/:mergeId/undo']) {
    app.use(path, async (c, next) => {
      if (c.req.header('content-type') && (await isEmpty(c.req))) {
        const headers = new Headers(c.req.raw.headers);
        headers.delete('content-type');
        c.req.raw = new Request(c.req.raw.url, { method: c.req.method, headers });
      }
      await next();
    });
  }
  app.openapi(mergeRoute, async (c) => {
    const { customerId } = c.req.valid('param');
    const body = c.req.valid('json');
    const outcome = await mergeCustomers(store, {
      survivorId: customerId,
      absorbedId: body.customerId,
      mergedAt: clock.now().toISOString(),
      by: caller(c),
      reason: body.reason ?? 'merged by a person through the API',
    });
    switch (outcome.status) {
      case 'merged':
        return c.json({ mergeId: outcome.mergeId, customerId: outcome.customerId }, 200);
      case 'not_found':
        return errorResponse(c, 404, 'not_found', `no customer ${outcome.customerId}`);
      case 'same_customer':
      case 'already':
        return errorResponse(c, 409, 'already_merged', 'the two ids stand for one customer already');
      case 'too_many_identities':
      case 'merge_chain_too_long':
        return refused(c, outcome);
    }
  });

  app.openapi(getMergeRoute, async (c) => {
    const { mergeId } = c.req.valid('param');
    const merge = await store.getMerge(mergeId);
    return merge ? c.json(await mergeView(store, merge), 200) : errorResponse(c, 404, 'not_found', `no merge ${mergeId}`);
  });

  app.openapi(undoRoute, async (c) => {
    const { mergeId } = c.req.valid('param');
    const outcome = await undoMergeAsked(store, { mergeId, at: clock.now().toISOString(), by: caller(c) });
    switch (outcome.status) {
      case 'undone':
      case 'already':
        return c.json(await mergeView(store, outcome.merge), 200);
      case 'not_found':
        return errorResponse(c, 404, 'not_found', `no merge ${mergeId}`);
      case 'survivor_merged':
        return errorResponse(c, 409, 'merged_since', `the customer was merged into ${outcome.into} since: undo that merge first`);
    }
  });

  app.openapi(listSuggestionsRoute, async (c) => {
    const { status, limit, cursor } = c.req.valid('query');
    const page = await scopedPage(listingScope('merge-suggestions', { status }), cursor, (position) => store.listMergeSuggestions(status, { limit, ...(position ? { cursor: position } : {}) }));
    return c.json({ status, ...page }, 200);
  });

  app.openapi(acceptSuggestionRoute, async (c) => {
    const { suggestionId } = c.req.valid('param');
    const suggestion = await store.getMergeSuggestion(suggestionId);
    if (!suggestion) return errorResponse(c, 404, 'not_found', `no suggestion ${suggestionId}`);
    // Accepted with its merge, which a request cut short (503) may have left pending: accepting again finishes it.
    const pending = suggestion.status === 'accepted' && suggestion.mergeId ? await finishAcceptedMerge(store, suggestion.mergeId) : undefined;
    if (pending?.status === 'merged') return c.json({ mergeId: pending.mergeId, customerId: pending.customerId }, 200);
    // Open, or accepted before its merge was made (as stored before the two were one write): the merge decides it.
    if (suggestion.status !== 'open' && (suggestion.status !== 'accepted' || suggestion.mergeId)) return errorResponse(c, 409, 'already_decided', `the suggestion was ${suggestion.status} already`);
    // The merge's own write accepts the suggestion, guarded on it being undecided: a dismissal at
    // the same instant comes first (this is 409) or finds it decided, and a merge the store refuses
    // for its size leaves it open. The same write checks that the identity it quotes still leads
    // to one of its two customers (a claim: the holder; a merge refused for its size: whichever
    // side holds the message's verified identity): once a person removed it from them, or gave it
    // to a third, accepting would merge two people on evidence that no longer stands.
    const at = clock.now().toISOString();
    const by = caller(c);
    const outcome = await mergeCustomers(store, {
      survivorId: suggestion.otherCustomerId,
      absorbedId: suggestion.customerId,
      mergedAt: at,
      by,
      reason: c.req.valid('json')?.reason ?? `accepted suggestion ${suggestionId}: a message claimed ${suggestion.identity}`,
      causeFeedbackId: suggestion.feedbackId,
    }, suggestionId);
    switch (outcome.status) {
      case 'merged':
        return c.json({ mergeId: outcome.mergeId, customerId: outcome.customerId }, 200);
      case 'not_found':
        return errorResponse(c, 404, 'not_found', `no customer ${outcome.customerId}`);
      case 'too_many_identities':
      case 'merge_chain_too_long':
        return refused(c, outcome);
      case 'suggestion_decided':
        return errorResponse(c, 409, 'already_decided', 'the suggestion was decided already');
      case 'identity_moved': {
        const message = `${suggestion.identity} no longer leads to ${suggestion.otherCustomerId} or ${suggestion.customerId}` + (outcome.holder ? ` but to ${outcome.holder}` : '') + ': dismiss the suggestion, or merge deliberately';
        return c.json({ error: { code: 'identity_moved', message, ...(outcome.holder ? { customerId: outcome.holder } : {}) } }, 409);
      }
      case 'same_customer':
      case 'already':
        // Other merges made the two one: nothing is left to decide, so it is closed without a merge of its own.
        await closeSuggestionAsOne(store, suggestion, { at, by });
        return errorResponse(c, 409, 'already_merged', 'the two customers are one already');
    }
  });

  app.openapi(dismissSuggestionRoute, async (c) => {
    const { suggestionId } = c.req.valid('param');
    const decided = await store.decideMergeSuggestion({ suggestionId, status: 'dismissed', at: clock.now().toISOString(), by: caller(c) });
    if (decided === undefined) return errorResponse(c, 404, 'not_found', `no suggestion ${suggestionId}`);
    if (decided === 'conflict') return errorResponse(c, 409, 'already_decided', 'the suggestion was decided already');
    return c.json(decided, 200);
  });
}
