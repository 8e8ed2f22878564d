import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { createTestTable, dynamoDbClient } from './dynamodb.ts';
import { customer } from './records.ts';

/**
 * A DynamoStore on a fresh table whose first request matching `when`, once armed, waits for
 * `meanwhile`, done through a client of its own: another writer between a write's reads and itself.
 */
export async function racedStore(when: (commandName: string, input: string) => boolean, meanwhile: (other: DynamoStore) => Promise<void>) {
  const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
  const store = new DynamoStore(tableName, client);
  const other = new DynamoStore(tableName, dynamoDbClient(inject('dynamodbEndpoint')));
  let armed = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (armed && when(context.commandName as string, JSON.stringify(args.input))) {
        armed = false;
        await meanwhile(other);
      }
      return next(args);
    },
    { step: 'initialize', name: 'changeMeanwhile' },
  );
  /** A customer created at `at` holding `identities`. */
  const holding = async (customerId: string, identities: string[], at = '2026-07-01T00:00:00.000Z') => {
    await store.createCustomer(customer(customerId, at, identities));
    for (const identity of identities) await store.claimIdentity(identity, customerId);
  };
  const everything = async () => JSON.stringify((await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }))).Items);
  return { store, holding, everything, arm: () => (armed = true) };
}
