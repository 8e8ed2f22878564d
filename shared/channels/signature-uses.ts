import { ChannelError } from './types.ts';
import { SIGNATURE_TOLERANCE_SECONDS } from './signing.ts';

/** The cap bounds memory under any load; entries leave once their timestamp is out of the window. */
const MAX_REMEMBERED = 50_000;

/**
 * The feedback signature covers the timestamp and the body, not the other headers. Where a header
 * carries trust (the email relay's `X-Feedback-Sender-Verified`), a captured request must not be
 * replayed with it changed: within the window one signature goes with one value of that header.
 * A retry with the same value passes (its dedupe key makes it harmless). Remembered per process.
 */
export class SignatureUses {
  private readonly assertionBySignature = new Map<string, { assertion: string; timestamp: number }>();

  check(headers: Headers, assertion: string, now: Date): void {
    const signature = headers.get('x-feedback-signature')?.trim().toLowerCase() ?? '';
    const timestamp = Number(headers.get('x-feedback-timestamp')?.trim());
    this.forgetOlderThan(now.getTime() / 1000 - SIGNATURE_TOLERANCE_SECONDS);
    const seen = this.assertionBySignature.get(signature);
    if (seen && seen.assertion !== assertion) {
      throw new ChannelError(401, 'replayed_signature', 'this signature was already used for the same body with other headers');
    }
    if (seen) return;
    if (this.assertionBySignature.size >= MAX_REMEMBERED) this.assertionBySignature.delete(this.assertionBySignature.keys().next().value!);
    this.assertionBySignature.set(signature, { assertion, timestamp });
  }

  private forgetOlderThan(cutoffSeconds: number): void {
    // Insertion order is close to timestamp order, so the stale ones sit at the front.
    for (const [signature, entry] of this.assertionBySignature) {
      if (entry.timestamp >= cutoffSeconds) break;
      this.assertionBySignature.delete(signature);
    }
  }
}
