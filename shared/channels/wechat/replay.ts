import { createHash } from 'node:crypto';
import { ChannelError } from '../types.ts';

/**
 * A plaintext-mode `signature` covers only token, timestamp and nonce, not the body: a captured
 * URL would otherwise sign any body forever. So a push must be fresh, and within the window a
 * timestamp+nonce pair signs one body only. WeChat's own retries (same URL, same body) pass;
 * the MsgId dedupe makes them harmless.
 */
export const WECHAT_FRESHNESS_SECONDS = 300;

/** Pairs are forgotten once their timestamp leaves the window; the cap bounds memory under any load. */
const MAX_REMEMBERED = 50_000;

export class NonceGuard {
  private readonly bodyByNonce = new Map<string, { bodyHash: string; timestamp: number }>();

  check(timestamp: string, nonce: string, rawBody: Uint8Array, now: Date): void {
    if (!isFresh(timestamp, now)) {
      throw new ChannelError(401, 'stale_timestamp', `timestamp is outside the ${WECHAT_FRESHNESS_SECONDS / 60}-minute window`);
    }
    this.forgetOlderThan(now.getTime() / 1000 - WECHAT_FRESHNESS_SECONDS);
    const sentAt = Number(timestamp);
    const key = `${timestamp}:${nonce}`;
    const bodyHash = createHash('sha256').update(rawBody).digest('hex');
    const seen = this.bodyByNonce.get(key);
    if (seen && seen.bodyHash !== bodyHash) {
      throw new ChannelError(401, 'replayed_nonce', 'this timestamp and nonce already signed another message');
    }
    if (!seen) {
      if (this.bodyByNonce.size >= MAX_REMEMBERED) this.forgetOldest();
      this.bodyByNonce.set(key, { bodyHash, timestamp: sentAt });
    }
  }

  /**
   * Marks a pair as used by a request the plaintext check does not cover (the URL check, a
   * safe-mode push): WeChat sends the plaintext `signature` with those too, and it must not sign
   * a clear body later. Refuses nothing itself: a safe-mode push is vouched for by its own
   * msg_signature, whatever pair it reuses. A stale pair is left alone; check() refuses it anyway.
   */
  spend(timestamp: string, nonce: string, rawBody: Uint8Array, now: Date): void {
    if (!isFresh(timestamp, now) || this.bodyByNonce.has(`${timestamp}:${nonce}`)) return;
    this.check(timestamp, nonce, rawBody, now);
  }

  private forgetOlderThan(cutoffSeconds: number): void {
    // Insertion order is close to timestamp order, so the stale ones sit at the front.
    for (const [key, entry] of this.bodyByNonce) {
      if (entry.timestamp >= cutoffSeconds) break;
      this.bodyByNonce.delete(key);
    }
  }

  private forgetOldest(): void {
    const oldest = this.bodyByNonce.keys().next();
    if (!oldest.done) this.bodyByNonce.delete(oldest.value);
  }
}

function isFresh(timestamp: string, now: Date): boolean {
  return /^\d{1,12}$/.test(timestamp) && Math.abs(now.getTime() / 1000 - Number(timestamp)) <= WECHAT_FRESHNESS_SECONDS;
}
