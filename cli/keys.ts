import { parseArgs } from 'node:util';
import { FileKeyRegistry } from '../shared/adapters/local/file-key-registry.ts';
import type { Config } from '../shared/config.ts';
import { newApiKey, SCOPES, type KeyRegistry, type Scope } from '../shared/keys/keys.ts';
import { existingDataDir } from './data-dir.ts';
import { written } from './output.ts';
import { UsageError } from './usage-error.ts';
import { shownInTerminal } from './terminal-text.ts';

const USAGE = `usage: feedback keys create --scope read|write|admin --name <name>
       feedback keys list
       feedback keys revoke <key id>`;

/**
 * `feedback keys …`: API keys in DATA_DIR (a running server picks changes up at once), or in the
 * Secrets Manager secret when FEEDBACK_API_KEYS_SECRET_ARN is set.
 */
export async function runKeysCommand(args: string[], config: Config, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [action, ...rest] = args;
  const registry = await keyRegistry(config);
  const at = new Date().toISOString();
  switch (action) {
    case 'create': {
      const { values } = parseArgs({ args: rest, options: { scope: { type: 'string' }, name: { type: 'string' } } });
      if (!values.scope || !(SCOPES as readonly string[]).includes(values.scope)) return fail(`--scope must be one of ${SCOPES.join(', ')}`);
      const name = values.name?.trim();
      if (!name || name.length > 100) return fail('--name is required (at most 100 characters): it is recorded as who made each change');
      // Shown as who made each change, on one line, as an assignee is: no control character, line break or bidi override.
      if (shownInTerminal(name) !== name) return fail('--name may not hold a control character, a line break or a bidi override: it is shown as who made each change');
      const { key, entry } = newApiKey(name, values.scope as Scope, at);
      // Only its hash is kept: a key whose printing failed (a full disk) is never added, so no key works that nobody holds.
      await written(out, `${key}\n`).catch((error: unknown) => {
        // A reader that has gone (EPIPE) is no failure stdout's own handler reports: say it here.
        throw new UsageError(`cannot write the key to stdout: ${(error as Error).message}: no key was created`);
      });
      await registry.add(entry);
      process.stderr.write(`created ${entry.id} "${entry.name}" (${entry.scope}); the key above is shown only now: only its hash is kept\n`);
      return 0;
    }
    case 'list': {
      for (const entry of await registry.list()) {
        out.write(`${[entry.id, entry.scope.padEnd(5), entry.createdAt ?? '-', entry.revokedAt ? `revoked ${entry.revokedAt}` : 'active', shownInTerminal(entry.name)].join('  ')}\n`);
      }
      return 0;
    }
    case 'revoke': {
      const [keyId] = rest;
      if (!keyId) return fail('name the key id to revoke (see feedback keys list)');
      if (!(await registry.revoke(keyId, at))) return fail(`no active key ${keyId}`);
      process.stderr.write(`revoked ${keyId}\n`);
      return 0;
    }
    default:
      return fail(action ? `unknown keys action ${action}` : 'name an action');
  }
}

async function keyRegistry(config: Config): Promise<KeyRegistry> {
  if (config.FEEDBACK_API_KEYS_SECRET_ARN) {
    const { SecretKeyRegistry } = await import('../shared/adapters/aws/secret-key-registry.ts');
    return new SecretKeyRegistry(config.FEEDBACK_API_KEYS_SECRET_ARN);
  }
  return new FileKeyRegistry(existingDataDir(config, 'keys'));
}

function fail(problem: string): number {
  process.stderr.write(`${problem}\n\n${USAGE}\n`);
  return 2;
}
