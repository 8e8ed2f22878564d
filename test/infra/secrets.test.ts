/**
 * Secrets through Powertools' secrets provider. There is no Secrets Manager emulator among our
 * npm emulators, so the provider runs over a real SecretsManagerClient whose HTTP transport
 * answers from a map: the SDK's own serialising, signing and parsing run, only the network is
 * replaced. Time moves with fake Date (the provider's cache expiry reads Date).
 */
import { GetSecretValueCommand, PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecretKeyRegistry } from '../../shared/adapters/aws/secret-key-registry.ts';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { channelSecretSource, parseApiKeys, parseChannelSecrets, SecretValues, secretKeyRing } from '../../shared/adapters/aws/secrets.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { combinedKeyRing, configuredKeys, staticKeyRing } from '../../shared/keys/keys.ts';
import { emailChannel } from '../../shared/channels/email/index.ts';
import { twilioSmsChannel } from '../../shared/channels/twilio-sms/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { createIngestApp } from '../../shared/ingest/app.ts';
import { newApiKey, sha256Hex } from '../../shared/keys/keys.ts';
import { fixture, signedEmailRequest } from '../channels/email/email-support.ts';
import { CapturingQueue, fixedClock, sharedLedger } from '../channels/support.ts';
import { fixture as twilioFixture, signedRequest as signedTwilioRequest } from '../channels/twilio-sms/twilio-support.ts';
import { oneClient } from '../support/one-client.ts';

const MAX_AGE_SECONDS = 60;
const HASH = 'a'.repeat(64);

/** Secrets Manager over a fake transport: `values` is what the service holds now; `reads` what was asked. */
function secretsManager(values: Record<string, string>) {
  const reads: string[] = [];
  const client = new SecretsManagerClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
    requestHandler: {
      async handle(request: { headers: Record<string, string>; body: string }) {
        expect(request.headers['x-amz-target']).toBe('secretsmanager.GetSecretValue');
        const { SecretId } = JSON.parse(request.body) as { SecretId: string };
        reads.push(SecretId);
        const found = Object.hasOwn(values, SecretId);
        const body = found ? { ARN: SecretId, Name: SecretId, SecretString: values[SecretId] } : { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." };
        return { response: { statusCode: found ? 200 : 400, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: new TextEncoder().encode(JSON.stringify(body)) } };
      },
    } as never,
  });
  return { client, reads, secrets: new SecretValues(MAX_AGE_SECONDS, client) };
}

const START = new Date('2026-11-30T08:00:00.000Z');
const later = (seconds: number) => vi.setSystemTime(START.getTime() + seconds * 1000);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe('SecretValues (Powertools secrets provider)', () => {
  it('reads a secret once per max age, and again after it', async () => {
    const { reads, secrets } = secretsManager({ arn1: 'v1' });
    expect(await secrets.read('arn1')).toBe('v1');
    later(MAX_AGE_SECONDS - 1);
    expect(await secrets.read('arn1')).toBe('v1');
    expect(reads).toEqual(['arn1']);
    later(MAX_AGE_SECONDS + 1);
    await secrets.read('arn1');
    expect(reads).toEqual(['arn1', 'arn1']);
  });

  it('uses the last value read while a refresh fails, and the new one once the service answers again', async () => {
    const values: Record<string, string> = { arn1: 'v1' };
    const stale: string[] = [];
    const manager = secretsManager(values);
    const secrets = new SecretValues(MAX_AGE_SECONDS, manager.client, (arn) => stale.push(arn));
    expect(await secrets.read('arn1')).toBe('v1');
    delete values.arn1;
    later(MAX_AGE_SECONDS + 1);
    expect(await secrets.read('arn1')).toBe('v1');
    expect(stale).toEqual(['arn1']);
    values.arn1 = 'v2';
    expect(await secrets.read('arn1')).toBe('v2');
    expect(manager.reads).toEqual(['arn1', 'arn1', 'arn1']);
  });

  it('keeps no failed read: the next one asks again', async () => {
    const { reads, secrets } = secretsManager({});
    await expect(secrets.read('arn1')).rejects.toThrow(/can't find the specified secret/);
    await expect(secrets.read('arn1')).rejects.toThrow();
    expect(reads).toEqual(['arn1', 'arn1']);
  });
});

describe('channel secrets', () => {
  it('accepts only channel secret names with string values in a JSON object; empty values are unset', () => {
    expect(parseChannelSecrets('{"WECHAT_TOKEN":" tok ","TWILIO_AUTH_TOKEN":""}')).toEqual({ WECHAT_TOKEN: 'tok' });
    expect(() => parseChannelSecrets('{"WECHAT_TOKN":"x"}')).toThrow(/WECHAT_TOKN/);
    expect(() => parseChannelSecrets('{"QUEUE_URL":"x"}')).toThrow(/not a channel secret/);
    expect(() => parseChannelSecrets('{"WECHAT_TOKEN":1}')).toThrow(/must be a string/);
    expect(() => parseChannelSecrets('["x"]')).toThrow(/JSON object/);
    expect(() => parseChannelSecrets('nope')).toThrow(/not JSON/);
  });

  function ingest(values: Record<string, string>, env: Record<string, string> = {}) {
    const manager = secretsManager(values);
    const queue = new CapturingQueue();
    const app = createIngestApp({
      signatureUses: sharedLedger,
      config: loadConfig(env),
      queue,
      clock: fixedClock,
      connInfo: oneClient,
      channelSecrets: channelSecretSource('channel-secrets', manager.secrets),
      channels: [emailChannel, twilioSmsChannel],
      onError: () => undefined,
    });
    const post = async (secret: string) => (await app.request(signedEmailRequest(fixture('gbk-163-reply.eml'), { secret }))).status;
    return { ...manager, queue, post, app };
  }

  it('a rotated webhook secret replaces the old one within the max age, without a restart', async () => {
    const values = { 'channel-secrets': JSON.stringify({ EMAIL_WEBHOOK_SECRET: 'old-secret' }) };
    const { post, reads } = ingest(values);
    expect(await post('old-secret')).toBe(202);
    values['channel-secrets'] = JSON.stringify({ EMAIL_WEBHOOK_SECRET: 'new-secret' });
    later(MAX_AGE_SECONDS - 1);
    expect(await post('old-secret')).toBe(202); // still the cached value: one read per max age
    later(MAX_AGE_SECONDS + 1);
    expect(await post('old-secret')).toBe(401);
    expect(await post('new-secret')).toBe(202);
    expect(reads).toHaveLength(2);
  });

  it('a rotated Twilio auth token likewise', async () => {
    const values = { 'channel-secrets': JSON.stringify({ TWILIO_AUTH_TOKEN: 'a'.repeat(32) }) };
    const { app } = ingest(values);
    const post = async (token: string) => (await app.request(signedTwilioRequest(twilioFixture('inbound-sms.form'), { token }))).status;
    expect([await post('a'.repeat(32)), await post('b'.repeat(32))]).toEqual([200, 401]);
    values['channel-secrets'] = JSON.stringify({ TWILIO_AUTH_TOKEN: 'b'.repeat(32) });
    later(MAX_AGE_SECONDS + 1);
    expect([await post('a'.repeat(32)), await post('b'.repeat(32))]).toEqual([401, 200]);
  });

  it('a value set in the environment wins over the secret', async () => {
    const { post } = ingest({ 'channel-secrets': JSON.stringify({ EMAIL_WEBHOOK_SECRET: 'from-secret' }) }, { EMAIL_WEBHOOK_SECRET: 'from-env' });
    expect(await post('from-env')).toBe(202);
    expect(await post('from-secret')).toBe(401);
  });

  it('answers 503 with a JSON error and queues nothing while the secret cannot be read', async () => {
    const { app, queue } = ingest({ 'channel-secrets': '{"WECHAT_TOKN":"typo"}' });
    const response = await app.request(signedEmailRequest(fixture('gbk-163-reply.eml'), { secret: 'x' }));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'secrets_unavailable', message: expect.any(String) } });
    expect(queue.sent).toEqual([]);
  });
});

describe('API keys from the secret', () => {
  it('reads scoped key entries beside bare digests, and comma-separated digests', () => {
    const entry = { id: 'key_1', name: 'reader', scope: 'read', hash: 'b'.repeat(64) };
    expect(parseApiKeys(JSON.stringify([HASH.toUpperCase(), entry])).map((e) => [e.scope, e.name, e.hash])).toEqual([['admin', 'secret#1', HASH], ['read', 'reader', 'b'.repeat(64)]]);
    expect(parseApiKeys(`${HASH}, ${'b'.repeat(64)}`).map((e) => e.hash)).toEqual([HASH, 'b'.repeat(64)]);
    expect(parseApiKeys('[]')).toEqual([]);
    expect(() => parseApiKeys('["my-plain-key"]')).toThrow(/SHA-256/);
    expect(() => parseApiKeys(JSON.stringify([{ id: 'k', name: 'n', scope: 'root', hash: HASH }]))).toThrow(/scope/);
  });

  it('an old key stops working and a new one works within the max age, without a restart', async () => {
    const old = newApiKey('old', 'read', START.toISOString());
    const rotated = newApiKey('new', 'read', START.toISOString());
    const values = { 'api-keys': JSON.stringify([old.entry]) };
    const { secrets, reads } = secretsManager(values);
    const app = createApiApp({ config: loadConfig({}), store: new LocalStore(), keyRing: secretKeyRing('api-keys', secrets), clock: fixedClock });
    const me = async (key: string) => (await app.request('/v1/me', { headers: { authorization: `Bearer ${key}` } })).status;

    expect([await me(old.key), await me(rotated.key)]).toEqual([200, 401]);
    values['api-keys'] = JSON.stringify([{ ...old.entry, revokedAt: START.toISOString() }, rotated.entry]);
    later(MAX_AGE_SECONDS - 1);
    expect([await me(old.key), await me(rotated.key)]).toEqual([200, 401]);
    later(MAX_AGE_SECONDS + 1);
    expect([await me(old.key), await me(rotated.key)]).toEqual([401, 200]);
    expect(reads).toEqual(['api-keys', 'api-keys']);
  });
});

describe('API keys while the secret cannot be read', () => {
  it('answers 503 keys_unavailable with a JSON error, and logs why', async () => {
    const { secrets } = secretsManager({});
    const errors: unknown[] = [];
    const app = createApiApp({ config: loadConfig({}), store: new LocalStore(), keyRing: secretKeyRing('api-keys', secrets), clock: fixedClock, onError: (error) => errors.push(error) });
    const response = await app.request('/v1/me', { headers: { authorization: 'Bearer some-key' } });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'keys_unavailable', message: expect.any(String) } });
    expect(errors).toHaveLength(1);
  });
});

describe('API keys while one of their sources cannot be read', () => {
  it("admits the keys of the sources that can (the operator's FEEDBACK_API_KEYS with the key file broken), and answers 503 for any other key", async () => {
    const broken = { entries: async () => Promise.reject(new SyntaxError('Unexpected token g in JSON')) };
    const keyRing = combinedKeyRing(staticKeyRing(configuredKeys(['operator-key'])), broken);
    const app = createApiApp({ config: loadConfig({}), store: new LocalStore(), keyRing, clock: fixedClock, onError: () => {} });
    const me = async (key: string) => (await app.request('/v1/me', { headers: { authorization: `Bearer ${key}` } })).status;
    expect(await me('operator-key')).toBe(200);
    expect(await me('a-key-in-the-file')).toBe(503);
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
