import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigSchema } from '../../config.ts';
import { SCOPES, type ApiKeyEntry, type KeyRing } from '../../keys/keys.ts';

type Env = Record<string, string | undefined>;

/** The part of the SDK client used here, so tests can pass a fake. */
export interface SecretsClient {
  send(command: GetSecretValueCommand): Promise<{ SecretString?: string | undefined }>;
}

export interface SecretsOptions {
  client?: SecretsClient;
}

/** Env vars naming a secret whose JSON object holds further env vars (see infra/constructs/secrets.ts). */
const ENV_SECRET_ARNS = ['CHANNEL_SECRETS_ARN'] as const;
const CONFIG_KEYS = new Set(Object.keys(ConfigSchema.shape));

let defaultClient: SecretsManagerClient | undefined;
/**
 * Per container: a warm Lambda reads each secret once (or once per `maxAgeMs`, for values that
 * change while it runs, like API keys); a failed read is retried next time.
 */
const cache = new Map<string, { value: Promise<string>; readAt: number }>();

function fetchSecret(arn: string, client: SecretsClient | undefined, maxAgeMs = Infinity): Promise<string> {
  const cached = cache.get(arn);
  if (cached && Date.now() - cached.readAt < maxAgeMs) return cached.value;
  const sm = client ?? (defaultClient ??= new SecretsManagerClient({}));
  const pending = sm.send(new GetSecretValueCommand({ SecretId: arn })).then((out) => {
    if (out.SecretString === undefined) throw new Error(`secret ${arn} has no string value`);
    return out.SecretString;
  });
  cache.set(arn, { value: pending, readAt: Date.now() });
  pending.catch(() => cache.delete(arn));
  return pending;
}

/** Forgets cached secret values (tests; a rotated secret is otherwise seen by new containers). */
export function clearSecretsCache(): void {
  cache.clear();
}

/**
 * Copies the values of each JSON secret named by an `*_ARN` env var (CHANNEL_SECRETS_ARN) into
 * `env`, before `loadConfig(env)` runs at cold start. A variable already set in the environment
 * wins, so a deployment can override one value without editing the secret. Keys that are not
 * configuration variables are rejected: a typo would otherwise silently disable a channel.
 */
export async function loadSecretsIntoEnv(env: Env = process.env, options: SecretsOptions = {}): Promise<void> {
  for (const name of ENV_SECRET_ARNS) {
    const arn = env[name];
    if (!arn) continue;
    const values = parseObject(name, await fetchSecret(arn, options.client));
    for (const [key, value] of Object.entries(values)) {
      if (!CONFIG_KEYS.has(key)) throw new Error(`${name}: "${key}" is not a configuration variable`);
      if (typeof value !== 'string') throw new Error(`${name}: the value of "${key}" must be a string`);
      if (env[key] === undefined || env[key] === '') env[key] = value;
    }
  }
}

/** A running API sees keys created or revoked in the secret within this time. */
const API_KEYS_MAX_AGE_MS = 60_000;

/**
 * The accepted API keys from the secret named by FEEDBACK_API_KEYS_SECRET_ARN: a JSON array whose
 * entries are key entries `{"id","name","scope","hash"}` (what `feedback keys create` writes) or
 * bare SHA-256 hex digests (admin keys; a comma-separated list of digests is accepted too).
 * `undefined` when the variable is unset, so other setups fall back to FEEDBACK_API_KEYS.
 */
export async function loadApiKeys(env: Env = process.env, options: SecretsOptions = {}): Promise<ApiKeyEntry[] | undefined> {
  const arn = env.FEEDBACK_API_KEYS_SECRET_ARN;
  if (!arn) return undefined;
  return parseApiKeys((await fetchSecret(arn, options.client, API_KEYS_MAX_AGE_MS)).trim());
}

export function parseApiKeys(raw: string): ApiKeyEntry[] {
  const parsed: unknown = raw.startsWith('[') ? JSON.parse(raw) : raw.split(',').filter((h) => h.trim());
  if (!Array.isArray(parsed)) throw new Error('FEEDBACK_API_KEYS_SECRET_ARN: expected a JSON array of key entries or SHA-256 hex digests');
  return parsed.map((entry, index): ApiKeyEntry => {
    const candidate = (typeof entry === 'string' ? { id: `secret_${index + 1}`, name: `secret#${index + 1}`, scope: 'admin', hash: entry.trim().toLowerCase() } : entry) as ApiKeyEntry;
    const valid =
      typeof candidate === 'object' &&
      candidate !== null &&
      /^[0-9a-f]{64}$/.test(String(candidate.hash)) &&
      (SCOPES as readonly string[]).includes(candidate.scope) &&
      typeof candidate.id === 'string' &&
      typeof candidate.name === 'string';
    if (!valid) throw new Error(`FEEDBACK_API_KEYS_SECRET_ARN: entry ${index + 1} must be a SHA-256 hex digest (64 hex digits) or {"id","name","scope","hash"}`);
    return candidate;
  });
}

/** The API's keys in AWS, re-read from the secret at most once a minute. */
export function secretKeyRing(env: Env = process.env, options: SecretsOptions = {}): KeyRing {
  return { entries: async () => ((await loadApiKeys(env, options)) ?? []).filter((entry) => !entry.revokedAt) };
}

function parseObject(name: string, raw: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`${name}: the secret is not JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${name}: the secret must be a JSON object of env var names to values`);
  }
  return parsed as Record<string, unknown>;
}
