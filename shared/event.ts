import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { CHANNELS, IDENTITY_KINDS } from './event-ids.ts';
import { asOneLine } from './text.ts';

// Re-exported: code that needs only these imports them from event-ids.ts, which builds no schema.
export { CHANNELS, deriveFeedbackId, IDENTITY_KINDS } from './event-ids.ts';

/*
 * zod/mini, not zod's full API: the processor parses nothing else, and the full API's schema
 * classes were 49 KB of its package (limit 1.3 MB). Unlike the full API, zod/mini registers no
 * messages; the event's errors (a poison message's reason, an ingest 400) stay in English.
 */
z.config(en());

export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const IdentityKind = z.enum(IDENTITY_KINDS);
export type IdentityKind = z.infer<typeof IdentityKind>;

/** `email:a@b.com`, `phone:+8613800138000`, `wechat:<openid>`, `wechatunion:<unionid>`, `form:<customerId>` */
export const IdentityKey = z
  .string()
  .check(
    z.maxLength(320),
    z.regex(/^(email|phone|wechat|wechatunion|form):[^\p{C}\p{Z}\s]+$/u, 'identity must look like kind:value, the value printable and without spaces'),
  );
export type IdentityKey = z.infer<typeof IdentityKey>;

export const Attachment = z.object({
  name: z.string().check(z.maxLength(512)),
  contentType: z.string().check(z.maxLength(255)),
  size: z.int().check(z.nonnegative()),
});
export type Attachment = z.infer<typeof Attachment>;

export const MetadataValue = z.union([z.string().check(z.maxLength(4096)), z.number(), z.boolean(), z.null()]);

/** A name or subject, as one line (shared/text.ts); nothing left of it is no field at all. */
const oneLine = (max: number) =>
  z.optional(
    z.pipe(
      z.string().check(z.maxLength(max)),
      z.transform((value: string) => asOneLine(value) || undefined),
    ),
  );

/**
 * Day keys (counters, at-risk windows, digests) are YYYY-MM-DD in the reporting time zone, whatever
 * zone that is (UTC-12 to UTC+14): an instant whose day there has another number of year digits
 * (an imported 0999 or 9999-12-31) would stop the processor on every delivery of it.
 */
const EARLIEST_RECEIVED = Date.UTC(1000, 0, 2);
const LATEST_RECEIVED = Date.UTC(9999, 11, 30);
const ReceivedAt = z.iso
  .datetime({ offset: true })
  .check(z.refine((value) => Date.parse(value) >= EARLIEST_RECEIVED && Date.parse(value) < LATEST_RECEIVED, 'must fall between 1000-01-02 and 9999-12-29 (UTC)'));

/** What every channel produces: one normalised piece of customer feedback (or interaction). */
export const FeedbackEvent = z.object({
  schemaVersion: z.literal(1),
  feedbackId: z.string().check(z.regex(/^fb_[0-9a-z]{26}$/)),
  channel: Channel,
  /** The plug-in that produced it, e.g. `forms`, `wechat`, `twilio`, `tencent-sms`, `email`, `import`. */
  source: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Messages carry text the customer wrote; interactions (follow, menu click) are timeline context only. */
  kind: z.enum(['message', 'interaction']),
  receivedAt: ReceivedAt,
  identities: z.array(IdentityKey).check(z.minLength(1), z.maxLength(10)),
  /**
   * The identities the channel verified: a signed provider request (Twilio, Tencent SMS, WeChat)
   * or mail whose SPF or DKIM passed with DMARC. The rest are claims (a web form's fields, mail
   * without passing verdicts) and never move another customer's items or identities.
   */
  verifiedIdentities: z.optional(z.array(IdentityKey).check(z.maxLength(10))),
  displayName: oneLine(256),
  text: z.string().check(z.maxLength(100_000)),
  subject: oneLine(998),
  rating: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  nps: z.optional(z.int().check(z.minimum(0), z.maximum(10))),
  attachments: z.optional(z.array(Attachment).check(z.maxLength(100))),
  metadata: z._default(z.record(z.string().check(z.maxLength(128)), MetadataValue), {}),
});
export type FeedbackEvent = z.infer<typeof FeedbackEvent>;
export type FeedbackEventInput = z.input<typeof FeedbackEvent>;
