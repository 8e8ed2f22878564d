import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient, waitUntilTableExists, type AttributeDefinition } from '@aws-sdk/client-dynamodb';
import { TABLE_SCHEMA } from '../../shared/adapters/table-schema.ts';
import { EMULATOR_CLIENT_CONFIG } from './emulators.ts';

export function dynamoDbClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ ...EMULATOR_CLIENT_CONFIG, endpoint });
}

/**
 * A fresh table shaped like the deployed one (keys and GSIs from TABLE_SCHEMA), with a unique
 * name so test files running in parallel against the one DynamoDB Local never see each other.
 */
export async function createTestTable(endpoint: string): Promise<{ tableName: string; client: DynamoDBClient }> {
  const client = dynamoDbClient(endpoint);
  const tableName = `test-${randomUUID()}`;
  const keyNames = new Set<string>([TABLE_SCHEMA.partitionKey, TABLE_SCHEMA.sortKey]);
  for (const index of TABLE_SCHEMA.indexes) {
    keyNames.add(index.partitionKey);
    keyNames.add(index.sortKey);
  }
  const AttributeDefinitions: AttributeDefinition[] = [...keyNames].map((AttributeName) => ({
    AttributeName,
    AttributeType: 'S',
  }));
  const created = await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_SCHEMA.streamView },
      AttributeDefinitions,
      KeySchema: [
        { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_SCHEMA.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: TABLE_SCHEMA.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: index.projection },
      })),
    }),
  );
  // DynamoDB Local creates tables ACTIVE at once; the waiter (first poll after 1 s) is for anything slower.
  if (created.TableDescription?.TableStatus !== 'ACTIVE') {
    await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: tableName });
  }
  return { tableName, client };
}
