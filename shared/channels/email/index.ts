import { mediaType, notConfigured } from '../http.ts';
import { verifyFeedbackSignature } from '../signing.ts';
import { ChannelError, type ChannelContext, type ChannelOutcome, type ChannelPlugin } from '../types.ts';
import { parseEmail } from './parse.ts';

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
    const event = await parseEmail(context.rawBody, { receivedAt: now, via: 'webhook' });
    return { events: [event], response: Response.json({ id: event.feedbackId }, { status: 202 }) };
  },
};
