import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import type { Store } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { createTestTable } from '../support/dynamodb.ts';
import { sesStoredEmails } from '../support/ses.ts';
import { clock, LAST_DAY, TIME_ZONE } from './seeded-store.ts';
import { seedMonthEvents } from './seed-month.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

/** The same small fortnight processed into both adapters. */
const events = seedMonthEvents({ lastDay: LAST_DAY, days: 14, perDay: 4, customers: 20 });
const classifier = createLocalClassifier();

async function seed(store: Store): Promise<void> {
  const processEvent = createEventProcessor({ store, classifier, clock, timeZone: TIME_ZONE });
  for (const event of events) await processEvent(event);
}

let tableName: string;
let dynamo: DynamoStore;
beforeAll(async () => {
  const table = await aggregatingDynamoStore(inject('dynamodbEndpoint'));
  tableName = table.tableName;
  dynamo = table.store;
  await seed(dynamo);
});

describe('digests from DynamoDB', () => {
  it('shows the same figures, quotes and lists as from the local store', async () => {
    const local = new LocalStore();
    await seed(local);
    for (const period of ['daily', 'weekly'] as const) {
      const options = { timeZone: TIME_ZONE, now: clock.now(), taxonomy: DEFAULT_TAXONOMY };
      const fromDynamo = await buildDigest(dynamo, period, options);
      const fromLocal = await buildDigest(local, period, options);
      expect(fromDynamo.volume.total.current).toBeGreaterThan(0);
      expect(fromDynamo).toEqual(fromLocal);
    }
  });

  it('the Lambda handler sends the scheduled digest through SES once', async () => {
    const sesEndpoint = inject('sesEndpoint');
    Object.assign(process.env, {
      TABLE_NAME: tableName,
      AWS_ENDPOINT_URL_DYNAMODB: inject('dynamodbEndpoint'),
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      SES_ENDPOINT: sesEndpoint,
      MAIL_FROM: 'digest@example.com',
      DIGEST_LANGUAGE: 'zh',
      DIGEST_WEEKLY_RECIPIENTS: 'board@example.com',
      LOG_LEVEL: 'ERROR',
    });
    const { handler } = await import('../../functions/digest.ts');
    const scheduled = { period: 'weekly', date: '2026-11-18' };
    const first = await handler(scheduled);
    const retry = await handler(scheduled);
    expect(first.status).toBe('sent');
    expect(retry).toMatchObject({ status: 'already-sent', key: first.key });
    await expect(handler({ period: 'monthly' })).rejects.toThrow();

    const emails = await sesStoredEmails(sesEndpoint);
    const sent = emails.filter((email) => first.status === 'sent' && email.messageId === first.messageId);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toBe('客户反馈周报 · 2026-11-16 – 2026-11-22');
    expect(sent[0]?.destination.to.join(',')).toContain('board@example.com');
  });
});
