import { DeleteItemCommand, GetItemCommand, PutItemCommand, QueryCommand, TransactionCanceledException, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { StoreUnavailableError } from '../../shared/ports.ts';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { WorkQueueFilter } from '../../shared/cases/work-queue.ts';
import { describe, expect, inject, it } from 'vitest';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { keys } from '../../shared/adapters/aws/dynamo-keys.ts';
import { createTestTable, dynamoDbClient } from '../support/dynamodb.ts';
import { itemSize } from '../support/item-size.ts';
import { racedStore } from '../support/raced-dynamo-store.ts';
import { commitOf, customer, record } from '../support/records.ts';
import { DynamoSignatureLedger } from '../../shared/adapters/aws/dynamo-signature-ledger.ts';
import { ledgerOnFirstUse } from '../../shared/runtime/aws-signature-ledger.ts';
import { signatureLedgerContract } from './store/signature-ledger.contract.ts';
import { storeContract } from './store.contract.ts';
import { countingCommit } from './store/new-customers.contract.ts';
import { aggregatingDynamoStore, streamReader } from '../support/stream-aggregation.ts';
import { aggregateStreamBatch } from '../../shared/adapters/aws/stream-aggregator.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId } from '../../shared/event.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';

storeContract('DynamoDB (DynamoDB Local)', async () => (await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store);

describe('DynamoStore day aggregates from the table stream', () => {
  const endpoint = () => inject('dynamodbEndpoint');
  const commitDay = async (store: DynamoStore, customerId: string, day: string, count: number) => {
    for (let i = 0; i < count; i += 1) {
      const item = record({ customerId, receivedAt: `${day}T01:00:${String(i).padStart(2, '0')}.000Z` });
      await store.commitFeedback(commitOf(item, { total: 1, 'complaint.delivery': 1 }));
    }
  };

  it('adds a stream batch to each day in one write, and the commit itself writes no counter', async () => {
    const { tableName, client, raw, drain } = await aggregatingDynamoStore(endpoint());
    await raw.createCustomer(customer('cus_a', '2026-09-01T00:00:00.000Z'));
    await commitDay(raw, 'cus_a', '2026-09-01', 20);
    const counterItems = async () => (await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'AGG#2026-09-01' } } }))).Items ?? [];
    expect(await counterItems()).toEqual([]);
    expect(await raw.getDailyCounters(['2026-09-01'])).toEqual(new Map());
    expect(await drain()).toBe(1);
    expect(await counterItems()).toHaveLength(1);
    expect((await raw.getDailyCounters(['2026-09-01'])).get('2026-09-01')).toEqual({ total: 20, 'complaint.delivery': 20 });
  });

  it('adds every record once when a batch is delivered again, whole or from a record inside it', async () => {
    const { client, tableName, raw } = await aggregatingDynamoStore(endpoint());
    const reader = streamReader(endpoint(), client, tableName);
    await raw.createCustomer(customer('cus_a', '2026-09-01T00:00:00.000Z'));
    await commitDay(raw, 'cus_a', '2026-09-01', 3);
    await commitDay(raw, 'cus_a', '2026-09-02', 3);
    const [batch] = await reader.read();
    await aggregateStreamBatch(raw, batch!.shardId, batch!.records);
    await aggregateStreamBatch(raw, batch!.shardId, batch!.records);
    await aggregateStreamBatch(raw, batch!.shardId, batch!.records.slice(4));
    const counters = await raw.getDailyCounters(['2026-09-01', '2026-09-02']);
    expect(counters.get('2026-09-01')?.total).toBe(3);
    expect(counters.get('2026-09-02')?.total).toBe(3);
  });

  it('after a crash between two days of a batch, the retried batch adds the day that was written none again and the other once, with what arrived since', async () => {
    const { client, tableName, raw } = await aggregatingDynamoStore(endpoint());
    const reader = streamReader(endpoint(), client, tableName);
    await raw.createCustomer(customer('cus_a', '2026-09-01T00:00:00.000Z'));
    await commitDay(raw, 'cus_a', '2026-09-01', 2);
    await commitDay(raw, 'cus_a', '2026-09-02', 2);
    const [first] = await reader.read();
    // The crash: the write of 2026-09-02 never happens, 2026-09-01's did.
    const crashing = Object.create(raw) as DynamoStore;
    crashing.addStreamContributions = async (day, shard, contributions) => {
      if (day === '2026-09-02') throw new Error('process killed');
      return raw.addStreamContributions(day, shard, contributions);
    };
    await expect(aggregateStreamBatch(crashing, first!.shardId, first!.records)).rejects.toThrow('process killed');
    expect((await raw.getDailyCounters(['2026-09-01'])).get('2026-09-01')?.total).toBe(2);
    expect((await raw.getDailyCounters(['2026-09-02'])).get('2026-09-02')).toBeUndefined();
    // Lambda retries from the batch's first record; more records have arrived meanwhile.
    const late = record({ customerId: 'cus_a', receivedAt: '2026-09-01T09:00:00.000Z' });
    await raw.commitFeedback(commitOf(late, { total: 1 }));
    const [retry] = await reader.read();
    expect(retry!.records.filter((r) => r.eventName === 'INSERT' && (r.dynamodb!.NewImage!.pk as { S: string }).S.startsWith('FB#'))).toHaveLength(5);
    await aggregateStreamBatch(raw, retry!.shardId, retry!.records);
    const counters = await raw.getDailyCounters(['2026-09-01', '2026-09-02']);
    expect(counters.get('2026-09-01')?.total).toBe(3);
    expect(counters.get('2026-09-02')?.total).toBe(2);
  });

  it('moves a new-customer count to the earlier day a later-processed message came on once, on both days, when the batch is delivered again whole or from inside', async () => {
    const { client, tableName, raw } = await aggregatingDynamoStore(endpoint());
    const reader = streamReader(endpoint(), client, tableName);
    await raw.createCustomer(customer('cus_ooo', '2026-11-20T02:00:00.000Z'));
    await raw.commitFeedback(countingCommit(record({ customerId: 'cus_ooo', receivedAt: '2026-11-20T02:00:00.000Z' })));
    await raw.commitFeedback(countingCommit(record({ customerId: 'cus_ooo', receivedAt: '2026-11-16T02:00:00.000Z' })));
    const [batch] = await reader.read();
    await aggregateStreamBatch(raw, batch!.shardId, batch!.records);
    await aggregateStreamBatch(raw, batch!.shardId, batch!.records);
    await aggregateStreamBatch(raw, batch!.shardId, batch!.records.slice(-1));
    const counters = await raw.getDailyCounters(['2026-11-16', '2026-11-20']);
    expect([counters.get('2026-11-16')?.['customers.new'], counters.get('2026-11-20')?.['customers.new'] ?? 0]).toEqual([1, 0]);
    expect(counters.get('2026-11-20')?.total).toBe(1);
    expect((await raw.getCustomer('cus_ooo'))?.newOnDay).toBe('2026-11-16');
  });

  it('keeps only the latest at-risk entry of a customer and day when the stream hands the entries over in the other order', async () => {
    const { client, tableName, raw } = await aggregatingDynamoStore(endpoint());
    const reader = streamReader(endpoint(), client, tableName);
    await raw.createCustomer(customer('cus_g', '2026-07-01T00:00:00.000Z'));
    for (const [negatives, hour] of [[2, '01'], [3, '02']] as const) {
      const item = record({ customerId: 'cus_g', receivedAt: `2026-07-02T${hour}:00:00.000Z` });
      await raw.commitFeedback({ ...commitOf(item), derive: () => ({ aggregateDeltas: {}, atRisk: { customerId: 'cus_g', day: '2026-07-02', negativesLastWeek: negatives, reason: 'repeated_negative', feedbackId: item.feedbackId } }) });
    }
    const [batch] = await reader.read();
    // Items of one customer can sit in different shards: the later one is applied first here.
    for (const one of [...batch!.records].reverse()) await aggregateStreamBatch(raw, `${batch!.shardId}-${one.dynamodb!.SequenceNumber}`, [one]);
    expect((await raw.listAtRisk(['2026-07-02'], 10)).map((r) => [r.customerId, r.negativesLastWeek])).toEqual([['cus_g', 3]]);
  });

  it('keeps the newest 12 items of each complaint type and day as quote candidates across batches, and forgets erased ones', async () => {
    const { tableName, client, raw, drain, store } = await aggregatingDynamoStore(endpoint());
    await raw.createCustomer(customer('cus_q', '2026-09-01T00:00:00.000Z'));
    const items = Array.from({ length: 15 }, (_, i) => record({ customerId: 'cus_q', receivedAt: `2026-09-04T02:00:${String(i).padStart(2, '0')}.000Z` }));
    for (const [i, item] of items.entries()) {
      await raw.commitFeedback(commitOf(item));
      if (i % 4 === 3) await drain();
    }
    const newestFirst = items.map((i) => i.feedbackId).reverse();
    expect((await store.listByComplaintType('delivery', ['2026-09-04'], 12)).map((i) => i.feedbackId)).toEqual(newestFirst.slice(0, 12));
    const [aggregate] = (await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'AGG#2026-09-04' } } }))).Items ?? [];
    expect(aggregate!['q:delivery']!.L).toHaveLength(12);

    const erased = items.at(-1)!;
    await raw.erase({ customers: [], identities: [], items: [erased], suggestions: [], claimsAbout: [], suggestionsNaming: [], profilesListing: [], mergesListing: [], record: { erasureId: 'era_1', at: '2026-09-05T00:00:00.000Z', by: 'test', customerHash: 'x', customers: 0, identities: 0, items: 1 } as never });
    const [after] = (await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'AGG#2026-09-04' } } }))).Items ?? [];
    expect(JSON.stringify(after!['q:delivery'])).not.toContain(erased.feedbackId);
    expect(after!['q:delivery']!.L).toHaveLength(11);
  });

  it('counts a processed event once through every crash point: processor redelivered before and after aggregation, the whole stream delivered again', async () => {
    const { tableName, client, raw, drain, store } = await aggregatingDynamoStore(endpoint());
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => new Date('2026-11-20T12:00:00.000Z') }, timeZone: 'Asia/Shanghai' });
    const event = { schemaVersion: 1, feedbackId: deriveFeedbackId('crash-points', '1'), channel: 'web', source: 'forms', kind: 'message', receivedAt: '2026-11-20T02:00:00.000Z', identities: ['email:li@example.com'], text: '快递太慢了，客服也不回复', metadata: {} } as const;
    expect((await processEvent(event)).status).toBe('written');
    // Crash after the commit, before the aggregator ran: SQS delivers the event again.
    expect((await processEvent(event)).status).toBe('duplicate');
    await drain();
    expect((await processEvent(event)).status).toBe('duplicate');
    // Lambda hands the stream's records over again from the start (a retried window).
    for (const batch of await streamReader(endpoint(), client, tableName).read()) await aggregateStreamBatch(raw, batch.shardId, batch.records);
    const day = (await store.getDailyCounters(['2026-11-20'])).get('2026-11-20')!;
    expect(day).toMatchObject({ total: 1, messages: 1, 'customers.new': 1 });
    expect((await store.listByComplaintType('delivery', ['2026-11-20'], 12)).map((i) => i.feedbackId)).toEqual([event.feedbackId]);
  });

  it('passes over an item it cannot read, naming it, instead of holding the shard back', async () => {
    const { client, tableName, raw } = await aggregatingDynamoStore(endpoint());
    const reader = streamReader(endpoint(), client, tableName);
    await raw.createCustomer(customer('cus_a', '2026-09-01T00:00:00.000Z'));
    await client.send(new PutItemCommand({ TableName: tableName, Item: marshall({ pk: 'FB#fb_broken', sk: 'FB', body: new Uint8Array([1, 2, 3]) }) }));
    await commitDay(raw, 'cus_a', '2026-09-06', 2);
    const [batch] = await reader.read();
    expect(await aggregateStreamBatch(raw, batch!.shardId, batch!.records)).toEqual({ unreadable: [expect.stringMatching(/^FB#fb_broken at \d+$/)] });
    expect((await raw.getDailyCounters(['2026-09-06'])).get('2026-09-06')?.total).toBe(2);
  });

  it('reads the Lambda event shape, binary attributes in base64, through the handler core', async () => {
    const { client, tableName, raw } = await aggregatingDynamoStore(endpoint());
    const reader = streamReader(endpoint(), client, tableName);
    await raw.createCustomer(customer('cus_a', '2026-09-01T00:00:00.000Z'));
    await commitDay(raw, 'cus_a', '2026-09-03', 2);
    const [batch] = await reader.read();
    const asLambda = batch!.records.map((r) => ({
      ...r,
      dynamodb: { ...r.dynamodb, NewImage: Object.fromEntries(Object.entries(r.dynamodb!.NewImage!).map(([name, value]) => [name, (value as { B?: Uint8Array }).B ? { B: Buffer.from((value as { B: Uint8Array }).B).toString('base64') } : value])) },
    }));
    await aggregateStreamBatch(raw, batch!.shardId, asLambda);
    expect((await raw.getDailyCounters(['2026-09-03'])).get('2026-09-03')?.total).toBe(2);
  });
});

signatureLedgerContract('DynamoDB (DynamoDB Local)', async (clock) => {
  const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
  return new DynamoSignatureLedger(tableName, client, clock);
});

// As ingest's Lambda has it: the adapter made on the first replay check (shared/runtime/aws-signature-ledger.ts).
signatureLedgerContract('DynamoDB (DynamoDB Local), made on first use', async (clock) => {
  const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
  return ledgerOnFirstUse(async () => new DynamoSignatureLedger(tableName, client, clock));
});

describe('DynamoStore merge suggestions stored before they had listings', () => {
  it('lists each under its customers and identity once put again, and a marker under no identity', async () => {
    const { tableName, client, raw } = await aggregatingDynamoStore(inject('dynamodbEndpoint'));
    const suggestion = (suggestionId: string, identity: string) => ({ suggestionId, customerId: 'cus_claims', otherCustomerId: `cus_holds_${suggestionId}`, identity, feedbackId: 'fb_claim', createdAt: '2026-09-01T00:00:00.000Z', status: 'open' as const });
    const [held, erased] = [suggestion('sug_held', 'phone:+8613800138000'), suggestion('sug_erased', 'erased:phone')];
    for (const written of [held, erased]) {
      // As a suggestion was written before listings: the item alone.
      const Item = marshall({ pk: `SUGGEST#${written.suggestionId}`, sk: 'SUGGEST', ...written, gsi2pk: 'SUGGESTIONS#open', gsi2sk: `${written.createdAt}#${written.suggestionId}` });
      await client.send(new PutItemCommand({ TableName: tableName, Item }));
    }
    expect(await raw.mergeSuggestionsOf('cus_claims')).toEqual([]);

    expect(await raw.putSuggestionListings()).toBe(2);
    expect(await raw.putSuggestionListings()).toBe(2);

    const ids = (found: { suggestionId: string }[]) => found.map((s) => s.suggestionId).sort();
    expect(ids(await raw.mergeSuggestionsOf('cus_claims'))).toEqual(['sug_erased', 'sug_held']);
    expect(await raw.mergeSuggestionsOf('cus_holds_sug_held')).toEqual([held]);
    expect(await raw.mergeSuggestionsQuoting('phone:+8613800138000')).toEqual([held]);
    expect(await raw.mergeSuggestionsQuoting('erased:phone')).toEqual([]);
  });

  it('writes no listing for a suggestion an erasure deleted or redacted after the listing read it', async () => {
    const { tableName, client, raw } = await aggregatingDynamoStore(inject('dynamodbEndpoint'));
    const suggestion = (suggestionId: string) => ({ suggestionId, customerId: 'cus_claims', otherCustomerId: `cus_holds_${suggestionId}`, identity: 'phone:+8613800138000', feedbackId: 'fb_claim', createdAt: '2026-09-01T00:00:00.000Z', status: 'open' as const });
    const item = (written: ReturnType<typeof suggestion>) => marshall({ pk: `SUGGEST#${written.suggestionId}`, sk: 'SUGGEST', ...written, gsi2pk: 'SUGGESTIONS#open', gsi2sk: `${written.createdAt}#${written.suggestionId}` });
    const [deleted, redacted] = [suggestion('sug_deleted'), suggestion('sug_redacted')];
    for (const written of [deleted, redacted]) await client.send(new PutItemCommand({ TableName: tableName, Item: item(written) }));
    // The erasure lands between the script's read of the suggestions and its writes.
    const listed = raw.listMergeSuggestions.bind(raw);
    raw.listMergeSuggestions = async (...args) => {
      const page = await listed(...args);
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: marshall({ pk: 'SUGGEST#sug_deleted', sk: 'SUGGEST' }) }));
      await client.send(new PutItemCommand({ TableName: tableName, Item: item({ ...redacted, identity: 'erased:phone' }) }));
      return page;
    };
    expect(await raw.putSuggestionListings()).toBe(1);
    expect(await raw.mergeSuggestionsQuoting('phone:+8613800138000')).toEqual([]);
    expect((await raw.mergeSuggestionsOf('cus_claims')).map((s) => s.suggestionId)).toEqual(['sug_redacted']);
    expect(await raw.mergeSuggestionsOf('cus_holds_sug_deleted')).toEqual([]);
  });
});

describe('A signature-use ledger made on first use', () => {
  it('is made once however many checks arrive together, and made again after a failed attempt', async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    let attempts = 0;
    const ledger = ledgerOnFirstUse(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('the module could not be loaded');
      return new DynamoSignatureLedger(tableName, client);
    });
    const expiresAt = Math.floor(Date.now() / 1000) + 300;
    await expect(ledger.record('k', 'h', expiresAt)).rejects.toThrow('the module could not be loaded');
    const [signature, another, sameKeyOtherBody] = await Promise.all([ledger.record('k', 'h', expiresAt), ledger.record('k2', 'h', expiresAt), ledger.record('k', 'other', expiresAt)]);
    expect(another).toBe('first');
    // The two uses of one key race: whichever lands first is the first use, the other differs from it.
    expect([signature, sameKeyOtherBody].sort()).toEqual(['different', 'first']);
    expect(attempts).toBe(2);
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

describe('DynamoStore under transactions that keep conflicting', () => {
  it('never gives up on moving an item silently: a merge or undo would read as done with the item left behind', async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    await store.createCustomer(customer('cus_from', '2026-09-01T00:00:00.000Z'));
    await store.createCustomer(customer('cus_to', '2026-09-01T00:00:00.000Z'));
    const item = record({ customerId: 'cus_from', receivedAt: '2026-09-01T01:00:00.000Z' });
    await store.commitFeedback(commitOf(item));
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand') throw new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }] });
        return next(args);
      },
      { step: 'deserialize', name: 'keepConflicting' },
    );
    const move = store.moveFeedback({ feedbackId: item.feedbackId, from: 'cus_from', to: 'cus_to', mergedVia: ['mrg_1'], mergeId: 'mrg_1', counted: 1 });
    await expect(move).rejects.toBeInstanceOf(StoreUnavailableError);
    expect((await store.getFeedback(item.feedbackId))?.customerId).toBe('cus_from');
  });
});

describe('DynamoStore at-risk listing', () => {
  it("lists a customer once a day, with its highest count, and fills the day's places with other customers: an entry two parallel commits left live does not take one", async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    const put = (customerId: string, negativesLastWeek: number) =>
      client.send(new PutItemCommand({ TableName: tableName, Item: marshall({ ...keys.atRisk('2026-11-24', negativesLastWeek, customerId), customerId, day: '2026-11-24', negativesLastWeek, reason: 'repeated_negative', feedbackId: `fb_${customerId}_${negativesLastWeek}` }) }));
    // cus_a's commits ran in parallel: its entries at 5 and 4 were each superseded by neither.
    for (const [customerId, negatives] of [['cus_a', 5], ['cus_a', 4], ['cus_b', 3], ['cus_c', 2]] as const) await put(customerId, negatives);
    const listed = (await store.listAtRisk(['2026-11-24'], 2)).map((entry) => [entry.customerId, entry.negativesLastWeek]);
    expect(listed).toEqual([['cus_a', 5], ['cus_b', 3]]);
    expect((await store.listAtRisk(['2026-11-24'], 10)).map((entry) => entry.customerId)).toEqual(['cus_a', 'cus_b', 'cus_c']);
  });
});

describe('DynamoStore claims whose answer is lost', () => {
  it("keep a claim the SDK's retry met as its own: the digest it guards is sent, not skipped as sent by someone else", async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    let lost = 0;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const answer = await next(args);
        // The first claim's put lands and its answer is lost on the way back; the SDK retries it.
        if (context.commandName === 'PutItemCommand' && lost === 0) {
          lost += 1;
          throw Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', name: 'Error', $metadata: {} });
        }
        return answer;
      },
      { step: 'deserialize', name: 'loseFirstPutAnswer' },
    );
    expect(await store.claimOnce('digest#daily#2026-11-18#board', '2026-11-19T00:00:00.000Z')).toBe(true);
    expect(lost).toBe(1);
    expect(await store.claimOnce('digest#daily#2026-11-18#board', '2026-11-19T00:05:00.000Z')).toBe(false);
  });
});

describe('DynamoStore status change racing an undo revising the urgency', () => {
  it('a status change decided on the urgency before the revision is a conflict, not a stale urgent index entry', async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    const reviser = new DynamoStore(tableName, dynamoDbClient(inject('dynamodbEndpoint')));
    await store.createCustomer(customer('cus_race', '2026-08-01T00:00:00.000Z'));
    const base = record({ customerId: 'cus_race', receivedAt: '2026-08-01T01:00:00.000Z' }).classification;
    const urgent = { ...base, urgent: true, urgentReason: 'repeated unresolved complaint (2 unresolved before it)' };
    const item = record({ customerId: 'cus_race', receivedAt: '2026-08-01T01:00:00.000Z', classification: urgent });
    await store.commitFeedback(commitOf(item));
    // The undo's revision lands between the status change's read and its transaction.
    let raced = false;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && !raced) {
          raced = true;
          expect(await reviser.reviseClassification({ feedbackId: item.feedbackId, from: urgent, to: base })).toBe('revised');
        }
        return next(args);
      },
      { step: 'initialize', name: 'reviseMeanwhile' },
    );
    const event = { at: '2026-08-02T01:00:00.000Z', by: 'agent', status: { from: 'open' as const, to: 'acknowledged' as const } };
    const change = { feedbackId: item.feedbackId, from: 'open' as const, to: 'acknowledged' as const, revision: 0, event, at: event.at, day: '2026-08-02', aggregateDeltas: {}, customerDeltas: {} };
    expect(await store.changeStatus(change)).toBe('conflict');
    expect(await store.changeStatus(change)).toMatchObject({ status: 'acknowledged', classification: { urgent: false } });
    const august = { from: '2026-07-31T16:00:00.000Z', to: '2026-08-31T16:00:00.000Z' };
    expect(await store.listUrgent('acknowledged', august, 10)).toEqual([]);
    expect((await store.listWorkQueue({ filter: { urgent: true, status: 'acknowledged' }, limit: 10 })).items).toEqual([]);
    const { Items = [] } = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'WQ#acknowledged#urgent' } } }));
    expect(Items).toEqual([]);
  });
});

describe('DynamoStore complaint-type entries', () => {
  it('quotes only items of the type, whatever a stray entry (written by commits before the quote lists) names', async () => {
    const { tableName, client, store } = await aggregatingDynamoStore(inject('dynamodbEndpoint'));
    await store.createCustomer(customer('cus_t', '2026-09-01T00:00:00.000Z'));
    const item = record({ customerId: 'cus_t', receivedAt: '2026-09-01T01:00:00.000Z' });
    await store.commitFeedback(commitOf(item));
    // An earlier attempt classified the item as a refund complaint; the one that landed did not.
    await client.send(new PutItemCommand({ TableName: tableName, Item: marshall({ pk: 'CTYPE#refund#2026-09-01', sk: `${item.receivedAt}#${item.feedbackId}`, feedbackId: item.feedbackId }) }));
    expect(await store.listByComplaintType('refund', ['2026-09-01'], 5)).toEqual([]);
    expect((await store.listByComplaintType('delivery', ['2026-09-01'], 5)).map((i) => i.feedbackId)).toEqual([item.feedbackId]);
  });
});

describe('DynamoStore merge records', () => {
  it("reads a customer's merges strongly consistent: an identity removal and an undo decide on them against the profile's revision", async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    const mergeQueries: (boolean | undefined)[] = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { ConsistentRead?: boolean; ExpressionAttributeValues?: Record<string, { S?: string }> };
        if (context.commandName === 'QueryCommand' && input.ExpressionAttributeValues?.[':m']?.S === 'MERGE#') mergeQueries.push(input.ConsistentRead);
        return next(args);
      },
      { step: 'build', name: 'recordMergeQueries' },
    );
    await store.listMerges('cus_m');
    expect(mergeQueries).toEqual([true]);
  });
});

describe('DynamoStore merge accepting a suggestion', () => {
  const AT = '2026-08-01T00:00:00.000Z';

  /** A store whose next transaction waits for `meanwhile`, done by another writer between the merge's reads and its write. */
  async function racedMerge(meanwhile: (other: DynamoStore) => Promise<void>) {
    const raced = await racedStore((commandName) => commandName === 'TransactWriteItemsCommand', meanwhile);
    for (const id of ['cus_a', 'cus_b', 'cus_c']) await raced.holding(id, [`email:${id}@example.com`], AT);
    return raced;
  }
  const suggestion = (identity: string) => ({ suggestionId: 'sug_b', customerId: 'cus_b', otherCustomerId: 'cus_a', identity, feedbackId: 'fb_b', createdAt: AT, status: 'open' as const });
  const accept = (store: DynamoStore) => store.beginMerge({ survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: '2026-08-02T00:00:00.000Z', by: 'agent-li', reason: 'accepted' }, 'sug_b');

  it("fails its transaction when a verified sender takes the quoted identity over after it was read (nothing else the merge writes changes), and refuses on reading it again: nothing merged", async () => {
    const { store, arm } = await racedMerge(async (other) => {
      await other.pointIdentity('email:cus_a@example.com', 'cus_c', true);
    });
    await store.suggestMerge(suggestion('email:cus_a@example.com'));
    arm();
    expect(await accept(store)).toEqual({ status: 'identity_moved', holder: 'cus_c' });
    for (const id of ['cus_a', 'cus_b']) expect(await store.listMerges(id)).toEqual([]);
    expect((await store.getCustomer('cus_b'))!.mergedInto).toBeUndefined();
    expect((await store.getMergeSuggestion('sug_b'))!.status).toBe('open');
  });
});

describe('DynamoStore duplicate check', () => {
  it("reads an erased message's mark strongly consistent: an erasure writes it before it deletes the item, so a replica that already lost the item must not hide the mark", async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    const markReads: boolean[] = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { Key?: { pk?: { S?: string } }; ConsistentRead?: boolean; RequestItems?: Record<string, { Keys: { pk?: { S?: string } }[]; ConsistentRead?: boolean }> };
        if (context.commandName === 'GetItemCommand' && input.Key?.pk?.S?.startsWith('ERASED#')) markReads.push(input.ConsistentRead === true);
        for (const request of Object.values(input.RequestItems ?? {})) {
          if (context.commandName === 'BatchGetItemCommand' && request.Keys.some((key) => key.pk?.S?.startsWith('ERASED#'))) markReads.push(request.ConsistentRead === true);
        }
        return next(args);
      },
      { step: 'build', name: 'recordMarkReads' },
    );
    expect(await store.isKnownFeedback('fb_gone')).toBe(false);
    expect(markReads).toEqual([true]);
  });
});

describe('DynamoStore listing of customers with work under way (gsi4, sparse)', () => {
  const setup = async () => {
    const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
    const store = new DynamoStore(tableName, client);
    for (const id of ['cus_a', 'cus_b', 'cus_c']) await store.createCustomer(customer(id, '2026-06-01T00:00:00.000Z', [`email:${id}@example.com`]));
    const first = await store.beginMerge({ survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: '2026-06-02T00:00:00.000Z', by: 'key_1', reason: 'same person' });
    if (first.status !== 'started') throw new Error('merge did not start');
    await store.finishMerge('cus_a', 'cus_b');
    await store.beginMerge({ survivorId: 'cus_a', absorbedId: 'cus_c', mergedAt: '2026-06-03T00:00:00.000Z', by: 'key_1', reason: 'same person' });
    await store.undoMerge({ mergeId: first.mergeId, at: '2026-06-04T00:00:00.000Z', by: 'key_2' });
    const profile = async () => (await client.send(new GetItemCommand({ TableName: tableName, Key: marshall(keys.customer('cus_a')), ConsistentRead: true }))).Item!;
    expect(await profile()).toMatchObject({ gsi4pk: { S: 'PENDING' }, gsi4sk: { S: 'cus_a' } });
    return { store, client, tableName, profile, undoneMergeId: first.mergeId };
  };

  it('takes a customer off it when its last two marks are finished at once', async () => {
    const { store, profile, undoneMergeId } = await setup();
    await Promise.all([store.finishMerge('cus_a', 'cus_c'), store.finishUndo('cus_a', undoneMergeId)]);
    expect(await profile()).not.toHaveProperty('gsi4pk');
    expect(await store.customersWithPendingWork({ limit: 10 })).toEqual({ items: [] });
  });

  it('lists, once, the customers whose work was marked before the listing existed (marks without keys), and none without marks', async () => {
    const { store, client, tableName, profile } = await setup();
    await store.createCustomer(customer('cus_idle', '2026-06-01T00:00:00.000Z', ['email:idle@example.com']));
    // A profile as written before session 51: its marks, no listing keys.
    await client.send(new UpdateItemCommand({ TableName: tableName, Key: marshall(keys.customer('cus_a')), UpdateExpression: 'REMOVE gsi4pk, gsi4sk' }));
    expect(await store.customersWithPendingWork({ limit: 10 })).toEqual({ items: [] });

    expect(await store.putPendingWorkListings()).toBe(1);
    expect(await store.putPendingWorkListings()).toBe(0);
    expect(await profile()).toMatchObject({ gsi4pk: { S: 'PENDING' }, gsi4sk: { S: 'cus_a' } });
    expect((await store.customersWithPendingWork({ limit: 10 })).items.map((c) => c.customerId)).toEqual(['cus_a']);
  });

  it('drops the keys of a customer whose finish stopped between its two writes (its marks gone, its keys left) when it lists it', async () => {
    const { store, client, tableName, profile } = await setup();
    await client.send(new UpdateItemCommand({ TableName: tableName, Key: marshall(keys.customer('cus_a')), UpdateExpression: 'REMOVE pendingMerges, pendingUndos' }));
    expect(await store.customersWithPendingWork({ limit: 10 })).toEqual({ items: [] });
    expect(await profile()).not.toHaveProperty('gsi4pk');
  });
});
