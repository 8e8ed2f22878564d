import { GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { WorkQueueFilter } from '../../shared/cases/work-queue.ts';
import { describe, expect, inject, it } from 'vitest';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { createTestTable } from '../support/dynamodb.ts';
import { itemSize } from '../support/item-size.ts';
import { commitOf, customer, record } from '../support/records.ts';
import { DynamoSignatureLedger } from '../../shared/adapters/aws/dynamo-signature-ledger.ts';
import { signatureLedgerContract } from './store/signature-ledger.contract.ts';
import { storeContract } from './store.contract.ts';

storeContract('DynamoDB (DynamoDB Local)', async () => {
  const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
  return new DynamoStore(tableName, client);
});

signatureLedgerContract('DynamoDB (DynamoDB Local)', async (clock) => {
  const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
  return new DynamoSignatureLedger(tableName, client, clock);
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

describe('DynamoStore item sizes', () => {
  it('stores a typical classified message under 1 KB, so writing it and its timeline entry cost one unit each, and reads it back whole', async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    await store.createCustomer(customer('cus_typical', '2026-09-01T00:00:00.000Z'));
    const item = record({
      customerId: 'cus_typical',
      receivedAt: '2026-09-01T01:00:00.000Z',
      identities: ['email:li.lei@example.com', 'phone:+8613912345678'],
      text: '快递三天还没到，客服也不回复，太失望了。订单号 A-1024，请尽快处理。',
      rating: 2,
      metadata: { formId: 'contact' },
      classification: {
        language: 'zh',
        script: 'simplified',
        sentiment: { label: 'negative', score: -0.749 },
        complaintTypes: [{ type: 'delivery', confidence: 0.966 }, { type: 'responsiveness', confidence: 0.931 }, { type: 'after_sales', confidence: 0.172 }],
        intent: 'complaint',
        urgent: false,
        explanations: [
          'language zh (simplified)',
          'zh model logit -4.82 (strongest n-grams: 失, 快)',
          'zh lexicon -3.00: 不回复(-1.3) 太失望(-2.4) 快(+0.7)',
          'problem phrases and complaint types count as negative evidence (-1.00)',
          'rating 2/5 → -0.50, blended with text -1.00',
          'sentiment negative -0.749',
          'complaint type delivery 0.966: 快递, 还没到, 递, 到, 快递',
          'complaint type responsiveness 0.931: 客服, 不回复, 服也, 天, 天还',
          'complaint type after_sales 0.172: 服, 客服, 客',
          'intent complaint: negative sentiment with complaint types',
        ],
      },
    });
    await store.commitFeedback(commitOf(item));
    const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: `FB#${item.feedbackId}` }, sk: { S: 'FB' } } }));
    expect(itemSize(Item!)).toBeLessThan(1024);
    expect(await store.getFeedback(item.feedbackId)).toEqual(item);
    expect((await store.listTimeline('cus_typical', { limit: 5 })).items).toEqual([item]);
  });
});

describe('DynamoStore work queue entries', () => {
  it('never lists an item where a stray entry puts it: an attempt that did not land, or a classification that changed between attempts', async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    await store.createCustomer(customer('cus_w', '2026-09-01T00:00:00.000Z'));
    const item = record({ customerId: 'cus_w', receivedAt: '2026-09-01T01:00:00.000Z' });
    const neverLanded = record({ customerId: 'cus_w', receivedAt: '2026-09-01T02:00:00.000Z' });
    await store.commitFeedback(commitOf(item));
    // What an earlier attempt that classified the item urgent, and one that crashed before its transaction, left behind.
    const stray = (pk: string, of: typeof item, urgent: boolean) =>
      client.send(new PutItemCommand({ TableName: tableName, Item: marshall({ pk, sk: `${of.receivedAt}#${of.feedbackId}`, feedbackId: of.feedbackId, status: 'open', channel: 'web', intent: 'complaint', sentiment: 'negative', types: ['delivery'], urgent }) }));
    await stray('WQ#active#urgent', item, true);
    await stray('WQ#active#all', neverLanded, false);
    const queue = async (filter: WorkQueueFilter) => (await store.listWorkQueue({ filter, limit: 10 })).items.map((i) => i.feedbackId);
    expect(await queue({ urgent: true })).toEqual([]);
    expect(await queue({})).toEqual([item.feedbackId]);
    expect(await queue({ type: 'delivery' })).toEqual([item.feedbackId]);
  });
});

describe('DynamoStore profile reads', () => {
  it('commits an event for a customer it just read without reading the profile again, and still counts right when another writer changed it meanwhile', async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    const other = new DynamoStore(tableName, client);
    let profileReads = 0;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const key = (args.input as { Key?: { pk?: { S?: string } } }).Key;
        if (context.commandName === 'GetItemCommand' && key?.pk?.S?.startsWith('CUST#')) profileReads += 1;
        return next(args);
      },
      { step: 'build', name: 'countProfileReads' },
    );
    await store.createCustomer(customer('cus_r', '2026-09-01T00:00:00.000Z'));
    await store.commitFeedback(commitOf(record({ customerId: 'cus_r', receivedAt: '2026-09-01T01:00:00.000Z' })));
    expect(profileReads).toBe(0);
    await store.getCustomer('cus_r');
    await other.commitFeedback(commitOf(record({ customerId: 'cus_r', receivedAt: '2026-09-01T02:00:00.000Z' })));
    const readsBefore = profileReads;
    await store.commitFeedback(commitOf(record({ customerId: 'cus_r', receivedAt: '2026-09-01T03:00:00.000Z' })));
    expect(profileReads - readsBefore).toBe(1);
    expect((await store.getCustomer('cus_r'))?.counts.total).toBe(3);
  });
});

describe('DynamoStore complaint-type entries', () => {
  it('quotes only items of the type, whatever a stray entry names', async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    await store.createCustomer(customer('cus_t', '2026-09-01T00:00:00.000Z'));
    const item = record({ customerId: 'cus_t', receivedAt: '2026-09-01T01:00:00.000Z' });
    await store.commitFeedback(commitOf(item));
    // An earlier attempt classified the item as a refund complaint; the one that landed did not.
    await client.send(new PutItemCommand({ TableName: tableName, Item: marshall({ pk: 'CTYPE#refund#2026-09-01', sk: `${item.receivedAt}#${item.feedbackId}`, feedbackId: item.feedbackId }) }));
    expect(await store.listByComplaintType('refund', ['2026-09-01'], 5)).toEqual([]);
    expect((await store.listByComplaintType('delivery', ['2026-09-01'], 5)).map((i) => i.feedbackId)).toEqual([item.feedbackId]);
  });
});
