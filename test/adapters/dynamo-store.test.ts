import { inject } from 'vitest';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { createTestTable } from '../support/dynamodb.ts';
import { storeContract } from './store.contract.ts';

storeContract('DynamoDB (DynamoDB Local)', async () => {
  const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
  return new DynamoStore(tableName, client);
});
