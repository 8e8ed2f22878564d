import * as z from 'zod';
import { deriveFeedbackId, type FeedbackEvent } from '../../event.ts';
import { declaredCharset, isUtf8Label } from '../../http/charset.ts';
import { repeatedMemberName } from '../../http/json-members.ts';
import { mediaType } from '../../http/media-type.ts';
import { clipText, hasVisibleText } from '../../text.ts';
import { decodeUtf8, notConfigured } from '../http.ts';
import { providerNationalPhone } from '../phone.ts';
import { smsEvent } from '../sms-event.ts';
import { smsKeyword } from '../sms-keywords.ts';
import { SIGNATURE_TOLERANCE_SECONDS, verifyFeedbackSignature } from '../signing.ts';
import { ChannelError, type ChannelContext, type ChannelOutcome, type ChannelPlugin } from '../types.ts';

/**
 * Tencent Cloud SMS 回复回调 (SMS reply callback), as documented: one JSON object per reply,
 * `{"extend","mobile","nationcode","sign","text","time"}`. A batch (array of them) is accepted
 * too, so a relay may forward several replies in one signed request.
 */
const TencentReply = z.object({
  extend: z.string().max(64).nullish(),
  mobile: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\+?\d{3,20}$/)),
  nationcode: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\+?\d{1,4}$/)),
  sign: z.string().max(256).nullish(),
  text: z.string().refine(hasVisibleText, 'the reply has no text'),
  time: z.union([z.number(), z.string().regex(/^\d{1,11}$/).transform(Number)]).pipe(z.number().int().nonnegative().max(99_999_999_999)),
});
type TencentReply = z.infer<typeof TencentReply>;
const TencentCallback = z.union([TencentReply, z.array(TencentReply).min(1).max(100)]);

/** Tencent reads anything but `result: 0` as a failed push. */
const PROVIDER_ACK = { result: 0, errmsg: 'OK' };

/**
 * Tencent documents a JSON body and names no Content-Type, so the relay that signs the callback
 * states it: `application/json`, in UTF-8 (RFC 8259 §8.1). A relay sending anything else was set up
 * against another contract, and would have its body read as what it does not say it is.
 */
function assertRelayedJson(request: Request): void {
  if (mediaType(request) !== 'application/json') {
    throw new ChannelError(415, 'unsupported_media_type', 'a relayed Tencent SMS callback is Content-Type: application/json');
  }
  const charset = declaredCharset(request);
  if (charset !== undefined && !isUtf8Label(charset)) {
    throw new ChannelError(415, 'unsupported_charset', `a relayed Tencent SMS callback is JSON in UTF-8, not ${charset.slice(0, 40)}`);
  }
}

function parseCallback(body: string): TencentReply[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ChannelError(400, 'invalid_json', 'body is not JSON');
  }
  // JSON.parse keeps the last of a repeated name: {"mobile":A,"mobile":B} would be B's reply.
  const repeated = repeatedMemberName(body);
  if (repeated !== undefined) throw new ChannelError(400, 'invalid_message', `not a Tencent SMS reply callback: a reply names ${clipText(repeated, 40)} twice`);
  const parsed = TencentCallback.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ChannelError(400, 'invalid_message', `not a Tencent SMS reply callback: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
}

function replyToEvent(reply: TencentReply, defaultRegion: string, receivedAt: Date): FeedbackEvent {
  // A reply sent "later" than the clock allows is forged or from a broken clock; either way its
  // time would sort it above everything the customer writes next.
  if (reply.time > Math.floor(receivedAt.getTime() / 1000) + SIGNATURE_TOLERANCE_SECONDS) {
    throw new ChannelError(400, 'invalid_message', `time is more than ${SIGNATURE_TOLERANCE_SECONDS} s in the future`);
  }
  const nationCode = reply.nationcode.replace(/^\+/, '');
  const phone = providerNationalPhone(reply.nationcode, reply.mobile, defaultRegion);
  if (!phone) throw new ChannelError(422, 'invalid_sender', 'nationcode and mobile are not a phone number');
  // The callback has no message id; these fields together identify one reply, so a redelivery of
  // the same callback gets the same id while two replies in the same second with different text do not.
  const dedupeKey = JSON.stringify([nationCode, reply.mobile, reply.time, reply.text, reply.sign ?? '', reply.extend ?? '']);
  const metadata: FeedbackEvent['metadata'] = { sentAt: new Date(reply.time * 1000).toISOString() };
  if (reply.sign) metadata['smsSign'] = reply.sign;
  if (reply.extend) metadata['extend'] = reply.extend;
  return smsEvent({ feedbackId: deriveFeedbackId('tencent-sms', dedupeKey), source: 'tencent-sms', receivedAt, phone, text: reply.text, keyword: smsKeyword(reply.text), metadata });
}

export const tencentSmsChannel: ChannelPlugin = {
  name: 'tencent-sms',
  routes: [{ method: 'POST', path: '/sms/tencent' }],
  async handle(request: Request, context: ChannelContext): Promise<ChannelOutcome> {
    const secret = context.config.TENCENT_SMS_WEBHOOK_SECRET;
    if (!secret) throw notConfigured('tencent-sms', 'TENCENT_SMS_WEBHOOK_SECRET');
    const now = context.now();
    verifyFeedbackSignature(secret, request.headers, context.rawBody, now);
    // Checked after the signature, so a forged request of any shape is a 401 too.
    assertRelayedJson(request);
    const replies = parseCallback(decodeUtf8(context.rawBody, 'Tencent SMS callback'));
    const events = replies.map((reply) => replyToEvent(reply, context.config.DEFAULT_PHONE_REGION, now));
    return { events, response: Response.json(PROVIDER_ACK) };
  },
};
