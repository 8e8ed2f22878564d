import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { createTestTable } from '../support/dynamodb.ts';
import { commitOf, customer, record } from '../support/records.ts';
import { storeContract } from './store.contract.ts';

storeContract('DynamoDB (DynamoDB Local)', async () => {
  const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
  return new DynamoStore(tableName, client);
});

describe('DynamoStore day aggregates', () => {
  it('spreads one day over several counter items, so concurrent commits do not all contend for one, and sums them back', async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    await store.createCustomer(customer('cus_a', '2026-09-01T00:00:00.000Z'));
    const items = Array.from({ length: 20 }, (_, i) => record({ customerId: 'cus_a', receivedAt: `2026-09-01T01:00:${String(i).padStart(2, '0')}.000Z` }));
    for (const item of items) await store.commitFeedback(commitOf(item));
    const { Items = [] } = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'AGG#2026-09-01' } } }));
    expect(Items.length).toBeGreaterThan(1);
    expect((await store.getDailyCounters(['2026-09-01'])).get('2026-09-01')).toEqual({ total: 20 });
  });
});
