/** The listing (gsi4) of customers with a merge or an undo under way, which the scheduled sweep finishes. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Customer, Page } from '../../../model.ts';
import { decodeCustomerCursor, encodeCursor, resumeAfter } from '../../timeline-keys.ts';
import { hasPendingWork } from '../../../identity/merges.ts';
import { keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { profileExists, toCustomer } from './items.ts';
import type { DynamoTable } from './table.ts';

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
  await table.setIf(customerId, new ExpressionBuilder().removeAll(keys.pendingWork(customerId)).when((n) => `${profileExists(n)} AND attribute_not_exists(${n('pendingMerges')}) AND attribute_not_exists(${n('pendingUndos')})`));
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

