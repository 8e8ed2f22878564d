import { FeedbackEvent } from '../event.ts';
import { findUnstorableText, UNSTORABLE_TEXT } from '../text.ts';
import { ChannelError } from './types.ts';

/**
 * Every way in (webhooks, SES inbound) refuses an event before it is queued, never after: text
 * that is not text, and an event the queue's schema would refuse. The queues parse each event as
 * they send it, so a field a channel let through past its limit (a WeChat MsgType of 5,000
 * characters) failed the send: a 503 the provider retried forever, an SES invocation Lambda retried.
 * Such an event is the request's fault, and no retry would change it.
 */
export function refuseUnstorable(event: FeedbackEvent): void {
  const field = findUnstorableText(event);
  if (field) throw new ChannelError(400, 'invalid_text', `${field} ${UNSTORABLE_TEXT}`);
  const parsed = FeedbackEvent.safeParse(event);
  if (parsed.success) return;
  const [issue] = parsed.error.issues;
  throw new ChannelError(400, 'invalid_message', `the message cannot be kept: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
}
