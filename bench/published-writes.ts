/**
 * Write units by DynamoDB's published rule, from the images of every item a write touches
 * (read before and after it by a separate, unmetered client). DynamoDB Local's own figures for
 * transactions do not follow the rule (it reported 23 units for a 13-item transaction that the
 * rule prices at 34), so the cost bench prices writes with this and prints Local's beside it.
 *
 * The rule: a write costs 1 WRU per KB (rounded up) of the larger of the item's images; each GSI
 * entry it writes or deletes costs the same by the size of what the index projects (a key change
 * is a delete and a put; an entry whose projection did not change costs nothing); items of a
 * transaction cost double. A failed conditional write still costs the item's units; a cancelled
 * transaction is priced here as if its items had been written (conservative).
 */
import { GetItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { TABLE_SCHEMA } from '../shared/adapters/table-schema.ts';
import { itemSize } from '../test/support/item-size.ts';

type Image = Record<string, AttributeValue> | undefined;
type Key = { pk: string; sk: string };

/** The keys a write request touches, and whether it is transactional. */
export function touchedKeys(command: string, input: Record<string, unknown>): Key[] {
  const keyOf = (item: Record<string, unknown> | undefined): Key[] => {
    if (!item) return [];
    const text = (v: unknown) => (typeof v === 'string' ? v : (v as { S: string }).S);
    return [{ pk: text(item.pk), sk: text(item.sk) }];
  };
  switch (command) {
    case 'PutItem':
      return keyOf(input.Item as never);
    case 'UpdateItem':
    case 'DeleteItem':
      return keyOf(input.Key as never);
    case 'TransactWriteItems':
      return (input.TransactItems as Record<string, { Item?: never; Key?: never }>[]).flatMap((entry) => {
        const [operation] = Object.values(entry);
        return keyOf(operation?.Item ?? operation?.Key);
      });
    case 'BatchWriteItem':
      return Object.values(input.RequestItems as Record<string, { PutRequest?: { Item: never }; DeleteRequest?: { Key: never } }[]>)
        .flat()
        .flatMap((request) => keyOf(request.PutRequest?.Item ?? request.DeleteRequest?.Key));
    default:
      return [];
  }
}

export async function readImages(probe: DynamoDBClient, tableName: string, keys: Key[]): Promise<Image[]> {
  return Promise.all(keys.map(async (key) => (await probe.send(new GetItemCommand({ TableName: tableName, Key: marshall(key), ConsistentRead: true }))).Item));
}

const kb = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/** Units by where they are spent (`table`, `gsi1`, …) for one item's change. */
export function writeUnits(before: Image, after: Image, transactional: boolean, succeeded: boolean): Map<string, number> {
  const factor = transactional ? 2 : 1;
  const units = new Map<string, number>([['table', factor * kb(Math.max(before ? itemSize(before) : 0, after ? itemSize(after) : 0))]]);
  if (!succeeded) return units;
  for (const index of TABLE_SCHEMA.indexes) {
    const old = indexEntry(index, before);
    const now = indexEntry(index, after);
    let spent = 0;
    if (old && now && old.key === now.key) spent = JSON.stringify(old.entry) === JSON.stringify(now.entry) ? 0 : kb(Math.max(itemSize(old.entry), itemSize(now.entry)));
    else spent = (old ? kb(itemSize(old.entry)) : 0) + (now ? kb(itemSize(now.entry)) : 0);
    if (spent) units.set(index.name, factor * spent);
  }
  return units;
}

type IndexSchema = (typeof TABLE_SCHEMA.indexes)[number];

function indexEntry(index: IndexSchema, image: Image): { key: string; entry: Record<string, AttributeValue> } | undefined {
  const pk = image?.[index.partitionKey]?.S;
  const sk = image?.[index.sortKey]?.S;
  if (!image || pk === undefined || sk === undefined) return undefined;
  const projected = projectedAttributes(index);
  const keyNames: string[] = [TABLE_SCHEMA.partitionKey, TABLE_SCHEMA.sortKey, index.partitionKey, index.sortKey];
  const entry = Object.fromEntries(Object.entries(image).filter(([name]) => projected === 'ALL' || keyNames.includes(name) || projected.includes(name)));
  return { key: `${pk}\u0000${sk}`, entry };
}

function projectedAttributes(index: IndexSchema): 'ALL' | readonly string[] {
  return index.projection === 'KEYS_ONLY' ? [] : index.projection;
}
