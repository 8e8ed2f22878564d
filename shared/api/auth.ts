import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../http/errors.ts';
import { includesScope, KeysPartlyUnreadableError, type ApiKeyEntry, type KeyRing, type Principal, type Scope } from '../keys/keys.ts';

export { sha256Hex } from '../keys/keys.ts';

/** What auth leaves on the request: who is asking, recorded on the changes and merges they make. */
export interface ApiEnv {
  Variables: {
    principal: Principal;
    apiKeyId: string;
    apiKeyName?: string;
  };
}

const IDENTITY_OF_CUSTOMER = /^\/v1\/customers\/[^/]+\/identities\/[^/]+$/;

/**
 * The scope each request needs: reading needs `read`; changing a case, merging or removing one
 * identity of a customer needs `write`; keys, erasure and the erasure log need `admin`. One
 * table, so no route can forget its check.
 */
export function requiredScope(method: string, path: string): Scope {
  if (path.startsWith('/v1/erasures') || path.startsWith('/v1/keys')) return 'admin';
  if (method === 'DELETE' && path.startsWith('/v1/customers/') && !IDENTITY_OF_CUSTOMER.test(path)) return 'admin';
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

/** The key ring could not be read (its store is down): the caller should retry, not fix its key. */
export class KeyRingUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the API keys could not be read', { cause });
    this.name = 'KeyRingUnavailableError';
  }
}

/** The keys that could be read, and why some could not (a key among those might be the one presented). */
async function entriesOf(keyRing: KeyRing): Promise<{ entries: readonly ApiKeyEntry[]; unreadable?: unknown }> {
  try {
    return { entries: await keyRing.entries() };
  } catch (error) {
    if (error instanceof KeysPartlyUnreadableError) return { entries: error.readable, unreadable: error };
    throw new KeyRingUnavailableError(error);
  }
}

/**
 * Bearer-key auth against SHA-256 hashes, so a leaked configuration does not leak usable keys.
 * Comparing hashes of equal length keeps the check constant-time.
 */
export function bearerAuth(keyRing: KeyRing): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return errorResponse(c, 401, 'unauthorized', 'send Authorization: Bearer <api key>');
    const presented = createHash('sha256').update(match[1]!, 'utf8').digest();
    let principal: Principal | undefined;
    const { entries, unreadable } = await entriesOf(keyRing);
    for (const entry of entries) {
      const hash = Buffer.from(entry.hash.toLowerCase(), 'hex');
      if (hash.length === presented.length && timingSafeEqual(hash, presented)) principal = { keyId: entry.id, name: entry.name, scope: entry.scope };
    }
    if (!principal && unreadable) throw new KeyRingUnavailableError(unreadable);
    if (!principal) return errorResponse(c, 401, 'unauthorized', 'unknown API key');
    const needed = requiredScope(c.req.method, c.req.path);
    if (!includesScope(principal.scope, needed)) {
      return errorResponse(c, 403, 'forbidden', `this needs a key with the ${needed} scope; "${principal.name}" has ${principal.scope}`);
    }
    c.set('principal', principal);
    c.set('apiKeyId', principal.keyId);
    c.set('apiKeyName', principal.name);
    await next();
  };
}
