import type { FeedbackEvent } from '../event.ts';
import { identityKey } from '../identity/normalise.ts';
import { fitTextToQueueMessage } from './fit.ts';
import { kindByWords } from './kind.ts';
import type { SmsKeyword } from './sms-keywords.ts';

interface SmsReply {
  feedbackId: string;
  source: 'twilio' | 'tencent-sms';
  receivedAt: Date;
  /** The sender's number, as the provider's signature vouches for it. */
  phone: string;
  text: string;
  /** An opt-out, opt-in or help keyword makes the reply an interaction, not a message, as a picture without text does. */
  keyword: SmsKeyword | undefined;
  metadata: FeedbackEvent['metadata'];
}

/** The event of an SMS reply from a request whose provider signature checked out. */
export function smsEvent({ feedbackId, source, receivedAt, phone, text, keyword, metadata }: SmsReply): FeedbackEvent {
  return fitTextToQueueMessage({
    schemaVersion: 1,
    feedbackId,
    channel: 'sms',
    source,
    ...smsReading(text, keyword, metadata),
    receivedAt: receivedAt.toISOString(),
    identities: [identityKey('phone', phone)],
    verifiedIdentities: [identityKey('phone', phone)],
    text,
  });
}

/**
 * What an SMS reply is, from its words: a keyword makes it an interaction named in its metadata,
 * never classified or counted as a customer's message. Live replies and imported ones alike.
 */
export function smsReading(text: string, keyword: SmsKeyword | undefined, metadata: FeedbackEvent['metadata']): Pick<FeedbackEvent, 'kind' | 'metadata'> {
  return keyword ? { kind: 'interaction', metadata: { ...metadata, smsKeyword: keyword } } : { kind: kindByWords(text), metadata };
}
