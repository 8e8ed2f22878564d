import { randomUUID } from 'node:crypto';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { EMULATOR_CLIENT_CONFIG } from './emulators.ts';

export function sqsClient(endpoint: string): SQSClient {
  return new SQSClient({ ...EMULATOR_CLIENT_CONFIG, endpoint });
}

export interface TestQueue {
  client: SQSClient;
  queueUrl: string;
  dlqUrl: string;
}

/**
 * A uniquely named queue with its own DLQ and redrive policy, like the deployed pair. The short
 * default visibility timeout lets redelivery tests run in seconds instead of the production value.
 */
export async function createTestQueue(
  endpoint: string,
  { visibilityTimeoutSeconds = 1, maxReceiveCount = 3 } = {},
): Promise<TestQueue> {
  const client = sqsClient(endpoint);
  const name = `test-${randomUUID()}`;
  const { QueueUrl: dlqUrl } = await client.send(new CreateQueueCommand({ QueueName: `${name}-dlq` }));
  if (!dlqUrl) throw new Error('CreateQueue returned no DLQ url');
  const { Attributes } = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn'] }),
  );
  const dlqArn = Attributes?.QueueArn;
  if (!dlqArn) throw new Error('DLQ has no QueueArn');
  const { QueueUrl: queueUrl } = await client.send(
    new CreateQueueCommand({
      QueueName: name,
      Attributes: {
        VisibilityTimeout: String(visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: String(maxReceiveCount) }),
      },
    }),
  );
  if (!queueUrl) throw new Error('CreateQueue returned no queue url');
  return { client, queueUrl, dlqUrl };
}
