import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CHANNEL_SECRET_NAMES, type ChannelSecrets } from '../../config.ts';
import { SCOPES, type ApiKeyEntry, type KeyRing } from '../../keys/keys.ts';

/**
 * Secrets Manager values through Powertools' secrets provider, kept per container for
 * `maxAgeSeconds` (SECRETS_MAX_AGE_SECONDS): a warm Lambda reads a secret again at most that
 * often, so a rotated channel secret or a revoked API key is in force within that time, without a
 * redeploy. A failed read is not kept, so the next request tries again; meanwhile the last value
 * read is used, so a Secrets Manager outage does not stop webhooks and the API in warm containers.
 */
export class SecretValues {
  private readonly provider: SecretsProvider;
  private readonly lastRead = new Map<string, string>();

  constructor(
    private readonly maxAgeSeconds: number,
    client?: SecretsManagerClient,
    /** A refresh failed and the last value read is used instead. */
    private readonly onStale: (arn: string, error: unknown) => void = () => undefined,
  ) {
    this.provider = new SecretsProvider(client ? { awsSdkV3Client: client } : {});
  }

  async read(arn: string): Promise<string> {
    let value: unknown;
    try {
      value = await this.provider.get(arn, { maxAge: this.maxAgeSeconds });
    } catch (error) {
      const last = this.lastRead.get(arn);
      if (last === undefined) throw error;
      this.onStale(arn, error);
      return last;
    }
    if (typeof value !== 'string') throw new Error(`secret ${arn} has no string value`);
    this.lastRead.set(arn, value);
    return value;
  }
}

const CHANNEL_SECRETS = new Set<string>(CHANNEL_SECRET_NAMES);

/** The channel secrets as the CHANNEL_SECRETS_ARN secret holds them now (at most `maxAgeSeconds` old). */
export function channelSecretSource(arn: string, secrets: SecretValues): () => Promise<ChannelSecrets> {
  return async () => parseChannelSecrets(await secrets.read(arn));
}

/**
 * A JSON object of channel secrets by env var name. Any other key is refused: a typo would
 * otherwise silently leave a channel unconfigured. Empty values count as unset.
 */
export function parseChannelSecrets(raw: string): ChannelSecrets {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('CHANNEL_SECRETS_ARN: the secret is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('CHANNEL_SECRETS_ARN: the secret must be a JSON object of channel secret names to values');
  }
  const secrets: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (!CHANNEL_SECRETS.has(name)) throw new Error(`CHANNEL_SECRETS_ARN: "${name}" is not a channel secret (${CHANNEL_SECRET_NAMES.join(', ')})`);
    if (typeof value !== 'string') throw new Error(`CHANNEL_SECRETS_ARN: the value of "${name}" must be a string`);
    if (value.trim()) secrets[name] = value.trim();
  }
  return secrets as ChannelSecrets;
}

/**
 * The accepted API keys from the secret named by FEEDBACK_API_KEYS_SECRET_ARN: a JSON array whose
 * entries are key entries `{"id","name","scope","hash"}` (what `feedback keys create` writes) or
 * bare SHA-256 hex digests (admin keys; a comma-separated list of digests is accepted too).
 */
export function secretKeyRing(arn: string, secrets: SecretValues): KeyRing {
  return { entries: async () => parseApiKeys((await secrets.read(arn)).trim()).filter((entry) => !entry.revokedAt) };
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
