/**
 * Starts the emulators once per `vitest run` (not per file: DynamoDB Local's JVM alone takes
 * seconds) and hands their endpoints to every test file through `inject(...)`.
 * Test files isolate themselves with uniquely named tables and queues.
 */
import type { TestProject } from 'vitest/node';
import { isolateTemporaryFiles } from '../../scripts/run-temporary-directory.ts';
import { startDynamoDbLocal, startSes, startSqs, type Emulator } from './emulators.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sqsEndpoint: string;
    sesEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Set before the test workers fork, so they inherit it.
  const removeTemporaryFiles = isolateTemporaryFiles('feedback-tests-');
  const results = await Promise.allSettled([startDynamoDbLocal(), startSqs(), startSes()]);
  const running = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const stopAll = async () => {
    await Promise.allSettled(running.map((emulator) => emulator.stop()));
    removeTemporaryFiles();
  };
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    await stopAll();
    throw failure.reason;
  }
  const [dynamodb, sqs, ses] = running as [Emulator, Emulator, Emulator];
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  project.provide('sqsEndpoint', sqs.endpoint);
  project.provide('sesEndpoint', ses.endpoint);
  console.log(
    `emulators up: DynamoDB Local ${dynamodb.endpoint} (${dynamodb.startupMs} ms), ` +
      `SQS ${sqs.endpoint} (${sqs.startupMs} ms), SES ${ses.endpoint} (${ses.startupMs} ms)`,
  );
  return stopAll;
}
