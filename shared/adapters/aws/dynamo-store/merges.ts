/** A merge's atomic step and its record, and the marks of merges and undos under way on the survivor. */
import type { MergeRecord } from '../../../model.ts';
import { CustomerMergedError, type MergeRequest } from '../../../ports.ts';
import { acceptedBy, mergeIdFor } from '../../timeline-keys.ts';
import { nameAfterMerge } from '../../../identity/display-name.ts';
import { newCountAtMerge, newCountOfMerge } from '../../../timeline/new-customers.ts';
import { MAX_MERGE_CHAIN, mergeChainAfter, mergeRefusal } from '../../../identity/bounds.ts';
import { keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { backoff } from '../../../backoff.ts';
import type { DynamoStore } from '../dynamo-store.ts';
import { newCountUpdates } from './aggregates.ts';
import { addCounters, max, min, setName, stripKeys, toCustomer } from './items.ts';
import { clearPendingMark } from './pending-work.ts';
import { decisionUpdate } from './suggestions.ts';
import { type DynamoTable, type Item, MAX_ATTEMPTS, type TransactItem, contended } from './table.ts';

export async function beginMerge(table: DynamoTable, store: Pick<DynamoStore, 'getMergeSuggestion' | 'getIdentityOwner'>, request: MergeRequest, acceptsSuggestion?: string) {
  for (let attempt = 1; ; attempt += 1) {
    if (attempt > 1) await backoff(attempt);
    const [survivor, absorbed, suggestion] = await Promise.all([
      table.getCustomerItem(request.survivorId),
      table.getCustomerItem(request.absorbedId),
      acceptsSuggestion === undefined ? undefined : store.getMergeSuggestion(acceptsSuggestion),
    ]);
    if (!survivor || !absorbed) throw new Error('both customers of a merge must exist');
    if (absorbed.mergedInto) return { status: 'already' as const };
    if (survivor.mergedInto) throw new CustomerMergedError(request.survivorId);
    const snapshot = toCustomer(absorbed);
    const mergeId = mergeIdFor(request.survivorId, request.absorbedId, request.mergedAt);
    const accepts = acceptsSuggestion === undefined ? undefined : acceptedBy(suggestion, { ...request, mergeId });
    if (acceptsSuggestion !== undefined && !accepts) return { status: 'suggestion_decided' as const };
    // The suggestion's evidence, as read; its guards make the transaction fail if it moves before the write.
    const lead = suggestion && (await identityLead(table, store, suggestion.identity, [request.survivorId, request.absorbedId]));
    if (lead && lead.holder !== request.survivorId && lead.holder !== request.absorbedId) return { status: 'identity_moved' as const, ...(lead.holder ? { holder: lead.holder } : {}) };
    // Decided on the profiles read; the transaction is guarded on both revisions, so it holds.
    const refusal = mergeRefusal(toCustomer(survivor), snapshot);
    if (refusal) return refusal;
    const merge: MergeRecord = {
      mergeId,
      ...request,
      absorbedIdentities: snapshot.identities,
      absorbedVerifiedIdentities: snapshot.verifiedIdentities ?? [],
      absorbedCounts: snapshot.counts,
      absorbedFirstSeen: snapshot.firstSeen,
      absorbedLastSeen: snapshot.lastSeen,
      ...newCountAtMerge(toCustomer(survivor), snapshot),
      ...(snapshot.mergeChain ? { absorbedMergeChain: snapshot.mergeChain } : {}),
      survivorFirstSeen: survivor.firstSeen as string,
      survivorLastSeen: survivor.lastSeen as string,
      survivorIdentities: toCustomer(survivor).identities,
      ...(accepts ? { acceptedSuggestionId: accepts.suggestionId } : {}),
    };
    const survivorUpdate = new ExpressionBuilder()
      .set('firstSeen', min(survivor.firstSeen as string, merge.absorbedFirstSeen))
      .set('lastSeen', max(survivor.lastSeen as string, merge.absorbedLastSeen))
      .add('pendingMerges', new Set([merge.absorbedId]))
      .setAll(keys.pendingWork(merge.survivorId))
      .set('mergeChain', mergeChainAfter(toCustomer(survivor), snapshot))
      .add('rev', 1)
      .when((n, v) => `attribute_not_exists(${n('mergedInto')}) AND ${n('rev')} = ${v(survivor.rev)}`);
    setName(survivorUpdate, nameAfterMerge(toCustomer(survivor), snapshot));
    const newCount = newCountOfMerge(merge);
    if (newCount.survivorNewOnDay) survivorUpdate.set('newOnDay', newCount.survivorNewOnDay);
    if (merge.absorbedIdentities.length) survivorUpdate.add('identities', new Set(merge.absorbedIdentities));
    if (merge.absorbedVerifiedIdentities.length) survivorUpdate.add('verifiedIdentities', new Set(merge.absorbedVerifiedIdentities));
    addCounters(survivorUpdate, merge.absorbedCounts);
    // The absorbed profile must be exactly the one snapshotted, or a concurrent count is lost.
    const absorbedUpdate = new ExpressionBuilder()
      .set('mergedInto', merge.survivorId)
      .add('rev', 1)
      .when((n, v) => `attribute_not_exists(${n('mergedInto')}) AND ${n('rev')} = ${v(absorbed.rev)}`);
    const items: TransactItem[] = [
      { Update: { TableName: table.name, Key: keys.customer(merge.absorbedId), ...absorbedUpdate.build() } as never },
      { Update: { TableName: table.name, Key: keys.customer(merge.survivorId), ...survivorUpdate.build() } as never },
      ...mergeItems(merge).map((Item) => ({ Put: { TableName: table.name, Item } })),
      ...(lead?.guards ?? []),
    ];
    if (suggestion && accepts) items.push({ Update: { TableName: table.name, Key: keys.suggestion(suggestion.suggestionId), ...decisionUpdate(suggestion, accepts).build() } as never });
    items.push(...newCountUpdates(table, newCount.change, merge.mergeId));
    const failed = await table.transact(items);
    if (failed === undefined) return { status: 'started' as const, mergeId: merge.mergeId };
    if (attempt >= MAX_ATTEMPTS) throw contended(`merge ${merge.absorbedId} → ${merge.survivorId}`, attempt);
  }
}

/**
 * The customer an identity's owner stands for now, following merged-into links (see
 * IdentityStore.beginMerge), read consistently; undefined when nobody holds it. With the
 * conditions that keep it so until a transaction's write: the identity item names the same
 * owner, and each customer passed on the way is still merged into the next (an undo clears that;
 * today only the last link's undo can come, which changes a party's revision, but the check
 * does not rest on that rule).
 *
 * The links stop at the merge's own `parties`: the merge's write guards their revisions, so one
 * merged away since they were read fails it and is followed by the caller, not here.
 */
async function identityLead(table: DynamoTable, store: Pick<DynamoStore, 'getIdentityOwner'>, identity: string, parties: string[]): Promise<{ holder?: string; guards: TransactItem[] }> {
  const owner = await store.getIdentityOwner(identity);
  if (owner === undefined) return { guards: [] };
  const guard = (Key: Item, attribute: string, value: string): TransactItem => ({
    ConditionCheck: { TableName: table.name, Key, ...new ExpressionBuilder().when((n, v) => `${n(attribute)} = ${v(value)}`).build() } as never,
  });
  const guards = [guard(keys.identity(identity), 'customerId', owner)];
  let customerId = owner;
  let customer = await table.getCustomerItem(customerId);
  for (let hop = 0; customer?.mergedInto && !parties.includes(customerId) && hop < MAX_MERGE_CHAIN; hop += 1) {
    guards.push(guard(keys.customer(customerId), 'mergedInto', customer.mergedInto as string));
    customerId = customer.mergedInto as string;
    customer = await table.getCustomerItem(customerId);
  }
  return { ...(customer ? { holder: customerId } : {}), guards };
}

export async function getMerge(table: DynamoTable, mergeId: string) {
  const item = await table.reads.get(keys.merge(mergeId), { consistent: true });
  return item && (stripKeys(item) as unknown as MergeRecord);
}

export function mergeItems(merge: MergeRecord): Item[] {
  return [
    { ...keys.merge(merge.mergeId), ...merge },
    { ...keys.customerMerge(merge.survivorId, merge.mergedAt, merge.mergeId), ...merge },
    { ...keys.customerMerge(merge.absorbedId, merge.mergedAt, merge.mergeId), ...merge },
  ];
}

export async function finishMerge(table: DynamoTable, survivorId: string, absorbedId: string) {
  await clearPendingMark(table, survivorId, 'pendingMerges', absorbedId);
}

export async function finishUndo(table: DynamoTable, survivorId: string, mergeId: string) {
  await clearPendingMark(table, survivorId, 'pendingUndos', mergeId);
}
