import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { SqsEventQueue } from '../../shared/adapters/aws/sqs-queue.ts';
import { StoreUnavailableError } from '../../shared/ports.ts';
import { sampleEvent } from './queue.contract.ts';

/**
 * A server that accepts connections and never answers, as a hung network path does. The clients
 * the adapters build for themselves (as Lambda runs them) must give up and report it, not wait for
 * as long as the function lives.
 */
describe('AWS clients on a request path give up on a silent endpoint', () => {
  let server: Server;
  const sockets: Socket[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${port}`,
      AWS_ENDPOINT_URL_SQS: `http://127.0.0.1:${port}`,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    });
  });

  afterAll(async () => {
    process.env = saved;
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('the store reports itself unavailable', async () => {
    await expect(new DynamoStore('feedback').getIdentityOwner('email:someone@example.com')).rejects.toBeInstanceOf(StoreUnavailableError);
  }, 180_000);

  it('the queue send fails instead of hanging', async () => {
    const queue = new SqsEventQueue({ queueUrl: `${process.env.AWS_ENDPOINT_URL_SQS}/000000000000/feedback` });
    await expect(queue.send([sampleEvent()])).rejects.toMatchObject({ name: 'TimeoutError' });
  }, 180_000);
});
