import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';

/** The channel that verified a message's sender: a signed Twilio SMS, a WeChat push, or mail whose SES verdicts pass. */
export type VerifyingChannel = 'sms' | 'wechat' | 'email';

const SOURCES: Record<VerifyingChannel, Pick<FeedbackEvent, 'channel' | 'source'>> = {
  sms: { channel: 'sms', source: 'twilio' },
  wechat: { channel: 'wechat', source: 'wechat' },
  email: { channel: 'email', source: 'email' },
};

/**
 * A customer's message as a channel delivers it: a web form's by default (claims only), or one
 * whose sender a channel verified. `namespace` keeps one test file's ids apart from another's.
 */
export function messageEvent(namespace: string, id: string, identities: string[], receivedAt: string, text: string, { verifiedBy }: { verifiedBy?: VerifyingChannel } = {}): FeedbackEvent {
  return {
    schemaVersion: 1,
    feedbackId: deriveFeedbackId(namespace, id),
    ...(verifiedBy ? SOURCES[verifiedBy] : { channel: 'web', source: 'forms' }),
    kind: 'message',
    receivedAt,
    identities,
    ...(verifiedBy ? { verifiedIdentities: identities } : {}),
    text,
    metadata: {},
  };
}
