import { createHmac, timingSafeEqual } from 'node:crypto';
import { ChannelError } from './types.ts';

/**
 * Our own webhook signature, for senders that have no scheme of their own (raw email posts,
 * relayed Tencent SMS callbacks, generic integrations):
 *
 *   X-Feedback-Timestamp: <unix seconds>
 *   X-Feedback-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>
 *
 * Binding the timestamp into the MAC and bounding its age stops a captured request from being
 * replayed later; the dedupe key of each channel covers replays inside the window, and a header
 * the MAC leaves out but that carries trust is tied to the signature's first use (signature-uses.ts).
 */
export const TIMESTAMP_HEADER = 'X-Feedback-Timestamp';
export const SIGNATURE_HEADER = 'X-Feedback-Signature';
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const SIGNATURE_FORMAT = /^sha256=([0-9a-f]{64})$/i;
const TIMESTAMP_FORMAT = /^\d{1,12}$/;

function computeSignature(secret: string, timestamp: string, body: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
}

function toBytes(body: string | Uint8Array): Uint8Array {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

/** Headers that make `body` pass {@link verifyFeedbackSignature} at `now`. */
export function signFeedbackRequest(
  secret: string,
  body: string | Uint8Array,
  now: Date = new Date(),
): { 'X-Feedback-Timestamp': string; 'X-Feedback-Signature': string } {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const signature = computeSignature(secret, timestamp, toBytes(body)).toString('hex');
  return { 'X-Feedback-Timestamp': timestamp, 'X-Feedback-Signature': `sha256=${signature}` };
}

/** Throws ChannelError 401 unless the request carries a fresh, valid signature over `rawBody`. */
export function verifyFeedbackSignature(
  secret: string,
  headers: Headers,
  rawBody: Uint8Array,
  now: Date,
): void {
  const timestamp = headers.get(TIMESTAMP_HEADER)?.trim();
  const signatureHeader = headers.get(SIGNATURE_HEADER)?.trim();
  if (!timestamp || !signatureHeader) {
    throw new ChannelError(401, 'missing_signature', `${TIMESTAMP_HEADER} and ${SIGNATURE_HEADER} are required`);
  }
  if (!TIMESTAMP_FORMAT.test(timestamp)) {
    throw new ChannelError(401, 'bad_timestamp', `${TIMESTAMP_HEADER} must be unix seconds`);
  }
  // Whole seconds on both sides, as the sender writes them: 301 s ahead is refused, not 300.4.
  const ageSeconds = Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp));
  if (ageSeconds > SIGNATURE_TOLERANCE_SECONDS) {
    throw new ChannelError(401, 'stale_timestamp', `${TIMESTAMP_HEADER} is outside the 5-minute window`);
  }
  const match = SIGNATURE_FORMAT.exec(signatureHeader);
  if (!match?.[1]) {
    throw new ChannelError(401, 'bad_signature', `${SIGNATURE_HEADER} must look like sha256=<64 hex digits>`);
  }
  const given = Buffer.from(match[1], 'hex');
  const expected = computeSignature(secret, timestamp, rawBody);
  if (!timingSafeEqual(given, expected)) {
    throw new ChannelError(401, 'bad_signature', 'signature does not match the body');
  }
}
