import * as z from 'zod';
import { CHANNELS, IDENTITY_KINDS } from './event-ids.ts';
import { asOneLine } from './text.ts';

// Re-exported: code that needs only these imports them from event-ids.ts, which builds no schema.
export { CHANNELS, deriveFeedbackId, IDENTITY_KINDS } from './event-ids.ts';

export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const IdentityKind = z.enum(IDENTITY_KINDS);
export type IdentityKind = z.infer<typeof IdentityKind>;

/** `email:a@b.com`, `phone:+8613800138000`, `wechat:<openid>`, `wechatunion:<unionid>`, `form:<customerId>` */
export const IdentityKey = z
  .string()
  .max(320)
  .regex(/^(email|phone|wechat|wechatunion|form):[^\p{C}\p{Z}\s]+$/u, 'identity must look like kind:value, the value printable and without spaces');
export type IdentityKey = z.infer<typeof IdentityKey>;

export const Attachment = z.object({
  name: z.string().max(512),
  contentType: z.string().max(255),
  size: z.number().int().nonnegative(),
});
export type Attachment = z.infer<typeof Attachment>;

export const MetadataValue = z.union([z.string().max(4096), z.number(), z.boolean(), z.null()]);

/** A name or subject, as one line (shared/text.ts); nothing left of it is no field at all. */
const oneLine = (max: number) =>
  z
    .string()
    .max(max)
    .transform((value) => asOneLine(value) || undefined)
    .optional();

/**
 * Day keys (counters, at-risk windows, digests) are YYYY-MM-DD in the reporting time zone, whatever
 * zone that is (UTC-12 to UTC+14): an instant whose day there has another number of year digits
 * (an imported 0999 or 9999-12-31) would stop the processor on every delivery of it.
 */
const EARLIEST_RECEIVED = Date.UTC(1000, 0, 2);
const LATEST_RECEIVED = Date.UTC(9999, 11, 30);
const ReceivedAt = z.iso
  .datetime({ offset: true })
  .refine((value) => Date.parse(value) >= EARLIEST_RECEIVED && Date.parse(value) < LATEST_RECEIVED, 'must fall between 1000-01-02 and 9999-12-29 (UTC)');

/** What every channel produces: one normalised piece of customer feedback (or interaction). */
export const FeedbackEvent = z.object({
  schemaVersion: z.literal(1),
  feedbackId: z.string().regex(/^fb_[0-9a-z]{26}$/),
  channel: Channel,
  /** The plug-in that produced it, e.g. `forms`, `wechat`, `twilio`, `tencent-sms`, `email`, `import`. */
  source: z.string().min(1).max(64),
  /** Messages carry text the customer wrote; interactions (follow, menu click) are timeline context only. */
  kind: z.enum(['message', 'interaction']),
  receivedAt: ReceivedAt,
  identities: z.array(IdentityKey).min(1).max(10),
  /**
   * The identities the channel verified: a signed provider request (Twilio, Tencent SMS, WeChat)
   * or mail whose SPF or DKIM passed with DMARC. The rest are claims (a web form's fields, mail
   * without passing verdicts) and never move another customer's items or identities.
   */
  verifiedIdentities: z.array(IdentityKey).max(10).optional(),
  displayName: oneLine(256),
  text: z.string().max(100_000),
  subject: oneLine(998),
  rating: z.number().int().min(1).max(5).optional(),
  nps: z.number().int().min(0).max(10).optional(),
  attachments: z.array(Attachment).max(100).optional(),
  metadata: z.record(z.string().max(128), MetadataValue).default({}),
});
export type FeedbackEvent = z.infer<typeof FeedbackEvent>;
export type FeedbackEventInput = z.input<typeof FeedbackEvent>;
