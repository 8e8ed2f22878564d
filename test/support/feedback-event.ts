import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';

/**
 * A customer's message as a channel delivers it: a web form's by default (claims only), or a
 * signed SMS whose sender is verified. `namespace` keeps one test file's ids apart from another's.
 */
export function messageEvent(namespace: string, id: string, identities: string[], receivedAt: string, text: string, { verified = false } = {}): FeedbackEvent {
  return {
    schemaVersion: 1,
    feedbackId: deriveFeedbackId(namespace, id),
    channel: verified ? 'sms' : 'web',
    source: verified ? 'twilio' : 'forms',
    kind: 'message',
    receivedAt,
    identities,
    ...(verified ? { verifiedIdentities: identities } : {}),
    text,
    metadata: {},
  };
}
