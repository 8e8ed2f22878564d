import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TABLE_SCHEMA } from '../../shared/adapters/table-schema.ts';
import { createTestTable } from './dynamodb.ts';
import { createTestQueue } from './sqs.ts';

describe('test harness', () => {
  it('creates a table with the schema keys and every GSI on DynamoDB Local', async () => {
    const { client, tableName } = await createTestTable(inject('dynamodbEndpoint'));
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(
      TABLE_SCHEMA.indexes.map((i) => i.name).sort(),
    );
  });

  it('creates a queue whose redrive policy points at its DLQ', async () => {
    const { client, queueUrl, dlqUrl } = await createTestQueue(inject('sqsEndpoint'), { maxReceiveCount: 2 });
    const { Attributes } = await client.send(
      new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['RedrivePolicy'] }),
    );
    const dlq = await client.send(new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn'] }));
    const policy = JSON.parse(Attributes?.RedrivePolicy ?? '{}') as { deadLetterTargetArn?: string; maxReceiveCount?: unknown };
    // AWS answers maxReceiveCount as a number, fauxqs as a string: compare the value.
    expect({ ...policy, maxReceiveCount: Number(policy.maxReceiveCount) }).toEqual({
      deadLetterTargetArn: dlq.Attributes?.QueueArn,
      maxReceiveCount: 2,
    });
  });

  it('answers on the SES endpoint', async () => {
    const response = await fetch(`${inject('sesEndpoint')}/health-check`);
    expect(response.status).toBe(200);
  });

  it("keeps the run's temporary files under one directory that the run removes", () => {
    expect(basename(tmpdir())).toMatch(/^feedback-tests-/);
  });
});
