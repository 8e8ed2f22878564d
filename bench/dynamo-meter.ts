/**
 * Counts the DynamoDB requests a client sends and the capacity each reports
 * (ReturnConsumedCapacity=INDEXES), split by command, by table or index, and, for writes, by the
 * kind of item written (its key prefix), so the cost bench can show where units go.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { readImages, touchedKeys, writeUnits } from './published-writes.ts';

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']);

interface Capacity {
  CapacityUnits?: number;
  Table?: { CapacityUnits?: number };
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
}

/** A running total; subtract two snapshots to get what happened in between. */
export interface Tally {
  requests: number;
  readUnits: number;
  /** By DynamoDB's published rule (see published-writes.ts). */
  writeUnits: number;
  /** As DynamoDB Local reports them. */
  localWriteUnits: number;
  /** `<command>` → requests, and units by where they were spent (`table`, `gsi1`, …). */
  byCommand: Map<string, { requests: number; units: Map<string, number> }>;
  /** Items written, by key prefix (`FB`, `CUST`, `WQ`, …), with `tx:` or `batch:` for items of a transaction or batch. */
  itemsWritten: Map<string, number>;
  /** CPU the meter's own image reads took, which the bench takes off the processor's. */
  meterCpuMs: number;
}

export function emptyTally(): Tally {
  return { requests: 0, readUnits: 0, writeUnits: 0, localWriteUnits: 0, byCommand: new Map(), itemsWritten: new Map(), meterCpuMs: 0 };
}

/**
 * Meters `client`: reads as DynamoDB reports them (Local follows the published rule for reads,
 * but for keys a BatchGetItem does not find);
 * writes by the published rule, from item images that `probe` (an unmetered client) reads before
 * and after each write, with Local's own write figures kept beside them.
 */
export function meter(client: DynamoDBClient, probe: DynamoDBClient, tableName: string): Tally {
  const tally = emptyTally();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity = 'INDEXES';
      const command = (context.commandName ?? 'unknown').replace(/Command$/, '');
      const row = tally.byCommand.get(command) ?? tally.byCommand.set(command, { requests: 0, units: new Map() }).get(command)!;
      const spend = (where: string, units: number) => row.units.set(where, (row.units.get(where) ?? 0) + units);
      row.requests += 1;
      tally.requests += 1;
      if (!WRITES.has(command)) {
        const result = await next(args);
        for (const capacity of consumedOf(result.output)) {
          tally.readUnits += capacity.CapacityUnits ?? 0;
          spend('table', capacity.Table?.CapacityUnits ?? capacity.CapacityUnits ?? 0);
          for (const [index, used] of Object.entries(capacity.GlobalSecondaryIndexes ?? {})) spend(index, used.CapacityUnits ?? 0);
        }
        if (command === 'BatchGetItem') {
          const notFound = unitsOfKeysNotFound(input, result.output);
          tally.readUnits += notFound;
          spend('table', notFound);
        }
        return result;
      }
      countItemsWritten(tally, command, input);
      const keys = touchedKeys(command, input);
      const images = async () => {
        const cpu = process.cpuUsage();
        const read = await readImages(probe, tableName, keys);
        const used = process.cpuUsage(cpu);
        tally.meterCpuMs += (used.user + used.system) / 1000;
        return read;
      };
      const before = await images();
      let succeeded = true;
      try {
        const result = await next(args);
        for (const capacity of consumedOf(result.output)) tally.localWriteUnits += capacity.CapacityUnits ?? 0;
        return result;
      } catch (error) {
        succeeded = false;
        throw error;
      } finally {
        const after = await images();
        keys.forEach((_, i) => {
          for (const [where, units] of writeUnits(before[i], after[i], command === 'TransactWriteItems', succeeded)) {
            tally.writeUnits += units;
            spend(where, units);
          }
        });
      }
    },
    { step: 'initialize', name: 'costMeter' },
  );
  return tally;
}

/**
 * DynamoDB charges a key BatchGetItem does not find as GetItem does (the minimum: 1 unit
 * strongly consistent, 0.5 eventually), but DynamoDB Local reports nothing for it
 * (awslabs/amazon-dynamodb-local-samples#7): those units are added here.
 */
function unitsOfKeysNotFound(input: Record<string, unknown>, output: unknown): number {
  const requested = (input.RequestItems ?? {}) as Record<string, { Keys: unknown[]; ConsistentRead?: boolean }>;
  const { Responses = {}, UnprocessedKeys = {} } = output as { Responses?: Record<string, unknown[]>; UnprocessedKeys?: Record<string, { Keys?: unknown[] }> };
  let units = 0;
  for (const [table, { Keys, ConsistentRead }] of Object.entries(requested)) {
    const notFound = Keys.length - (Responses[table]?.length ?? 0) - (UnprocessedKeys[table]?.Keys?.length ?? 0);
    units += notFound * (ConsistentRead ? 1 : 0.5);
  }
  return units;
}

function consumedOf(output: unknown): Capacity[] {
  return [(output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity ?? []].flat();
}

function countItemsWritten(tally: Tally, command: string, input: Record<string, unknown>) {
  const prefix = command === 'TransactWriteItems' ? 'tx:' : command === 'BatchWriteItem' ? 'batch:' : '';
  for (const { pk } of touchedKeys(command, input)) {
    const kind = `${prefix}${pk.split('#')[0]}`;
    tally.itemsWritten.set(kind, (tally.itemsWritten.get(kind) ?? 0) + 1);
  }
}

export function snapshot(tally: Tally): Tally {
  return {
    ...tally,
    byCommand: new Map([...tally.byCommand].map(([name, row]) => [name, { requests: row.requests, units: new Map(row.units) }])),
    itemsWritten: new Map(tally.itemsWritten),
  };
}

/** `after - before`, divided by `per` (events). */
export function difference(after: Tally, before: Tally, per: number): Tally {
  const diff = emptyTally();
  diff.requests = (after.requests - before.requests) / per;
  diff.readUnits = (after.readUnits - before.readUnits) / per;
  diff.writeUnits = (after.writeUnits - before.writeUnits) / per;
  diff.localWriteUnits = (after.localWriteUnits - before.localWriteUnits) / per;
  diff.meterCpuMs = (after.meterCpuMs - before.meterCpuMs) / per;
  for (const [name, row] of after.byCommand) {
    const earlier = before.byCommand.get(name);
    const requests = (row.requests - (earlier?.requests ?? 0)) / per;
    if (requests === 0) continue;
    const units = new Map([...row.units].map(([where, n]) => [where, (n - (earlier?.units.get(where) ?? 0)) / per] as const).filter(([, n]) => n > 0));
    diff.byCommand.set(name, { requests, units });
  }
  for (const [kind, n] of after.itemsWritten) {
    const written = (n - (before.itemsWritten.get(kind) ?? 0)) / per;
    if (written > 0) diff.itemsWritten.set(kind, written);
  }
  return diff;
}

export function describeCommands(tally: Tally): string[] {
  return [...tally.byCommand].map(([name, row]) => {
    const kind = WRITES.has(name) ? 'WRU' : 'RRU';
    const units = [...row.units].map(([where, n]) => `${where} ${n.toFixed(2)}`).join(', ');
    return `${name} ×${row.requests.toFixed(2)}: ${kind} ${units || '0'}`;
  });
}

export function describeItemsWritten(tally: Tally): string {
  return [...tally.itemsWritten].map(([kind, n]) => `${kind} ${n.toFixed(2)}`).join(', ') || 'none';
}
