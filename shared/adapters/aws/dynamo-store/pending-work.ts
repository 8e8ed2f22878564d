/** The listing (gsi4) of customers with a merge or an undo under way, which the scheduled sweep finishes. */
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Customer, Page } from '../../../model.ts';
import { decodeCustomerCursor, encodeCursor, resumeAfter } from '../../timeline-keys.ts';
import { hasPendingWork } from '../../../identity/merges.ts';
import { keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { profileExists, toCustomer } from './items.ts';
import type { DynamoTable } from './table.ts';

/** The profile holds a mark of work under way, of either kind: what keeps it on the sweep's listing. */
const hasPendingMark = (n: (attribute: string) => string) => `(attribute_exists(${n('pendingMerges')}) OR attribute_exists(${n('pendingUndos')}))`;

/**
 * Takes one mark of work under way off the profile, and the profile off the sweep's listing
 * (gsi4) with its last mark: in the same write when it is the only one (the usual case, one write
 * as before), else in a second once the first's new image shows none left. Of two finishing at
 * once the later sees that, so the listing keeps no customer with nothing under way (but for a
 * process stopped between the two writes: the listing drops that one when it meets it).
 */
export async function clearPendingMark(table: DynamoTable, customerId: string, marks: 'pendingMerges' | 'pendingUndos', mark: string) {
  const others = marks === 'pendingMerges' ? 'pendingUndos' : 'pendingMerges';
  const lastMark = new ExpressionBuilder()
    .deleteFromSet(marks, new Set([mark]))
    .removeAll(keys.pendingWork(customerId))
    .when((n, v) => `${profileExists(n)} AND size(${n(marks)}) = ${v(1)} AND contains(${n(marks)}, ${v(mark)}) AND attribute_not_exists(${n(others)})`);
  if (await table.setIf(customerId, lastMark)) return;
  const after = await table.setIf(customerId, new ExpressionBuilder().deleteFromSet(marks, new Set([mark])).when(profileExists));
  if (after && !hasPendingWork(toCustomer(after)) && after.gsi4pk !== undefined) await dropFromPendingListing(table, customerId);
}

/** Off the sweep's listing, unless work was marked on it meanwhile. */
async function dropFromPendingListing(table: DynamoTable, customerId: string) {
  await table.setIf(customerId, new ExpressionBuilder().removeAll(keys.pendingWork(customerId)).when((n) => `${profileExists(n)} AND NOT ${hasPendingMark(n)}`));
}

export async function customersWithPendingWork(table: DynamoTable, query: { limit: number; cursor?: string }): Promise<Page<Customer>> {
  const after = resumeAfter(query.cursor, decodeCustomerCursor);
  const { Items = [], LastEvaluatedKey } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: 'gsi4',
      KeyConditionExpression: after ? 'gsi4pk = :p AND gsi4sk > :after' : 'gsi4pk = :p',
      ExpressionAttributeValues: { ':p': keys.pendingWork('').gsi4pk, ...(after ? { ':after': after } : {}) },
      Limit: query.limit,
    }),
  );
  const listed = Items.map((entry) => entry.gsi4sk as string);
  // The index lags the profiles: each is read as it is now, and one finished meanwhile is left out.
  const profiles = (await Promise.all(listed.map((customerId) => table.getCustomerItem(customerId)))).filter((profile) => profile !== undefined);
  const items: Customer[] = [];
  for (const profile of profiles) {
    const customer = toCustomer(profile);
    if (hasPendingWork(customer)) items.push(customer);
    else if (profile.gsi4pk !== undefined) await dropFromPendingListing(table, customer.customerId);
  }
  return LastEvaluatedKey && listed.length ? { items, nextCursor: encodeCursor(listed.at(-1)!) } : { items };
}

/**
 * Once, for a table whose marks of work under way were written before the sweep's listing (gsi4) existed (before
 * session 51): lists every profile that has a mark and no listing keys, so the sweep finishes its work. An operator's
 * upgrade step, not a request path, so it Scans (no index finds a profile that was never listed) with the operator's own
 * credentials; no function's role may Scan. Each key write is conditional on the mark still there and no keys yet, so a
 * finish or a new mark meanwhile wins, and running it again lists none twice. Answers how many it listed.
 */
export async function putPendingWorkListings(table: DynamoTable): Promise<number> {
  let listed = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new ScanCommand({
        TableName: table.name,
        FilterExpression: `sk = :profile AND ${hasPendingMark((attribute) => attribute)} AND attribute_not_exists(gsi4pk)`,
        ExpressionAttributeValues: { ':profile': keys.customer('').sk },
        ProjectionExpression: 'customerId',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const { customerId } of page.Items ?? []) {
      const unlisted = new ExpressionBuilder()
        .setAll(keys.pendingWork(customerId as string))
        .when((n) => `${profileExists(n)} AND ${hasPendingMark(n)} AND attribute_not_exists(${n('gsi4pk')})`);
      if (await table.setIf(customerId as string, unlisted)) listed += 1;
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return listed;
}
