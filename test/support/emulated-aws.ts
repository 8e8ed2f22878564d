import { interceptLocalhostDns } from 'fauxqs';
import { inject } from 'vitest';
import { createTestTable } from './dynamodb.ts';
import { handlerEnvironment } from './emulators.ts';
import { createTestQueue } from './sqs.ts';

/**
 * A fresh table and queue on the emulators, and the environment the handler modules in
 * functions/ read to reach them, set on process.env with `extra` beside it: what a test that
 * imports the real handlers does before it imports them.
 */
export async function useEmulatedAws(extra: Record<string, string>): Promise<void> {
  interceptLocalhostDns();
  const table = await createTestTable(inject('dynamodbEndpoint'));
  const queue = await createTestQueue(inject('sqsEndpoint'));
  Object.assign(process.env, {
    ...handlerEnvironment({ dynamodb: inject('dynamodbEndpoint'), sqs: inject('sqsEndpoint') }, { tableName: table.tableName, queueUrl: queue.queueUrl }),
    ...extra,
  });
}
