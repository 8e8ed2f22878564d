import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { CoalescedPuts } from '../../shared/adapters/aws/coalesced-puts.ts';
import { reportTransientErrorsAsUnavailable } from '../../shared/adapters/aws/transient-errors.ts';
import { StoreUnavailableError } from '../../shared/ports.ts';
import { createTestTable } from '../support/dynamodb.ts';

type Item = Record<string, unknown>;
type PutRequests = { PutRequest: { Item: Item } }[];

const item = (partition: string, name: string, extra: Item = {}) => ({ pk: `P#${partition}`, sk: name, name, ...extra });

/** An empty table written through CoalescedPuts as the store does, with the BatchWriteItem requests it sends. */
async function emptyTable() {
  const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
  const doc = DynamoDBDocumentClient.from(client);
  reportTransientErrorsAsUnavailable(doc);
  const sent: string[][] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const requests = (args.input as { RequestItems?: Record<string, PutRequests> }).RequestItems?.[tableName];
      if (context.commandName === 'BatchWriteItemCommand') sent.push(requests!.map(({ PutRequest }) => `${PutRequest.Item.pk}/${PutRequest.Item.sk}`));
      return next(args);
    },
    { step: 'initialize', name: 'recordWrites' },
  );
  const stored = async (partition: string) =>
    ((await doc.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `P#${partition}` }, ConsistentRead: true }))).Items ?? []).map((i) => i.name);
  return { tableName, client, sent, stored, puts: new CoalescedPuts(doc, tableName) };
}

/** Makes DynamoDB Local's BatchWriteItem look like a throttled DynamoDB's: the items `leaveOut` picks are not written and come back unprocessed. */
function leaveUnprocessed(client: DynamoDBClient, tableName: string, leaveOut: (item: Item, call: number) => boolean) {
  let calls = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'BatchWriteItemCommand') return next(args);
      calls += 1;
      const input = args.input as { RequestItems: Record<string, PutRequests> };
      const all = input.RequestItems[tableName]!;
      const left = all.filter(({ PutRequest }) => leaveOut(PutRequest.Item, calls));
      input.RequestItems = { [tableName]: all.filter((request) => !left.includes(request)) };
      const result = input.RequestItems[tableName]!.length ? await next(args) : { output: { $metadata: {} }, response: {} };
      (result.output as { UnprocessedItems?: unknown }).UnprocessedItems = left.length ? { [tableName]: left } : {};
      return result;
    },
    { step: 'initialize', name: 'leaveUnprocessed' },
  );
}

describe('CoalescedPuts', () => {
  it('writes the puts asked for in one turn together, 25 to a request, each writer resolved once its items are in', async () => {
    const { puts, sent, stored } = await emptyTable();
    const writers = Array.from({ length: 12 }, (_, w) => Array.from({ length: 3 }, (_, i) => item(`w${w}`, `i${i}`)));
    await Promise.all(writers.map((items) => puts.put(items)));
    expect(sent.map((request) => request.length)).toEqual([25, 11]);
    for (let w = 0; w < 12; w += 1) expect(await stored(`w${w}`)).toEqual(['i0', 'i1', 'i2']);
  });

  it('puts one key twice in different requests (BatchWriteItem refuses a key twice in one)', async () => {
    const { puts, sent, stored } = await emptyTable();
    await Promise.all([puts.put([item('a', 'x', { by: 1 }), item('a', 'y')]), puts.put([item('a', 'x', { by: 2 })])]);
    expect(sent).toEqual([['P#a/x', 'P#a/y'], ['P#a/x']]);
    expect(await stored('a')).toEqual(['x', 'y']);
  });

  it('writes again only what DynamoDB left unprocessed', async () => {
    const { client, tableName, puts, sent, stored } = await emptyTable();
    leaveUnprocessed(client, tableName, (written, call) => written.name === 'late' && call === 1);
    await Promise.all([puts.put([item('a', 'early')]), puts.put([item('b', 'late')])]);
    expect(sent).toEqual([['P#a/early', 'P#b/late'], ['P#b/late']]);
    expect([await stored('a'), await stored('b')]).toEqual([['early'], ['late']]);
  });

  it('tells only the writer whose item DynamoDB keeps leaving unprocessed that the store is unavailable', async () => {
    const { client, tableName, puts, sent, stored } = await emptyTable();
    leaveUnprocessed(client, tableName, (written) => written.name === 'never');
    const [fine, stuck] = await Promise.allSettled([puts.put([item('a', 'fine')]), puts.put([item('b', 'written'), item('b', 'never')])]);
    expect(fine.status).toBe('fulfilled');
    expect(stuck).toMatchObject({ status: 'rejected', reason: expect.any(StoreUnavailableError) });
    expect(sent.length).toBe(8);
    expect([await stored('a'), await stored('b')]).toEqual([['fine'], ['written']]);
  });

  it('when one item makes the whole request invalid, writes each writer’s items alone: only its writer gets the error', async () => {
    const { puts, sent, stored } = await emptyTable();
    // Over DynamoDB's 400 KB item limit: refused whichever request carries it.
    const tooLarge = item('b', 'huge', { body: 'x'.repeat(410_000) });
    const [a, b, c] = await Promise.allSettled([puts.put([item('a', 'fine')]), puts.put([item('b', 'small'), tooLarge]), puts.put([item('c', 'fine')])]);
    expect([a.status, c.status]).toEqual(['fulfilled', 'fulfilled']);
    expect(b).toMatchObject({ status: 'rejected', reason: { name: 'ValidationException' } });
    expect(sent.map((request) => request.length).sort()).toEqual([1, 1, 2, 4]);
    expect([await stored('a'), await stored('c')]).toEqual([['fine'], ['fine']]);
  });
});
