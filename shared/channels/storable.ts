import type { FeedbackEvent } from '../event.ts';
import { findUnstorableText, UNSTORABLE_TEXT } from '../text.ts';
import { ChannelError } from './types.ts';

/** Every way in (webhooks, SES inbound) refuses an event before it is queued, never after. */
export function refuseUnstorableText(event: FeedbackEvent): void {
  const field = findUnstorableText(event);
  if (field) throw new ChannelError(400, 'invalid_text', `${field} ${UNSTORABLE_TEXT}`);
}
