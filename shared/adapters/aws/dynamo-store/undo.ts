/** An undo of a merge: the parted customers' profiles, identities and merge records, in one transaction per attempt. */
import type { MergeRecord } from '../../../model.ts';
import type { UndoOutcome, UndoRequest } from '../../../ports.ts';
import { lastSeenAfterUndo, verifiedWhileMerged } from '../../timeline-keys.ts';
import { newCountOfUndo } from '../../../timeline/new-customers.ts';
import { changesWhileMerged } from '../../../identity/identity-changes.ts';
import { mergeChainAfterUndo, remembersSeparation, withIdentityChanges } from '../../../identity/bounds.ts';
import { keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { backoff } from '../../../backoff.ts';
import type { DynamoStore } from '../dynamo-store.ts';
import { newCountUpdates } from './aggregates.ts';
import { addCounters, stripKeys, toCustomer } from './items.ts';
import { mergeItems } from './merges.ts';
import { type DynamoTable, MAX_ATTEMPTS, type TransactItem, contended } from './table.ts';

/** An undo's transaction holds 6 other items; DynamoDB allows 100. Identities beyond are pointed back after it. */
const MAX_IDENTITIES_POINTED_BACK = 90;

/** The former-holder markers an undo's attempt has put, for one customer. */
interface FormerHolderMarks {
  customerId: string;
  identities: string[];
}

export async function undoMerge(table: DynamoTable, store: Pick<DynamoStore, 'listMerges' | 'getIdentityOwner'>, undo: UndoRequest): Promise<UndoOutcome> {
  const marked: FormerHolderMarks = { customerId: '', identities: [] };
  try {
    const outcome = await undoAttempts(table, store, undo, marked);
    if (outcome.status !== 'undone') await dropMarksNoRecordNames(table, marked);
    return outcome;
  } catch (error) {
    await dropMarksNoRecordNames(table, marked).catch(() => undefined);
    throw error;
  }
}

/**
 * Former-holder markers an undo put that end with no undo of its own behind them (another undo
 * won, the transaction failed outright): kept only for identities the customer's record of
 * changes still names. One it does not name may be an identity an erasure finished with since the
 * marker went in, and the marker's key would keep it.
 */
async function dropMarksNoRecordNames(table: DynamoTable, { customerId, identities }: FormerHolderMarks): Promise<void> {
  if (identities.length === 0) return;
  const holder = await table.getCustomerItem(customerId);
  const named = new Set((holder ? (toCustomer(holder).identityChanges ?? []) : []).map((change) => change.identity));
  await dropFormerHolderMarks(table, customerId, identities.filter((identity) => !named.has(identity)));
}

async function dropFormerHolderMarks(table: DynamoTable, customerId: string, identities: readonly string[]): Promise<void> {
  await table.batchDelete(identities.map((identity) => {
    const { pk, sk } = keys.formerHolder(identity, customerId);
    return { pk, sk };
  }));
}

async function undoAttempts(table: DynamoTable, store: Pick<DynamoStore, 'listMerges' | 'getIdentityOwner'>, undo: UndoRequest, marked: FormerHolderMarks): Promise<UndoOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    if (attempt > 1) await backoff(attempt);
    // Its revision as read: the merge item is written back whole, over any redaction since.
    const mergeItem = await table.reads.get(keys.merge(undo.mergeId), { consistent: true });
    if (!mergeItem) return { status: 'not_found' };
    const merge = stripKeys(mergeItem) as unknown as MergeRecord;
    if (merge.undoneAt) return { status: 'already', merge };
    const [survivorItem, absorbed, survivorMerges] = await Promise.all([table.getCustomerItem(merge.survivorId), table.getCustomerItem(merge.absorbedId), store.listMerges(merge.survivorId)]);
    const survivor = survivorItem!;
    if (survivor.mergedInto) return { status: 'survivor_merged', into: survivor.mergedInto as string };
    const survivorUpdate = new ExpressionBuilder()
      .set('firstSeen', merge.survivorFirstSeen)
      .set('lastSeen', lastSeenAfterUndo(survivor.lastSeen as string, merge))
      .add('rev', 1)
      .when((n, v) => `attribute_not_exists(${n('mergedInto')}) AND ${n('rev')} = ${v(survivor.rev)}`);
    // Newcomers the survivor gained while merged that go back with the absorbed side's messages, if they still lead here.
    const broughtOwners = await Promise.all((undo.broughtBack ?? []).map(async (identity) => [identity, await store.getIdentityOwner(identity)] as const));
    const moving = broughtOwners.filter(([, owner]) => owner === merge.survivorId).map(([identity]) => identity);
    const survivorVerified = new Set((survivor.verifiedIdentities as Set<string> | undefined) ?? []);
    const leaving = new Set([...merge.absorbedIdentities, ...moving]);
    if (leaving.size) survivorUpdate.deleteFromSet('identities', leaving);
    if (leaving.size) survivorUpdate.deleteFromSet('verifiedIdentities', leaving);
    if ((survivor.pendingMerges as Set<string> | undefined)?.has(merge.absorbedId)) survivorUpdate.deleteFromSet('pendingMerges', new Set([merge.absorbedId]));
    survivorUpdate.add('pendingUndos', new Set([merge.mergeId])).setAll(keys.pendingWork(merge.survivorId));
    addCounters(survivorUpdate, Object.fromEntries(Object.entries(merge.absorbedCounts).map(([name, value]) => [name, -value])));
    // Separated again, each counts as new on its own day once more (from the survivor's day as read: the revision guard holds it).
    const newCount = newCountOfUndo(merge, toCustomer(survivor));
    if (newCount.survivorNewOnDay) survivorUpdate.set('newOnDay', newCount.survivorNewOnDay);
    else survivorUpdate.remove('newOnDay');
    if (remembersSeparation(toCustomer(survivor).separatedFrom, merge.absorbedId)) survivorUpdate.add('separatedFrom', new Set([merge.absorbedId]));
    // A merge into the survivor since it was read changes its revision: the transaction's guard holds this.
    const chain = mergeChainAfterUndo(merge.survivorId, survivorMerges, merge.mergeId);
    if (chain > 0) survivorUpdate.set('mergeChain', chain);
    else survivorUpdate.remove('mergeChain');
    // Only an erasure's redaction writes to a merged-away customer, and it moves the revision on: what
    // is read of it below (separations, identities, record of changes) is what it holds at the write.
    const absorbedUpdate = new ExpressionBuilder()
      .remove('mergedInto')
      .add('rev', 1)
      .when((n, v) => `${n('mergedInto')} = ${v(merge.survivorId)}${absorbed ? ` AND ${n('rev')} = ${v(absorbed.rev)}` : ''}`);
    if (remembersSeparation(absorbed && toCustomer(absorbed).separatedFrom, merge.survivorId)) absorbedUpdate.add('separatedFrom', new Set([merge.survivorId]));
    const undone: MergeRecord = { ...merge, undoneAt: undo.at, undoneBy: undo.by, ...(undo.with ? { undoneWith: undo.with } : {}), ...(undo.broughtBack?.length ? { broughtBack: undo.broughtBack } : {}) };
    const owners = await Promise.all(merge.absorbedIdentities.map(async (identity) => [identity, await store.getIdentityOwner(identity)] as const));
    // An identity a verified sender took over while merged leads elsewhere now: no longer the absorbed customer's.
    const lost = new Set(owners.filter(([, owner]) => owner !== merge.survivorId && owner !== merge.absorbedId).map(([identity]) => identity));
    if (moving.length) {
      // Its identities are set whole, with the newcomers, under the revision guard.
      const absorbedIdentities = [...((absorbed?.identities as Set<string> | undefined) ?? [])];
      absorbedUpdate.set('identities', new Set([...absorbedIdentities.filter((identity) => !lost.has(identity)), ...moving]));
    } else if (lost.size) absorbedUpdate.deleteFromSet('identities', lost);
    // Its verified identities as merged, with the claims its own sender proved while merged, set whole.
    const verified = [...new Set([...merge.absorbedVerifiedIdentities, ...verifiedWhileMerged(survivor as { verifiedIdentities?: Set<string> }, merge), ...moving.filter((identity) => survivorVerified.has(identity))])].filter((identity) => !lost.has(identity));
    if (verified.length) absorbedUpdate.set('verifiedIdentities', new Set(verified));
    else absorbedUpdate.remove('verifiedIdentities');
    // The survivor's changes as read (its revision guard holds them, an erasure's redaction included) to what the absorbed side takes back.
    const handedBack = changesWhileMerged(toCustomer(survivor), merge, undo.broughtBack);
    const removed = [...new Set(handedBack.filter((change) => change.change === 'removed').map((change) => change.identity))];
    // A marker an earlier attempt put for a change no longer handed back (an erasure redacted it
    // since) goes: its key would keep the erased identity, and that erasure has finished.
    await dropFormerHolderMarks(table, merge.absorbedId, marked.identities.filter((identity) => !removed.includes(identity)));
    Object.assign(marked, { customerId: merge.absorbedId, identities: removed });
    if (handedBack.length) {
      const { identityChanges, olderIdentityChanges } = withIdentityChanges(absorbed ? toCustomer(absorbed) : {}, handedBack);
      absorbedUpdate.set('identityChanges', identityChanges);
      if (olderIdentityChanges) absorbedUpdate.set('olderIdentityChanges', olderIdentityChanges);
      // Put before the transaction, which is full: a marker whose undo then fails sends an erasure to a
      // profile with nothing to take out, where a record without its marker would keep an erased identity.
      await table.batchWrite(removed.map((identity) => ({ PutRequest: { Item: keys.formerHolder(identity, merge.absorbedId) } })));
    }
    const mergeRevision = (mergeItem.rev as number | undefined) ?? 0;
    // Undone once, and unchanged since it was read (an erasure's redaction moves its revision on).
    const unchangedMerge = new ExpressionBuilder().when((n, v) => `attribute_not_exists(${n('undoneAt')}) AND ${mergeItem.rev === undefined ? `attribute_not_exists(${n('rev')})` : `${n('rev')} = ${v(mergeItem.rev)}`}`).build();
    const pointBack = new ExpressionBuilder().set('customerId', merge.absorbedId).when((n, v) => `${n('customerId')} = ${v(merge.survivorId)}`).build();
    const items: TransactItem[] = [
      { Update: { TableName: table.name, Key: keys.customer(merge.survivorId), ...survivorUpdate.build() } as never },
      { Update: { TableName: table.name, Key: keys.customer(merge.absorbedId), ...absorbedUpdate.build() } as never },
      ...[...owners, ...broughtOwners]
        .filter(([, owner]) => owner === merge.survivorId)
        .slice(0, MAX_IDENTITIES_POINTED_BACK)
        .map(([identity]) => ({ Update: { TableName: table.name, Key: keys.identity(identity), ...pointBack } as never })),
      ...mergeItems(undone).map((Item, index) => ({
        Put: { TableName: table.name, Item: { ...Item, rev: mergeRevision + 1 }, ...(index === 0 ? unchangedMerge : {}) },
      })),
    ];
    items.push(...newCountUpdates(table, newCount.change, merge.mergeId));
    const failed = await table.transact(items);
    if (failed === undefined) return { status: 'undone', merge: undone };
    if (attempt >= MAX_ATTEMPTS) throw contended(`undo of ${undo.mergeId}`, attempt);
  }
}
