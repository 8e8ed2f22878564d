import { deriveFeedbackId, type FeedbackEvent } from '../../event.ts';
import { clipText, hasVisibleText } from '../../text.ts';
import { mediaType } from '../../http/media-type.ts';
import { notConfigured, parseUrlEncoded } from '../http.ts';
import { normaliseE164Phone } from '../../identity/normalise.ts';
import { smsEvent } from '../sms-event.ts';
import { smsKeyword, twilioOptOutType } from '../sms-keywords.ts';
import { ChannelError, type ChannelContext, type ChannelOutcome, type ChannelPlugin } from '../types.ts';
import { verifyTwilioSignature, type TwilioParams } from './signature.ts';

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
const MESSAGE_SID = /^(SM|MM)[0-9a-f]{32}$/i;
const MAX_MEDIA = 10;
const MAX_METADATA_VALUE = 4096;

/**
 * Twilio signs the parameters as UTF-8 text, so a body that does not read as UTF-8 cannot carry
 * a valid signature: it is a forgery (401), whose format nobody should hear about before that.
 */
function parseSignedForm(body: Uint8Array): TwilioParams {
  try {
    return parseForm(body);
  } catch (error) {
    if (error instanceof ChannelError && error.code === 'invalid_encoding') {
      throw new ChannelError(401, 'bad_signature', 'the body is not UTF-8, so no X-Twilio-Signature can cover it');
    }
    throw error;
  }
}

function parseForm(body: Uint8Array): TwilioParams {
  const params: TwilioParams = new Map();
  for (const [key, value] of parseUrlEncoded(body, 'Twilio webhook body')) {
    const values = params.get(key);
    if (values) values.push(value);
    else params.set(key, [value]);
  }
  return params;
}

function single(params: TwilioParams, name: string): string | undefined {
  return params.get(name)?.[0];
}

/** Twilio's inbound-message webhook (SMS/MMS) as one FeedbackEvent. */
function twilioToEvent(params: TwilioParams, defaultRegion: string, receivedAt: Date): FeedbackEvent {
  const messageSid = single(params, 'MessageSid') ?? single(params, 'SmsMessageSid') ?? '';
  if (!MESSAGE_SID.test(messageSid)) throw new ChannelError(400, 'invalid_message', 'MessageSid is missing or malformed');
  const from = single(params, 'From') ?? '';
  const phone = normaliseE164Phone(from, defaultRegion);
  if (!phone) throw new ChannelError(422, 'invalid_sender', 'From is not a phone number');

  const metadata: FeedbackEvent['metadata'] = { messageSid };
  for (const [name, key] of [['To', 'to'], ['AccountSid', 'accountSid'], ['FromCountry', 'fromCountry'], ['NumSegments', 'numSegments']] as const) {
    const value = single(params, name);
    if (value) metadata[key] = clipText(value, MAX_METADATA_VALUE);
  }
  const numMedia = Math.min(Number.parseInt(single(params, 'NumMedia') ?? '0', 10) || 0, MAX_MEDIA);
  for (let index = 0; index < numMedia; index += 1) {
    const url = single(params, `MediaUrl${index}`);
    if (url) metadata[`mediaUrl${index}`] = clipText(url, MAX_METADATA_VALUE);
    const type = single(params, `MediaContentType${index}`);
    if (type) metadata[`mediaContentType${index}`] = clipText(type, MAX_METADATA_VALUE);
  }
  if (numMedia > 0) metadata['numMedia'] = numMedia;
  const text = single(params, 'Body') ?? '';
  const keyword = twilioOptOutType(single(params, 'OptOutType')) ?? (numMedia === 0 ? smsKeyword(text) : undefined);
  // Twilio retries a webhook with the same MessageSid.
  return smsEvent({ feedbackId: deriveFeedbackId('twilio', messageSid), source: 'twilio', receivedAt, phone, text, keyword, metadata });
}

export const twilioSmsChannel: ChannelPlugin = {
  name: 'twilio-sms',
  routes: [{ method: 'POST', path: '/sms/twilio' }],
  async handle(request: Request, context: ChannelContext): Promise<ChannelOutcome> {
    const authToken = context.config.TWILIO_AUTH_TOKEN;
    if (!authToken) throw notConfigured('twilio-sms', 'TWILIO_AUTH_TOKEN');
    const signature = request.headers.get('x-twilio-signature');
    // Before the body is read: an unsigned request of any shape is a 401, not a 400 or 415.
    if (!signature) throw new ChannelError(401, 'missing_signature', 'X-Twilio-Signature is required');
    const params = parseSignedForm(context.rawBody);
    verifyTwilioSignature(authToken, signature, context.publicUrl, params);
    // Checked after the signature, so a forged request of any shape is a 401 too.
    if (mediaType(request) !== 'application/x-www-form-urlencoded') {
      throw new ChannelError(415, 'unsupported_media_type', 'Twilio webhooks are application/x-www-form-urlencoded');
    }
    const response = new Response(EMPTY_TWIML, { headers: { 'content-type': 'text/xml; charset=utf-8' } });
    // A status callback pointed at this URL reports on a message we sent: not customer feedback.
    const status = single(params, 'SmsStatus') ?? single(params, 'MessageStatus');
    if (status && status !== 'received') return { events: [], response };
    const event = twilioToEvent(params, context.config.DEFAULT_PHONE_REGION, context.now());
    // A message with neither text nor media says nothing: acknowledged (Twilio reads any other
    // answer as our webhook failing, for a message it delivered correctly), not stored as an empty item.
    if (!hasVisibleText(event.text) && !event.metadata['numMedia']) return { events: [], response };
    return { events: [event], response };
  },
};
