import { DynamoStore } from '../adapters/aws/dynamo-store.ts';
import type { Config } from '../config.ts';
import { required } from './aws.ts';

/** Apart from runtime/aws.ts so that functions without the table (ingest, email-inbound) do not bundle the DynamoDB client. */
export function dynamoStore(config: Config): DynamoStore {
  return new DynamoStore(required(config.TABLE_NAME, 'TABLE_NAME'));
}
