/** Who holds an identity: claims, pointers, verified adds and removals, and the listing of former holders. */
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { IdentityChange } from '../../../model.ts';
import { CustomerMergedError, type IdentityChangeRequest, type AddIdentityOutcome, type RemoveIdentityOutcome } from '../../../ports.ts';
import { changeRecord, decideAdd, decideRemove, standingMergesBelow } from '../../../identity/identity-changes.ts';
import { withIdentityChanges } from '../../../identity/bounds.ts';
import { keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import { backoff } from '../../../backoff.ts';
import type { DynamoStore } from '../dynamo-store.ts';
import { profileExists, toCustomer } from './items.ts';
import { type DynamoTable, type Item, MAX_ATTEMPTS, TRANSACTION_CONFLICT, type TransactItem, contended } from './table.ts';

export async function claimIdentity(table: DynamoTable, store: Pick<DynamoStore, 'getIdentityOwner'>, identity: string, customerId: string, verified = false) {
  const claim = { ...keys.identity(identity), identity, customerId, ...(verified ? { verified } : {}) };
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const owner = (await table.putIfAbsent(claim)) ? customerId : await store.getIdentityOwner(identity);
    // Released meanwhile: claimed again.
    if (owner === undefined) continue;
    // Checked after the claim, as an erasure marks before it reads who holds the identities: one of the two sees the other.
    if (owner === customerId) return (await table.isErased(customerId)) ? withdrawClaim(table, identity, customerId) : customerId;
    if (!(await table.isErased(owner))) return owner;
    await replaceOwner(table, claim, owner);
  }
  throw contended(`claiming ${identity} for ${customerId}`, MAX_ATTEMPTS);
}

export async function withdrawClaims(table: DynamoTable, identities: string[], erasedCustomerId: string) {
  for (const identity of identities) await withdrawClaim(table, identity, erasedCustomerId);
}

/** Takes back a claim made for a customer erased meanwhile: nothing leads to it. */
async function withdrawClaim(table: DynamoTable, identity: string, customerId: string): Promise<undefined> {
  await ifOwnedBy(() => table.doc.send(new DeleteCommand({ TableName: table.name, Key: keys.identity(identity), ConditionExpression: 'customerId = :owner', ExpressionAttributeValues: { ':owner': customerId } })));
  return undefined;
}

/** Puts the claim over an erased customer's, unless someone else took the identity meanwhile. */
async function replaceOwner(table: DynamoTable, claim: Item, erasedOwner: string) {
  await ifOwnedBy(() => table.doc.send(new PutCommand({ TableName: table.name, Item: claim, ConditionExpression: 'customerId = :owner', ExpressionAttributeValues: { ':owner': erasedOwner } })));
}

/** A write conditional on the identity's owner: another owner meanwhile is no failure, the caller reads it again. */
async function ifOwnedBy(write: () => Promise<unknown>) {
  try {
    await write();
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}

export async function pointIdentity(table: DynamoTable, identity: string, customerId: string, verified = false) {
  const failed = await table.transact([
    { ConditionCheck: { TableName: table.name, Key: keys.erasedCustomer(customerId), ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName: table.name, Item: { ...keys.identity(identity), identity, customerId, ...(verified ? { verified } : {}) } } },
  ]);
  if (failed === TRANSACTION_CONFLICT) throw contended(`pointing ${identity} at ${customerId}`, 1);
}

export async function isClaimedVerified(table: DynamoTable, identity: string, customerId: string) {
  const item = await table.reads.get(keys.identity(identity), { consistent: true });
  return item?.customerId === customerId && item.verified === true;
}

/**
 * The identity item is put only if absent (or re-marked only while it leads here) and the
 * profile changed only at the revision read, in one transaction: of two adds of one new
 * identity to two customers, the second finds it taken when it reads again.
 */
export async function addIdentity(table: DynamoTable, store: Pick<DynamoStore, 'getIdentityOwner'>, request: IdentityChangeRequest): Promise<AddIdentityOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    if (attempt > 1) await backoff(attempt);
    const [item, owner] = await Promise.all([table.getCustomerItem(request.customerId), store.getIdentityOwner(request.identity)]);
    if (!item) return { status: 'not_found' };
    if (item.mergedInto) throw new CustomerMergedError(request.customerId);
    const decision = decideAdd(toCustomer(item), owner, request.identity);
    if (decision.status === 'unchanged') return { status: 'unchanged', customer: toCustomer(item) };
    if (decision.status !== 'added' && decision.status !== 'verified') return decision;
    const pointing: TransactItem =
      decision.status === 'added'
        ? { Put: { TableName: table.name, Item: { ...keys.identity(request.identity), identity: request.identity, customerId: request.customerId, verified: true }, ConditionExpression: 'attribute_not_exists(pk)' } }
        : { Update: { TableName: table.name, Key: keys.identity(request.identity), ...new ExpressionBuilder().set('verified', true).when((n, v) => `${n('customerId')} = ${v(request.customerId)}`).build() } as never };
    const profile = identityChangeOf(item, changeRecord(request, decision.status))
      .add('identities', new Set([request.identity]))
      .add('verifiedIdentities', new Set([request.identity]));
    if ((await table.transact([pointing, { Update: { TableName: table.name, Key: keys.customer(request.customerId), ...profile.build() } as never }])) === undefined) {
      return { status: decision.status, customer: toCustomer((await table.getCustomerItem(request.customerId))!) };
    }
    if (attempt >= MAX_ATTEMPTS) throw contended(`adding ${request.identity} to ${request.customerId}`, attempt);
  }
}

export async function removeIdentity(table: DynamoTable, store: Pick<DynamoStore, 'getIdentityOwner' | 'listMerges'>, request: IdentityChangeRequest): Promise<RemoveIdentityOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    if (attempt > 1) await backoff(attempt);
    const [item, owner] = await Promise.all([table.getCustomerItem(request.customerId), store.getIdentityOwner(request.identity)]);
    if (!item) return { status: 'not_found' };
    if (item.mergedInto) throw new CustomerMergedError(request.customerId);
    const decision = decideRemove(toCustomer(item), request.identity, await standingMergesBelow(store, request.customerId));
    if (decision.status !== 'removed') return decision;
    const profile = identityChangeOf(item, changeRecord(request, 'removed'))
      .deleteFromSet('identities', new Set([request.identity]))
      .deleteFromSet('verifiedIdentities', new Set([request.identity]));
    const items: TransactItem[] = [
      { Update: { TableName: table.name, Key: keys.customer(request.customerId), ...profile.build() } as never },
      // Its profile's record of changes (and its merges) still name the identity: an erasure of the next holder finds it here.
      { Put: { TableName: table.name, Item: keys.formerHolder(request.identity, request.customerId) } },
    ];
    // Only while it leads here: a verified sender may have taken it over since (its profile lags).
    if (owner === request.customerId) {
      items.push({ Delete: { TableName: table.name, Key: keys.identity(request.identity), ...new ExpressionBuilder().when((n, v) => `${n('customerId')} = ${v(request.customerId)}`).build() } as never });
    }
    if ((await table.transact(items)) === undefined) return { status: 'removed', customer: toCustomer((await table.getCustomerItem(request.customerId))!) };
    if (attempt >= MAX_ATTEMPTS) throw contended(`removing ${request.identity} from ${request.customerId}`, attempt);
  }
}

/** The profile update recording a change, guarded on the revision it was decided on. */
function identityChangeOf(item: Item, change: IdentityChange): ExpressionBuilder {
  const { identityChanges, olderIdentityChanges } = withIdentityChanges(toCustomer(item), [change]);
  const profile = new ExpressionBuilder().set('identityChanges', identityChanges);
  if (olderIdentityChanges) profile.set('olderIdentityChanges', olderIdentityChanges);
  return profile
    .add('rev', 1)
    .when((n, v) => `attribute_not_exists(${n('mergedInto')}) AND ${n('rev')} = ${v(item.rev)}`);
}

export async function releaseIdentity(table: DynamoTable, identity: string, customerId: string) {
  await table.setIf(customerId, new ExpressionBuilder().deleteFromSet('identities', new Set([identity])).deleteFromSet('verifiedIdentities', new Set([identity])).when(profileExists));
}

export async function formerHoldersOf(table: DynamoTable, identity: string) {
  const listed = await table.queryAll({ KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)', ExpressionAttributeValues: { ':p': keys.identity(identity).pk, ':s': keys.formerHolderPrefix } });
  return listed.map((item) => item.customerId as string);
}
