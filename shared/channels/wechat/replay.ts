import type { SignatureUseLedger } from '../../ports.ts';
import { recordSignatureUse } from '../signature-uses.ts';
import { ChannelError } from '../types.ts';

/**
 * A plaintext-mode `signature` covers only token, timestamp and nonce, not the body: a captured
 * URL would otherwise sign any body forever. So a push must be fresh, and within the window a
 * timestamp+nonce pair signs one body only, across every ingest instance (the shared ledger).
 * WeChat's own retries (same URL, same body) pass; the MsgId dedupe makes them harmless.
 */
export const WECHAT_FRESHNESS_SECONDS = 300;

const pairKey = (timestamp: string, nonce: string) => `wechat:${timestamp}:${nonce}`;

/** WeChat signs with the current time: a signed URL from outside the window was captured, not sent. */
export function refuseStale(timestamp: string, now: Date): void {
  if (!isFresh(timestamp, now)) {
    throw new ChannelError(401, 'stale_timestamp', `timestamp is outside the ${WECHAT_FRESHNESS_SECONDS / 60}-minute window`);
  }
}

export async function checkNoncePair(ledger: SignatureUseLedger, timestamp: string, nonce: string, rawBody: Uint8Array, now: Date): Promise<void> {
  refuseStale(timestamp, now);
  if ((await recordSignatureUse(ledger, pairKey(timestamp, nonce), rawBody, Number(timestamp), WECHAT_FRESHNESS_SECONDS)) === 'different') {
    throw new ChannelError(401, 'replayed_nonce', 'this timestamp and nonce already signed another message');
  }
}

/**
 * Marks a fresh pair (refuseStale passed) as used by a request the plaintext check does not
 * cover (the URL check, a safe-mode push): WeChat sends the plaintext `signature` with those too,
 * and it must not sign a clear body later. Refuses nothing itself: a safe-mode push is vouched
 * for by its own msg_signature, whatever pair it reuses.
 */
export async function spendNoncePair(ledger: SignatureUseLedger, timestamp: string, nonce: string, rawBody: Uint8Array): Promise<void> {
  await recordSignatureUse(ledger, pairKey(timestamp, nonce), rawBody, Number(timestamp), WECHAT_FRESHNESS_SECONDS);
}

function isFresh(timestamp: string, now: Date): boolean {
  return /^\d{1,12}$/.test(timestamp) && Math.abs(now.getTime() / 1000 - Number(timestamp)) <= WECHAT_FRESHNESS_SECONDS;
}
