import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { CoalescedReads, type ItemKey } from '../../shared/adapters/aws/coalesced-reads.ts';
import { reportTransientErrorsAsUnavailable } from '../../shared/adapters/aws/transient-errors.ts';
import { StoreUnavailableError } from '../../shared/ports.ts';
import { createTestTable } from '../support/dynamodb.ts';

type Marshalled = Record<string, { S?: string }>;
interface SentRead {
  command: string;
  keys: string[];
  consistent: boolean;
}

const key = (name: string) => ({ pk: `ITEM#${name}`, sk: 'ITEM' });

/** A table holding items a, b, c, … (as many as asked), read through CoalescedReads as the store does. */
async function tableWith(names: string[]) {
  const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
  const doc = DynamoDBDocumentClient.from(client);
  reportTransientErrorsAsUnavailable(doc);
  for (const name of names) await doc.send(new PutCommand({ TableName: tableName, Item: { ...key(name), name, tags: new Set([name, 'shared']) } }));
  const sent: SentRead[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { Key?: Marshalled; ConsistentRead?: boolean; RequestItems?: Record<string, { Keys: Marshalled[]; ConsistentRead?: boolean }> };
      if (context.commandName === 'GetItemCommand') sent.push({ command: 'GetItem', keys: [input.Key!.pk!.S!], consistent: input.ConsistentRead === true });
      if (context.commandName === 'BatchGetItemCommand') {
        const request = input.RequestItems![tableName]!;
        sent.push({ command: 'BatchGetItem', keys: request.Keys.map((k) => k.pk!.S!), consistent: request.ConsistentRead === true });
      }
      return next(args);
    },
    { step: 'build', name: 'recordReads' },
  );
  return { tableName, client, doc, sent, reads: new CoalescedReads(doc, tableName) };
}

/** Makes DynamoDB Local's BatchGetItem answers look like a throttled DynamoDB's: `leaveOut` decides which returned items come back as unprocessed. */
function leaveUnprocessed(client: DynamoDBClient, tableName: string, leaveOut: (pk: string, call: number) => boolean) {
  let calls = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName !== 'BatchGetItemCommand') return result;
      calls += 1;
      const output = result.output as { Responses?: Record<string, ItemKey[]>; UnprocessedKeys?: Record<string, { Keys: ItemKey[] }> };
      const items = output.Responses?.[tableName] ?? [];
      const left = items.filter((item) => leaveOut(item.pk, calls));
      output.Responses = { [tableName]: items.filter((item) => !left.includes(item)) };
      if (left.length) output.UnprocessedKeys = { [tableName]: { Keys: left.map(({ pk, sk }) => ({ pk, sk })) } };
      return result;
    },
    // Outside the document client's own middleware: the answer as the store reads it.
    { step: 'initialize', name: 'leaveUnprocessed' },
  );
}

describe('CoalescedReads', () => {
  it('sends the reads asked for in one turn as one BatchGetItem per consistency, and hands each reader its own item or undefined', async () => {
    const { reads, sent } = await tableWith(['a', 'b', 'c']);
    const [a, missing, b, c, alsoMissing] = await Promise.all([
      reads.get(key('a'), { consistent: true }),
      reads.get(key('nobody'), { consistent: true }),
      reads.get(key('b'), { consistent: true }),
      reads.get(key('c'), { consistent: false }),
      reads.get(key('nobody-either'), { consistent: false }),
    ]);
    expect([a?.name, missing, b?.name, c?.name, alsoMissing]).toEqual(['a', undefined, 'b', 'c', undefined]);
    expect(a?.tags).toEqual(new Set(['a', 'shared']));
    expect(sent).toEqual([
      { command: 'BatchGetItem', keys: ['ITEM#a', 'ITEM#nobody', 'ITEM#b'], consistent: true },
      { command: 'BatchGetItem', keys: ['ITEM#c', 'ITEM#nobody-either'], consistent: false },
    ]);
  });

  it('reads a key asked for alone with one GetItem of the consistency asked for, and reads of later turns in requests of their own', async () => {
    const { reads, sent } = await tableWith(['a', 'b']);
    expect((await reads.get(key('a'), { consistent: true }))?.name).toBe('a');
    expect((await reads.get(key('b'), { consistent: false }))?.name).toBe('b');
    expect(await reads.get(key('nobody'), { consistent: true })).toBeUndefined();
    expect(sent).toEqual([
      { command: 'GetItem', keys: ['ITEM#a'], consistent: true },
      { command: 'GetItem', keys: ['ITEM#b'], consistent: false },
      { command: 'GetItem', keys: ['ITEM#nobody'], consistent: true },
    ]);
  });

  it('asks for a key once however many read it, and gives each reader a copy of its own', async () => {
    const { reads, sent } = await tableWith(['a', 'b']);
    const [first, second, b] = await Promise.all([reads.get(key('a'), { consistent: true }), reads.get(key('a'), { consistent: true }), reads.get(key('b'), { consistent: true })]);
    expect(sent).toEqual([{ command: 'BatchGetItem', keys: ['ITEM#a', 'ITEM#b'], consistent: true }]);
    expect(second).toEqual(first);
    (first!.tags as Set<string>).add('changed by the first reader');
    expect(second!.tags).toEqual(new Set(['a', 'shared']));
    expect(b?.name).toBe('b');
  });

  it('splits more than 100 keys into requests of at most 100', async () => {
    const names = Array.from({ length: 130 }, (_, i) => `n${i}`);
    const { reads, sent } = await tableWith(names.filter((_, i) => i % 2 === 0));
    const found = await Promise.all(names.map((name) => reads.get(key(name), { consistent: true })));
    expect(found.map((item) => item?.name)).toEqual(names.map((name, i) => (i % 2 === 0 ? name : undefined)));
    expect(sent.map((request) => [request.command, request.keys.length])).toEqual([
      ['BatchGetItem', 100],
      ['BatchGetItem', 30],
    ]);
  });

  it('asks again for the keys DynamoDB left unprocessed, and only for them', async () => {
    const { client, tableName, reads, sent } = await tableWith(['a', 'b', 'c']);
    leaveUnprocessed(client, tableName, (pk, call) => pk === 'ITEM#b' && call === 1);
    const found = await Promise.all(['a', 'b', 'c', 'nobody'].map((name) => reads.get(key(name), { consistent: true })));
    expect(found.map((item) => item?.name)).toEqual(['a', 'b', 'c', undefined]);
    expect(sent).toEqual([
      { command: 'BatchGetItem', keys: ['ITEM#a', 'ITEM#b', 'ITEM#c', 'ITEM#nobody'], consistent: true },
      { command: 'BatchGetItem', keys: ['ITEM#b'], consistent: true },
    ]);
  });

  it('tells the readers of a key DynamoDB keeps leaving unprocessed that the store is unavailable, and no one else', async () => {
    const { client, tableName, reads, sent } = await tableWith(['a', 'b']);
    leaveUnprocessed(client, tableName, (pk) => pk === 'ITEM#b');
    const [a, b, nobody] = await Promise.allSettled(['a', 'b', 'nobody'].map((name) => reads.get(key(name), { consistent: false })));
    expect(a).toMatchObject({ status: 'fulfilled', value: { name: 'a' } });
    expect(nobody).toEqual({ status: 'fulfilled', value: undefined });
    expect(b).toMatchObject({ status: 'rejected', reason: expect.any(StoreUnavailableError) });
    expect(sent.length).toBe(8);
    expect(sent.slice(1).every((request) => request.keys.join() === 'ITEM#b')).toBe(true);
  });

  it('when one key makes the whole request invalid, reads each key alone: only that key’s reader gets the error', async () => {
    const { reads, sent } = await tableWith(['a', 'b']);
    // Over DynamoDB's 2,048 bytes for a partition key: refused whichever request carries it.
    const tooLong = { pk: `ITEM#${'x'.repeat(3_000)}`, sk: 'ITEM' };
    const [a, bad, b] = await Promise.allSettled([reads.get(key('a'), { consistent: true }), reads.get(tooLong, { consistent: true }), reads.get(key('b'), { consistent: true })]);
    expect(a).toMatchObject({ status: 'fulfilled', value: { name: 'a' } });
    expect(b).toMatchObject({ status: 'fulfilled', value: { name: 'b' } });
    expect(bad).toMatchObject({ status: 'rejected', reason: { name: 'ValidationException' } });
    expect(sent.map((request) => request.command)).toEqual(['BatchGetItem', 'GetItem', 'GetItem', 'GetItem']);
  });

  it('when the store is unavailable, fails every reader of the request with it, without asking key by key', async () => {
    const { client, reads, sent } = await tableWith(['a', 'b']);
    client.middlewareStack.add(
      () => async () => {
        throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
      },
      { step: 'finalizeRequest', name: 'throttleEverything' },
    );
    const results = await Promise.allSettled([reads.get(key('a'), { consistent: true }), reads.get(key('b'), { consistent: true })]);
    expect(results.map((result) => result.status === 'rejected' && result.reason instanceof StoreUnavailableError)).toEqual([true, true]);
    expect(sent.map((request) => request.command)).toEqual(['BatchGetItem']);
  });
});
