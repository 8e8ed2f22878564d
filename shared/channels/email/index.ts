import { mediaType } from '../../http/media-type.ts';
import { notConfigured } from '../http.ts';
import { checkSignatureUse } from '../signature-uses.ts';
import { verifyFeedbackSignature } from '../signing.ts';
import { ChannelError, type ChannelContext, type ChannelOutcome, type ChannelPlugin } from '../types.ts';
import { parseEmail } from './parse.ts';

/** Set by a relay that checked SPF or DKIM passing with DMARC; without it the sender is a claim. */
export const SENDER_VERIFIED_HEADER = 'x-feedback-sender-verified';

/** Raw messages are posted as they are; relays that do not label them send text/plain or nothing. */
const ACCEPTED_TYPES = new Set(['message/rfc822', 'text/plain', 'application/octet-stream', '']);

export const emailChannel: ChannelPlugin = {
  name: 'email',
  routes: [{ method: 'POST', path: '/email' }],
  async handle(request: Request, context: ChannelContext): Promise<ChannelOutcome> {
    const secret = context.config.EMAIL_WEBHOOK_SECRET;
    if (!secret) throw notConfigured('email', 'EMAIL_WEBHOOK_SECRET');
    const now = context.now();
    verifyFeedbackSignature(secret, request.headers, context.rawBody, now);
    if (!ACCEPTED_TYPES.has(mediaType(request))) {
      throw new ChannelError(415, 'unsupported_media_type', 'post the raw message as message/rfc822');
    }
    if (context.rawBody.byteLength === 0) throw new ChannelError(400, 'empty_body', 'the body must be an RFC 822 message');
    // Only the relay saw the SMTP session: its word (inside a signed request) is all we have.
    const senderVerified = request.headers.get(SENDER_VERIFIED_HEADER)?.trim().toLowerCase() === 'true';
    await checkSignatureUse(context.signatureUses, request.headers, String(senderVerified));
    const { event, automatic } = await parseEmail(context.rawBody, { receivedAt: now, via: 'webhook', senderVerified });
    // Received (a 2xx, so the relay does not retry), but a machine wrote it: nothing to store.
    if (automatic) return { events: [], response: Response.json({ ignored: automatic }, { status: 200 }) };
    return { events: [event], response: Response.json({ id: event.feedbackId }, { status: 202 }) };
  },
};
