import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigSchema } from '../../config.ts';

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
/** Per container: a warm Lambda reads each secret once; a failed read is retried next time. */
const cache = new Map<string, Promise<string>>();

function fetchSecret(arn: string, client: SecretsClient | undefined): Promise<string> {
  const cached = cache.get(arn);
  if (cached) return cached;
  const sm = client ?? (defaultClient ??= new SecretsManagerClient({}));
  const pending = sm.send(new GetSecretValueCommand({ SecretId: arn })).then((out) => {
    if (out.SecretString === undefined) throw new Error(`secret ${arn} has no string value`);
    return out.SecretString;
  });
  cache.set(arn, pending);
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

/**
 * The SHA-256 hex digests of the accepted API keys, from the secret named by
 * FEEDBACK_API_KEYS_SECRET_ARN: a JSON array of digests (a comma-separated list is accepted
 * too). `undefined` when the variable is unset, so local mode falls back to FEEDBACK_API_KEYS.
 */
export async function loadApiKeyHashes(env: Env = process.env, options: SecretsOptions = {}): Promise<string[] | undefined> {
  const arn = env.FEEDBACK_API_KEYS_SECRET_ARN;
  if (!arn) return undefined;
  const raw = (await fetchSecret(arn, options.client)).trim();
  const parsed: unknown = raw.startsWith('[') ? JSON.parse(raw) : raw.split(',');
  if (!Array.isArray(parsed)) throw new Error('FEEDBACK_API_KEYS_SECRET_ARN: expected a JSON array of SHA-256 hex digests');
  const hashes = parsed.map((h) => String(h).trim().toLowerCase()).filter(Boolean);
  const bad = hashes.find((h) => !/^[0-9a-f]{64}$/.test(h));
  if (bad !== undefined) throw new Error('FEEDBACK_API_KEYS_SECRET_ARN: every entry must be a SHA-256 hex digest (64 hex digits)');
  return hashes;
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
