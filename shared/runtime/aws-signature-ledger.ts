import type { Config } from '../config.ts';
import type { SignatureUseLedger } from '../ports.ts';
import { required } from './aws.ts';

/**
 * The signature-use ledger on the table, its DynamoDB client imported and built on the first
 * replay check: only WeChat and the email relay check replays, so an ingest container that serves
 * forms and SMS never compiles nor builds that client (~30 KB of SDK code at cold start).
 */
export function dynamoSignatureLedger(config: Config): SignatureUseLedger {
  const tableName = required(config.TABLE_NAME, 'TABLE_NAME');
  return ledgerOnFirstUse(async () => new (await import('../adapters/aws/dynamo-signature-ledger.ts')).DynamoSignatureLedger(tableName));
}

/** A ledger made by `load` when first asked; a failed load is tried again on the next call. */
export function ledgerOnFirstUse(load: () => Promise<SignatureUseLedger>): SignatureUseLedger {
  let ledger: Promise<SignatureUseLedger> | undefined;
  const loaded = () =>
    (ledger ??= load().catch((error: unknown) => {
      ledger = undefined;
      throw error;
    }));
  return { record: async (key, valueHash, expiresAt) => (await loaded()).record(key, valueHash, expiresAt) };
}
