// Loaded first for what it does to zod: every schema gets .openapi().
import '@hono/zod-openapi';
import * as z from 'zod';
import { INTENTS, SENTIMENT_LABELS } from '../classify/types.ts';
import { CHANNELS } from '../event-ids.ts';
import { FEEDBACK_STATUSES } from '../model.ts';
import { hasVisibleText, isStorableText, UNSTORABLE_TEXT } from '../text.ts';

/** Free text a person writes through the API, kept and shown to others: Unicode, without NUL. */
const storable = <T extends z.ZodString>(schema: T) => schema.refine(isStorableText, UNSTORABLE_TEXT);

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error', { example: { error: { code: 'not_found', message: 'no customer cus_… ' } } });

export const ClassificationSchema = z
  .object({
    language: z.enum(['zh', 'en', 'other']),
    script: z.enum(['simplified', 'traditional']).optional(),
    sentiment: z.object({ label: z.enum(SENTIMENT_LABELS), score: z.number().min(-1).max(1) }),
    complaintTypes: z.array(z.object({ type: z.string(), confidence: z.number() })),
    intent: z.enum(INTENTS),
    urgent: z.boolean(),
    urgentReason: z.string().optional(),
    explanations: z.array(z.string()),
  })
  .openapi('Classification');

export const CaseEventSchema = z
  .object({
    at: z.string(),
    by: z.string().openapi({ description: 'Name of the API key that made the change' }),
    status: z.object({ from: z.enum(FEEDBACK_STATUSES), to: z.enum(FEEDBACK_STATUSES) }).optional(),
    note: z.string().optional(),
    assignee: z.string().optional().openapi({ description: 'The new assignee; empty when unassigned' }),
  })
  .openapi('CaseEvent');

export const FeedbackSchema = z
  .object({
    feedbackId: z.string(),
    customerId: z.string().openapi({ description: 'The customer the item belongs to now (after merges)' }),
    originalCustomerId: z.string(),
    channel: z.enum(CHANNELS),
    source: z.string(),
    kind: z.enum(['message', 'interaction']),
    receivedAt: z.string(),
    processedAt: z.string(),
    identities: z.array(z.string()),
    senderVerified: z.boolean().optional().openapi({ description: 'Whether a channel verified the sender; false: every identity and the name are claims (absent on items written before this was recorded)' }),
    displayName: z.string().optional(),
    text: z.string(),
    subject: z.string().optional(),
    rating: z.number().int().optional(),
    nps: z.number().int().optional(),
    attachments: z.array(z.object({ name: z.string(), contentType: z.string(), size: z.number() })).optional(),
    metadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    classification: ClassificationSchema,
    status: z.enum(FEEDBACK_STATUSES),
    acknowledgedAt: z.string().optional(),
    resolvedAt: z.string().optional(),
    assignee: z.string().optional(),
    history: z.array(CaseEventSchema).optional().openapi({ description: 'Case changes, oldest first: every one, or the latest that fit 64 KB (see olderCaseChanges)' }),
    olderCaseChanges: z
      .object({ count: z.number().int(), status: z.enum(FEEDBACK_STATUSES) })
      .optional()
      .openapi({ description: 'Present when the item has had more case changes than `history` keeps: how many older ones, and the status they left it in. The ETag counts them all' }),
    day: z.string().openapi({ description: 'Reporting day (REPORT_TIME_ZONE) the item is counted on' }),
    mergedVia: z.array(z.string()).optional().openapi({ description: 'Merges that moved the item here, oldest first' }),
  })
  .openapi('Feedback');

export const IdentityChangeSchema = z
  .object({
    identity: z.string(),
    change: z.enum(['added', 'verified', 'removed']),
    at: z.string(),
    by: z.string().openapi({ description: 'The API key that made the change' }),
    reason: z.string(),
  })
  .openapi('IdentityChange');

const PendingStep = z
  .enum(['merge', 'undo'])
  .openapi({ description: "Still under way: `merge`, the absorbed customer's items are still moving to the survivor; `undo`, the merge is undone and its items are still moving back. Absent once done" });

export const CustomerSchema = z
  .object({
    customerId: z.string(),
    identities: z.array(z.string()),
    displayName: z.string().optional(),
    displayNameClaimed: z.literal(true).optional().openapi({ description: 'Present when only a claim (a web form, mail without passing verdicts) gave the name' }),
    firstSeen: z.string(),
    lastSeen: z.string(),
    counts: z.object({
      total: z.number(),
      byChannel: z.record(z.string(), z.number()),
      bySentiment: z.record(z.string(), z.number()),
      complaints: z.number(),
      openComplaints: z.number().openapi({ description: 'Complaints not resolved (open, acknowledged or reopened)' }),
    }),
    risk: z
      .object({
        negativeDays: z.record(z.string(), z.number()).openapi({ description: 'Negative messages per reporting day in the trailing week of the latest one' }),
        atRisk: z
          .object({ day: z.string(), negativesLastWeek: z.number(), reason: z.enum(['repeated_negative', 'negative_after_positive']), feedbackId: z.string() })
          .optional()
          .openapi({ description: 'The latest time its messages put the customer at risk (the digest lists each day)' }),
      })
      .openapi({ description: "What at-risk detection knows of the customer's messages" }),
    verifiedIdentities: z.array(z.string()).openapi({ description: 'Identities a signed channel or a person vouched for; the others are claims' }),
    identityChanges: z.array(IdentityChangeSchema).openapi({ description: 'Identities people added, verified or removed through the API, oldest first: the latest 50' }),
    olderIdentityChanges: z.number().int().optional().openapi({ description: 'How many changes came before those listed (present when some did): the profile keeps the latest 50, so that it stays within an item' }),
    mergedFrom: z.array(
      z.object({
        mergeId: z.string(),
        customerId: z.string(),
        mergedAt: z.string(),
        by: z.string(),
        reason: z.string(),
        causeFeedbackId: z.string().optional(),
        identities: z.array(z.string()),
      }),
    ),
    pendingWork: z
      .array(
        z.object({
          mergeId: z.string(),
          customerId: z.string().openapi({ description: 'The other customer of the merge' }),
          step: PendingStep,
        }),
      )
      .optional()
      .openapi({ description: 'Merges and undos of this customer still under way (present while some are): their items are still moving, so a timeline lacks some it will have; a request cut short (a timeout, the store out of reach) leaves one so until the next message, merge or undo of the survivor finishes it, or the undo is asked for again' }),
  })
  .openapi('Customer');

export const MergeSchema = z
  .object({
    mergeId: z.string(),
    survivorId: z.string(),
    absorbedId: z.string(),
    mergedAt: z.string(),
    by: z.string().openapi({ description: '`processor` for an automatic merge, else the API key that asked' }),
    reason: z.string(),
    causeFeedbackId: z.string().optional(),
    absorbedIdentities: z.array(z.string()),
    undoneAt: z.string().optional(),
    undoneBy: z.string().optional(),
    pending: PendingStep.optional(),
  })
  .openapi('Merge');

export const TimelineSchema = z
  .object({
    customerId: z.string(),
    items: z.array(FeedbackSchema),
    nextCursor: z.string().optional(),
    merges: z.array(MergeSchema).openapi({ description: 'Merges this customer took part in and their undos: who, when, why' }),
    identityChanges: z.array(IdentityChangeSchema).openapi({ description: 'Identities people added, verified or removed through the API: who, when, why; the latest 50' }),
    olderIdentityChanges: z.number().int().optional().openapi({ description: 'How many changes came before those listed (present when some did)' }),
  })
  .openapi('Timeline');

/** Cursors are opaque base64url strings this API issued (`nextCursor`). */
const Cursor = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'a cursor is the nextCursor of an earlier page')
  .openapi({ description: 'The `nextCursor` of the previous page, unchanged' });

/**
 * How many items a page holds, as plain decimal digits: Number() and z.coerce read `0x10` as 16,
 * `1e1` as 10 and ` 5` as 5, so a typo or a client's odd encoding got a page nobody asked for.
 */
export const PageLimit = z
  .string()
  .regex(/^[0-9]{1,9}$/, 'limit is a whole number in decimal digits')
  .transform(Number)
  .pipe(z.number().int().min(1).max(100))
  .default(20)
  .openapi({ type: 'integer', minimum: 1, maximum: 100, default: 20 });

/** Why a person merged or changed identities, recorded with who and when: something a reader sees. */
const Reason = storable(z.string().trim().min(1).max(500)).refine(hasVisibleText, 'a reason needs something a reader sees');

export const MergeBody = z
  .object({
    customerId: z.string().regex(/^cus_[0-9a-z]{26}$/, 'not a customer id').openapi({ description: 'The customer to merge into this one' }),
    reason: Reason.optional(),
  })
  .strict()
  .openapi('MergeRequest');

/** What a route that takes no body accepts (the console sends `{}`): a member would be dropped unseen. */
export const EmptyBody = z.object({}).strict().openapi('EmptyRequest');

export const MergeResult = z.object({ mergeId: z.string(), customerId: z.string() }).openapi('MergeResult');

export const MergeParams = z.object({
  mergeId: z.string().regex(/^mrg_[0-9a-z]{26}$/, 'not a merge id').openapi({ param: { name: 'mergeId', in: 'path' } }),
});

export const SuggestionParams = z.object({
  suggestionId: z.string().regex(/^sug_[0-9a-z]{26}$/, 'not a suggestion id').openapi({ param: { name: 'suggestionId', in: 'path' } }),
});

export const SuggestionSchema = z
  .object({
    suggestionId: z.string(),
    customerId: z.string().openapi({ description: 'The customer the claiming message went to; accepting merges it into otherCustomerId' }),
    otherCustomerId: z.string(),
    identity: z.string().openapi({ description: 'The identity the message claimed that belongs to otherCustomerId' }),
    feedbackId: z.string(),
    createdAt: z.string(),
    status: z.enum(['open', 'accepted', 'dismissed']),
    decidedAt: z.string().optional(),
    decidedBy: z.string().optional(),
    mergeId: z.string().optional(),
    undoneAt: z.string().optional().openapi({ description: 'Accepted, then its merge was undone: open again (without decidedAt, decidedBy and mergeId) to accept or dismiss; when the latest such undo was made' }),
    undoneBy: z.string().optional().openapi({ description: 'Who undid that merge (the API key)' }),
    undoneMergeId: z.string().optional().openapi({ description: 'The merge that accepted it and was undone (`GET /v1/merges/{mergeId}`)' }),
  })
  .openapi('MergeSuggestion');

export const SuggestionListQuery = z.object({
  status: z.enum(['open', 'accepted', 'dismissed']).default('open'),
  limit: PageLimit,
  cursor: Cursor.optional(),
});

export const SuggestionPageSchema = z
  .object({ status: z.enum(['open', 'accepted', 'dismissed']), items: z.array(SuggestionSchema), nextCursor: z.string().optional() })
  .openapi('MergeSuggestionPage');

/**
 * kind, colon, then a value without control or invisible format characters (a phone may be
 * typed with spaces), for clients to check against. Written without the `u` flag so the OpenAPI
 * document can carry it as is.
 */
const IDENTITY_PATTERN = /^(email|phone|wechat|wechatunion|form):[^\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]+$/;

/**
 * A query string's `+` reads as a space (form encoding), but identities and instants are written
 * with a literal one (`phone:+1…`, `email:li+shop@…`, `…T09:00:00+08:00`, as the README shows them)
 * and curl sends them so. A space where the value cannot hold one is put back as that `+`: anywhere
 * in an instant or in an identity other than a phone number, and before a phone number's first
 * digit (dropped there, `+1 415…` read as a national number: another customer). The spaces a browser
 * sends for `+86 138 0013 8000` (`%2B86+138+…`) stay the separators they are.
 */
const plusSignsOfIdentity = (identity: string) =>
  identity.startsWith('phone:') ? identity.replace(/^phone:\s+/, 'phone:+') : identity.replace(/ /g, '+');
const plusSignsOfInstant = (value: unknown) => (typeof value === 'string' ? value.replace(/ /g, '+') : value);

export const IdentityQuery = z.object({
  identity: z
    .string()
    .min(3)
    .max(330)
    // Documented, not enforced here (400): kind and value are checked as the identity routes check
    // them, by normalising (422 `invalid_identity`), which refuses those characters inside a value
    // and trims them around it, as everywhere.
    .transform(plusSignsOfIdentity)
    .openapi({ description: '`email:…`, `phone:+86…`, `wechat:<openid>`, `wechatunion:<unionid>` or `form:<customerId>`', example: 'email:li.lei@example.com', pattern: IDENTITY_PATTERN.source }),
});

export const CustomerParams = z.object({
  customerId: z.string().regex(/^cus_[0-9a-z]{26}$/, 'not a customer id').openapi({ param: { name: 'customerId', in: 'path' } }),
});

export const FeedbackParams = z.object({
  feedbackId: z.string().regex(/^fb_[0-9a-z]{26}$/, 'not a feedback id').openapi({ param: { name: 'feedbackId', in: 'path' } }),
});

export const TimelineQuerySchema = z.object({
  limit: PageLimit,
  cursor: Cursor.optional(),
});

/** A time bound: an ISO 8601 instant, or a date (UTC) meaning its start (`from`) or its end (`to`). */
const timeBound = (end: 'start' | 'end') =>
  z
    .preprocess(plusSignsOfInstant, z.union([z.iso.datetime({ offset: true }), z.iso.date()]))
    .transform((value) => (value.length === 10 ? `${value}T${end === 'start' ? '00:00:00.000' : '23:59:59.999'}Z` : new Date(value).toISOString()))
    .openapi({ type: 'string', example: end === 'start' ? '2026-11-01T00:00:00Z' : '2026-11-30' });

export const FeedbackListQuery = z.object({
  status: z.enum(FEEDBACK_STATUSES).optional().openapi({ description: 'Without it: open and reopened items, urgent first' }),
  intent: z.enum(INTENTS).optional(),
  sentiment: z.enum(SENTIMENT_LABELS).optional(),
  type: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, 'not a complaint type').optional().openapi({ description: 'A complaint type of the taxonomy' }),
  channel: z.enum(CHANNELS).optional(),
  urgent: z.enum(['true', 'false']).transform((v) => v === 'true').optional().openapi({ type: 'string', enum: ['true', 'false'] }),
  from: timeBound('start').optional().openapi({ description: 'Received at or after' }),
  to: timeBound('end').optional().openapi({ description: 'Received at or before' }),
  limit: PageLimit,
  cursor: Cursor.optional(),
});

export const FeedbackPageSchema = z
  .object({ items: z.array(FeedbackSchema), nextCursor: z.string().optional() })
  .openapi('FeedbackPage');

const LINE_BREAKING = /[\p{Cc}\u2028\u2029]/u;

/** Shown in the console and the history as who handles an item: invisible or multi-line, it names nobody. */
function isOneLineName(name: string): boolean {
  return hasVisibleText(name) && !LINE_BREAKING.test(name);
}

export const CaseChangeBody = z
  .object({
    status: z
      .enum(FEEDBACK_STATUSES)
      .optional()
      .openapi({ description: 'open → acknowledged → resolved, resolved → reopened; any other move (back to open included) answers 409 invalid_transition' }),
    note: storable(z.string().trim().min(1).max(2000)).refine(hasVisibleText, 'a note needs something a reader sees').optional(),
    assignee: storable(z.string().trim().max(100))
      .refine((name) => name === '' || isOneLineName(name), 'an assignee is a name a reader sees, on one line (empty unassigns)')
      .optional()
      .openapi({ description: 'Who handles the item; an empty string unassigns' }),
  })
  .strict()
  .refine((body) => body.status !== undefined || body.note !== undefined || body.assignee !== undefined, 'send status, note or assignee')
  .openapi('CaseChange', { example: { status: 'resolved', note: '已补发，客户确认收到', assignee: '王芳' } });

export const DailyStatsQuery = z.object({
  from: z.iso.date().optional().openapi({ example: '2026-11-01', description: 'First reporting day; with `to` omitted too, the 30 reporting days ending today in REPORT_TIME_ZONE' }),
  to: z.iso.date().optional().openapi({ example: '2026-11-30', description: 'Last reporting day; omitted, today in REPORT_TIME_ZONE' }),
});

export const DailyStatsSchema = z
  .object({ days: z.array(z.object({ day: z.string(), counters: z.record(z.string(), z.number()) })) })
  .openapi('DailyStats');

export const PrincipalSchema = z
  .object({ keyId: z.string(), name: z.string(), scope: z.enum(['read', 'write', 'admin']) })
  .openapi('Principal');

export const ErasureSchema = z
  .object({
    erasureId: z.string(),
    at: z.string(),
    by: z.string(),
    subjectHash: z.string().openapi({ description: 'SHA-256 of the erased customer id' }),
    customers: z.number(),
    identities: z.number(),
    items: z.number(),
  })
  .openapi('Erasure');

export const ErasureListQuery = z.object({
  limit: PageLimit,
  cursor: Cursor.optional(),
});

export const ErasurePageSchema = z
  .object({ items: z.array(ErasureSchema), nextCursor: z.string().optional() })
  .openapi('ErasurePage');

export const ExportSchema = z
  .object({
    exportedAt: z.string(),
    customer: CustomerSchema,
    mergedCustomers: z.array(z.object({ customerId: z.string(), identities: z.array(z.string()), firstSeen: z.string(), lastSeen: z.string() })),
    identities: z.array(z.string()).openapi({ description: "The identities the person's customers hold, and those this page's items name (one removed or taken over since stays on the items that carried it)" }),
    items: z.array(FeedbackSchema),
    nextCursor: z.string().optional().openapi({ description: 'More items follow: ask again with this cursor (a page carries at most 4 MiB of items)' }),
  })
  .openapi('CustomerExport');

export const ExportQuery = z.object({
  cursor: Cursor.optional().openapi({ description: "The `nextCursor` of the previous page, unchanged; refused (400) once the customer was merged with another or a merge undone since the first page: start the export again" }),
});

const IDENTITY_KEY = z
  .string()
  .min(3)
  .max(330)
  .openapi({ description: '`email:…`, `phone:+86…`, `wechat:<openid>`, `wechatunion:<unionid>` or `form:<customerId>`, normalised as everywhere (a phone no numbering plan has is taken as an SMS provider keeps it: written with its `+`)', example: 'email:li.lei@example.com' });

export const IdentityBody = z
  .object({
    identity: IDENTITY_KEY,
    reason: Reason.optional(),
  })
  .strict()
  .openapi('IdentityAddRequest');

export const CustomerIdentityParams = CustomerParams.extend({
  identity: IDENTITY_KEY.openapi({ param: { name: 'identity', in: 'path' } }),
});

export const IdentityRemovalQuery = z.object({ reason: Reason.optional() });

export const IdentityChangeResult = z
  .object({
    identity: z.string().openapi({ description: 'The identity as normalised' }),
    change: z.enum(['added', 'verified', 'removed', 'unchanged']),
    customer: CustomerSchema,
  })
  .openapi('IdentityChangeResult');

export const IdentityConflictSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      customerId: z.string().optional().openapi({ description: '`identity_taken`: the customer that holds it (merge deliberately with `POST /v1/customers/{customerId}/merge`)' }),
      identity: z.string().optional().openapi({ description: '`conflicting_identity`: the verified identity of one kind the customer holds already' }),
      limit: z.number().int().optional().openapi({ description: '`too_many_identities`: how many identities one customer may hold' }),
    }),
  })
  .openapi('IdentityConflict');
