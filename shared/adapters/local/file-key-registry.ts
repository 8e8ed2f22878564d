import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newApiKey, type ApiKeyEntry, type KeyRegistry } from '../../keys/keys.ts';

/**
 * API keys in `DATA_DIR/api-keys.json` (hashes only). The file is re-read whenever it changes, so
 * `feedback keys create|revoke` takes effect in a running server at once; writes are atomic renames.
 */
export class FileKeyRegistry implements KeyRegistry {
  private readonly path: string;
  private cached?: { stamp: string; entries: ApiKeyEntry[] };

  constructor(private readonly directory: string) {
    this.path = join(directory, 'api-keys.json');
  }

  async entries(): Promise<readonly ApiKeyEntry[]> {
    return this.read().filter((entry) => !entry.revokedAt);
  }

  async list(): Promise<readonly ApiKeyEntry[]> {
    return this.read();
  }

  async add(entry: ApiKeyEntry): Promise<void> {
    this.write([...this.read(), entry]);
  }

  async revoke(keyId: string, at: string): Promise<boolean> {
    const entries = this.read();
    const entry = entries.find((e) => e.id === keyId && !e.revokedAt);
    if (!entry) return false;
    this.write(entries.map((e) => (e === entry ? { ...e, revokedAt: at } : e)));
    return true;
  }

  /**
   * A first admin key when the directory has no usable key and none is configured, so a fresh
   * checkout can sign in; the key is returned once and only its hash is kept.
   */
  createFirstKey(at: string): string | undefined {
    if (this.read().some((entry) => !entry.revokedAt)) return undefined;
    const { key, entry } = newApiKey('first-admin', 'admin', at);
    this.write([...this.read(), entry]);
    return key;
  }

  private read(): ApiKeyEntry[] {
    if (!existsSync(this.path)) return [];
    const stat = statSync(this.path);
    const stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    if (this.cached?.stamp !== stamp) this.cached = { stamp, entries: this.parse(readFileSync(this.path, 'utf8')) };
    return this.cached.entries;
  }

  /** The file's keys, or a KeyFileUnreadableError naming the file: edited by hand into something else, it must not read as no keys. */
  private parse(text: string): ApiKeyEntry[] {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new KeyFileUnreadableError(this.path, 'it is not JSON');
    }
    const shape = 'it is not {"keys":[{"id","hash","scope","name"},…]}';
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new KeyFileUnreadableError(this.path, shape);
    const keys = Object.hasOwn(parsed, 'keys') ? (parsed as { keys: unknown }).keys : [];
    const isEntry = (entry: unknown) => typeof entry === 'object' && entry !== null && ['id', 'hash', 'scope', 'name'].every((field) => typeof (entry as Record<string, unknown>)[field] === 'string');
    if (!Array.isArray(keys) || !keys.every(isEntry)) throw new KeyFileUnreadableError(this.path, shape);
    return keys as ApiKeyEntry[];
  }

  private write(entries: ApiKeyEntry[]): void {
    mkdirSync(this.directory, { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ keys: entries }, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, this.path);
  }
}

/** DATA_DIR/api-keys.json holds something else than keys: nobody can sign in until it is mended or moved away. */
export class KeyFileUnreadableError extends Error {
  constructor(path: string, why: string) {
    super(`${path} cannot be read as API keys: ${why}; mend it or move it away (feedback keys create then starts a new file)`);
    this.name = 'KeyFileUnreadableError';
  }
}
