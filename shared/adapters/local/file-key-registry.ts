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
    if (this.cached?.stamp !== stamp) {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as { keys?: ApiKeyEntry[] };
      this.cached = { stamp, entries: parsed.keys ?? [] };
    }
    return this.cached.entries;
  }

  private write(entries: ApiKeyEntry[]): void {
    mkdirSync(this.directory, { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ keys: entries }, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, this.path);
  }
}
