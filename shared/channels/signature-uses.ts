import { createHash } from 'node:crypto';
import type { SignatureUseLedger } from '../ports.ts';
import { SIGNATURE_TOLERANCE_SECONDS } from './signing.ts';
import { ChannelError } from './types.ts';

/** Instances' clocks differ a little: a use is remembered this much past its signature's window. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Records that a signature, valid for `windowSeconds` either side of `signedAt` (unix seconds),
 * went with `value` (what it does not cover), in the ledger every ingest instance shares.
 */
export function recordSignatureUse(ledger: SignatureUseLedger, key: string, value: string | Uint8Array, signedAt: number, windowSeconds: number) {
  const valueHash = createHash('sha256').update(value).digest('base64url');
  return ledger.record(key, valueHash, signedAt + windowSeconds + CLOCK_SKEW_SECONDS);
}

/**
 * The feedback signature covers the timestamp and the body, not the other headers. Where a header
 * carries trust (the email relay's `X-Feedback-Sender-Verified`), a captured request must not be
 * replayed with it changed: within the window one signature goes with one value of that header.
 * A retry with the same value passes (its dedupe key makes it harmless). Call after the signature
 * checked out, so only a request the sender signed can take a key.
 */
export async function checkSignatureUse(ledger: SignatureUseLedger, headers: Headers, assertion: string): Promise<void> {
  const signature = headers.get('x-feedback-signature')?.trim().toLowerCase() ?? '';
  const signedAt = Number(headers.get('x-feedback-timestamp')?.trim());
  if ((await recordSignatureUse(ledger, `feedback-signature:${signature}`, assertion, signedAt, SIGNATURE_TOLERANCE_SECONDS)) === 'different') {
    throw new ChannelError(401, 'replayed_signature', 'this signature was already used for the same body with other headers');
  }
}
