import { GetSecretValueCommand, PutSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { beforeEach, describe, expect, it } from 'vitest';
import { SecretKeyRegistry } from '../../shared/adapters/aws/secret-key-registry.ts';
import { newApiKey, sha256Hex } from '../../shared/keys/keys.ts';
import {
  clearSecretsCache,
  loadApiKeys,
  loadSecretsIntoEnv,
  parseApiKeys,
  type SecretsClient,
} from '../../shared/adapters/aws/secrets.ts';

/** A Secrets Manager stand-in that counts reads per secret id. */
function fakeClient(values: Record<string, string>) {
  const reads: string[] = [];
  const client: SecretsClient = {
    async send(command: GetSecretValueCommand) {
      const id = command.input.SecretId!;
      reads.push(id);
      if (!(id in values)) throw new Error(`ResourceNotFoundException: ${id}`);
      return { SecretString: values[id] };
    },
  };
  return { client, reads };
}

const HASH = 'a'.repeat(64);

describe('loadSecretsIntoEnv', () => {
  beforeEach(() => clearSecretsCache());

  it('copies the JSON secret named by CHANNEL_SECRETS_ARN into env, keeping values already set', async () => {
    const { client } = fakeClient({ arn1: JSON.stringify({ WECHAT_TOKEN: 'tok', TWILIO_AUTH_TOKEN: 'from-secret' }) });
    const env: Record<string, string | undefined> = { CHANNEL_SECRETS_ARN: 'arn1', TWILIO_AUTH_TOKEN: 'from-env' };
    await loadSecretsIntoEnv(env, { client });
    expect(env.WECHAT_TOKEN).toBe('tok');
    expect(env.TWILIO_AUTH_TOKEN).toBe('from-env');
  });

  it('reads each secret once per container', async () => {
    const { client, reads } = fakeClient({ arn1: '{"EMAIL_WEBHOOK_SECRET":"s"}' });
    await loadSecretsIntoEnv({ CHANNEL_SECRETS_ARN: 'arn1' }, { client });
    await loadSecretsIntoEnv({ CHANNEL_SECRETS_ARN: 'arn1' }, { client });
    expect(reads).toEqual(['arn1']);
  });

  it('retries a read that failed', async () => {
    const values: Record<string, string> = {};
    const { client, reads } = fakeClient(values);
    await expect(loadSecretsIntoEnv({ CHANNEL_SECRETS_ARN: 'arn1' }, { client })).rejects.toThrow(/ResourceNotFound/);
    values.arn1 = '{}';
    await loadSecretsIntoEnv({ CHANNEL_SECRETS_ARN: 'arn1' }, { client });
    expect(reads).toEqual(['arn1', 'arn1']);
  });

  it('does nothing without the ARN variable', async () => {
    const { client, reads } = fakeClient({});
    const env = {};
    await loadSecretsIntoEnv(env, { client });
    expect(env).toEqual({});
    expect(reads).toEqual([]);
  });

  it('rejects keys that are not configuration variables, non-string values and non-objects', async () => {
    const { client } = fakeClient({ typo: '{"WECHAT_TOKN":"x"}', num: '{"WECHAT_TOKEN":1}', arr: '["x"]', bad: 'nope' });
    await expect(loadSecretsIntoEnv({ CHANNEL_SECRETS_ARN: 'typo' }, { client })).rejects.toThrow(/WECHAT_TOKN/);
    await expect(loadSecretsIntoEnv({ CHANNEL_SECRETS_ARN: 'num' }, { client })).rejects.toThrow(/must be a string/);
    await expect(loadSecretsIntoEnv({ CHANNEL_SECRETS_ARN: 'arr' }, { client })).rejects.toThrow(/JSON object/);
    await expect(loadSecretsIntoEnv({ CHANNEL_SECRETS_ARN: 'bad' }, { client })).rejects.toThrow(/not JSON/);
  });
});

describe('loadApiKeys', () => {
  beforeEach(() => clearSecretsCache());
  const hashes = (entries: { hash: string }[] | undefined) => entries?.map((e) => e.hash);

  it('reads a JSON array of SHA-256 digests as admin keys, lower-casing them', async () => {
    const { client } = fakeClient({ keys: JSON.stringify([HASH.toUpperCase()]) });
    expect(await loadApiKeys({ FEEDBACK_API_KEYS_SECRET_ARN: 'keys' }, { client })).toEqual([{ id: 'secret_1', name: 'secret#1', scope: 'admin', hash: HASH }]);
  });

  it('reads scoped key entries beside bare digests', async () => {
    const entry = { id: 'key_1', name: 'reader', scope: 'read', hash: 'b'.repeat(64) };
    const { client } = fakeClient({ mixed: JSON.stringify([HASH, entry]) });
    expect((await loadApiKeys({ FEEDBACK_API_KEYS_SECRET_ARN: 'mixed' }, { client }))?.map((e) => [e.scope, e.name])).toEqual([['admin', 'secret#1'], ['read', 'reader']]);
  });

  it('accepts a comma-separated list and an empty array', async () => {
    const { client } = fakeClient({ csv: `${HASH}, ${'b'.repeat(64)}`, empty: '[]' });
    expect(hashes(await loadApiKeys({ FEEDBACK_API_KEYS_SECRET_ARN: 'csv' }, { client }))).toEqual([HASH, 'b'.repeat(64)]);
    expect(await loadApiKeys({ FEEDBACK_API_KEYS_SECRET_ARN: 'empty' }, { client })).toEqual([]);
  });

  it('is undefined without the ARN, and rejects entries that are not digests or have no valid scope', async () => {
    const { client } = fakeClient({ plain: '["my-plain-key"]', scope: JSON.stringify([{ id: 'k', name: 'n', scope: 'root', hash: HASH }]) });
    expect(await loadApiKeys({}, { client })).toBeUndefined();
    await expect(loadApiKeys({ FEEDBACK_API_KEYS_SECRET_ARN: 'plain' }, { client })).rejects.toThrow(/SHA-256/);
    await expect(loadApiKeys({ FEEDBACK_API_KEYS_SECRET_ARN: 'scope' }, { client })).rejects.toThrow(/scope/);
  });
});

describe('SecretKeyRegistry (feedback keys … against a deployment)', () => {
  it('adds scoped keys beside bare digests and revokes them, writing the secret the API reads', async () => {
    let secret = JSON.stringify([HASH]);
    const client = {
      async send(command: GetSecretValueCommand | PutSecretValueCommand) {
        if (command instanceof PutSecretValueCommand) {
          secret = command.input.SecretString!;
          return {};
        }
        return { SecretString: secret };
      },
    };
    const registry = new SecretKeyRegistry('arn:keys', client as never);
    const { key, entry } = newApiKey('reader', 'read', '2026-11-30T00:00:00.000Z');
    await registry.add(entry);
    expect((await registry.entries()).map((e) => [e.name, e.scope])).toEqual([['secret#1', 'admin'], ['reader', 'read']]);
    expect(parseApiKeys(secret).find((e) => e.name === 'reader')?.hash).toBe(sha256Hex(key));
    expect(await registry.revoke(entry.id, '2026-11-30T01:00:00.000Z')).toBe(true);
    expect(await registry.revoke(entry.id, '2026-11-30T01:00:00.000Z')).toBe(false);
    expect((await registry.entries()).map((e) => e.name)).toEqual(['secret#1']);
    expect((await registry.list()).map((e) => e.name)).toEqual(['secret#1', 'reader']);
  });
});
