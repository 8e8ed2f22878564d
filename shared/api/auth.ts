import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../http/errors.ts';

/** What auth leaves on the request: who is asking, recorded on the merges they make or undo. */
export interface ApiEnv {
  Variables: {
    /** `key_` and the first 12 hex digits of the key's SHA-256: names a key without revealing it. */
    apiKeyId: string;
    apiKeyName?: string;
  };
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * Bearer-key auth against SHA-256 hashes, so a leaked configuration does not leak usable keys.
 * Comparing hashes of equal length keeps the check constant-time.
 */
export function bearerAuth(keyHashes: readonly string[]): MiddlewareHandler<ApiEnv> {
  const hashes = keyHashes.map((hash) => Buffer.from(hash.toLowerCase(), 'hex'));
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return errorResponse(c, 401, 'unauthorized', 'send Authorization: Bearer <api key>');
    const presented = createHash('sha256').update(match[1]!, 'utf8').digest();
    let valid = false;
    for (const hash of hashes) if (hash.length === presented.length && timingSafeEqual(hash, presented)) valid = true;
    if (!valid) return errorResponse(c, 401, 'unauthorized', 'unknown API key');
    c.set('apiKeyId', `key_${presented.toString('hex').slice(0, 12)}`);
    await next();
  };
}
