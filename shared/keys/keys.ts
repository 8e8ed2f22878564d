import { createHash, randomBytes } from 'node:crypto';

/** What a key may do: each scope includes the ones before it. */
export const SCOPES = ['read', 'write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export function includesScope(held: Scope, needed: Scope): boolean {
  return SCOPES.indexOf(held) >= SCOPES.indexOf(needed);
}

/** A key as stored: only its SHA-256, so a leaked store does not leak usable keys. */
export interface ApiKeyEntry {
  id: string;
  name: string;
  scope: Scope;
  hash: string;
  createdAt?: string;
  revokedAt?: string;
}

/** Who is calling: recorded in case history and erasure records. */
export interface Principal {
  keyId: string;
  name: string;
  scope: Scope;
}

/** Where the accepted keys come from; read on every request, so a change needs no restart. */
export interface KeyRing {
  entries(): Promise<readonly ApiKeyEntry[]>;
}

/** Creating and revoking keys (the CLI). */
export interface KeyRegistry extends KeyRing {
  /** Every key, revoked ones included. */
  list(): Promise<readonly ApiKeyEntry[]>;
  add(entry: ApiKeyEntry): Promise<void>;
  /** False when there is no such key. */
  revoke(keyId: string, at: string): Promise<boolean>;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** A new key: the secret is shown once, the entry keeps its hash. */
export function newApiKey(name: string, scope: Scope, at: string): { key: string; entry: ApiKeyEntry } {
  const key = `fbk_${randomBytes(24).toString('base64url')}`;
  return { key, entry: { id: `key_${randomBytes(6).toString('hex')}`, name, scope, hash: sha256Hex(key), createdAt: at } };
}

/** Keys given in configuration (FEEDBACK_API_KEYS, a generated development key) are admin keys. */
export function configuredKeys(keys: readonly string[], name = 'FEEDBACK_API_KEYS'): ApiKeyEntry[] {
  return keys.map((key, index) => ({ id: `env_${index + 1}`, name: keys.length > 1 ? `${name}#${index + 1}` : name, scope: 'admin', hash: sha256Hex(key) }));
}

/** Some rings of a combined key ring could not be read; `readable` holds the keys of those that could. */
export class KeysPartlyUnreadableError extends Error {
  constructor(
    readonly readable: ApiKeyEntry[],
    cause: unknown,
  ) {
    super('some API keys could not be read', { cause });
    this.name = 'KeysPartlyUnreadableError';
  }
}

/**
 * The keys of several rings. One ring that cannot be read (a key file broken while the server
 * runs) does not lock out the keys of the others (the operator's FEEDBACK_API_KEYS among them).
 */
export function combinedKeyRing(...rings: KeyRing[]): KeyRing {
  return {
    entries: async () => {
      const read = await Promise.allSettled(rings.map((ring) => ring.entries()));
      const readable = read.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
      const failed = read.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failed) throw new KeysPartlyUnreadableError([...readable], failed.reason);
      return readable;
    },
  };
}

export function staticKeyRing(entries: readonly ApiKeyEntry[]): KeyRing {
  return { entries: async () => entries };
}
