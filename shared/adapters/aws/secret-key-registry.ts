import { GetSecretValueCommand, PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { ApiKeyEntry, KeyRegistry } from '../../keys/keys.ts';
import { parseApiKeys } from './secrets.ts';

/**
 * API keys in the Secrets Manager secret the API reads (FEEDBACK_API_KEYS_SECRET_ARN), for
 * `feedback keys …` against a deployment. Bare digests already in the secret are kept as they are.
 */
export class SecretKeyRegistry implements KeyRegistry {
  constructor(
    private readonly secretArn: string,
    private readonly client: Pick<SecretsManagerClient, 'send'> = new SecretsManagerClient({}),
  ) {}

  async entries(): Promise<readonly ApiKeyEntry[]> {
    return (await this.list()).filter((entry) => !entry.revokedAt);
  }

  async list(): Promise<readonly ApiKeyEntry[]> {
    const { SecretString } = await this.client.send(new GetSecretValueCommand({ SecretId: this.secretArn }));
    return SecretString?.trim() ? parseApiKeys(SecretString.trim()) : [];
  }

  async add(entry: ApiKeyEntry): Promise<void> {
    await this.write([...(await this.list()), entry]);
  }

  async revoke(keyId: string, at: string): Promise<boolean> {
    const entries = await this.list();
    if (!entries.some((e) => e.id === keyId && !e.revokedAt)) return false;
    await this.write(entries.map((e) => (e.id === keyId ? { ...e, revokedAt: at } : e)));
    return true;
  }

  private async write(entries: readonly ApiKeyEntry[]): Promise<void> {
    await this.client.send(new PutSecretValueCommand({ SecretId: this.secretArn, SecretString: JSON.stringify(entries) }));
  }
}
