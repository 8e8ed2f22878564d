import { randomUUID } from 'node:crypto';
import { itemsWithin } from '../../answer-bytes.ts';
import { isDeepStrictEqual } from 'node:util';
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Counters, Customer, FeedbackRecord, FeedbackStatus, IdentityChange, MergeRecord, MergeSuggestion, Page } from '../../model.ts';
import { CustomerErasedError, CustomerMergedError, IdentitiesMovedError, InvalidCursorError, StoreUnavailableError, type AtRiskEntry, type RaisedRisk, type FeedbackCommit, type MergeRequest, type ReceivedRange, type FeedbackMove, type IdentityStore, type IdentityChangeRequest, type AddIdentityOutcome, type RemoveIdentityOutcome, type DerivedProfile, type ClassificationRevision, type SuggestionDecision, type SuggestionReopening, type UndoOutcome, type UndoRequest, type StatusChange, type TimelineQuery, type TimelineStore, type WorkQueueStore, type AggregateStore, type PendingWorkStore } from '../../ports.ts';
import { acceptedBy, decodeCursor, decodeCustomerCursor, decodeErasureCursor, encodeCursor, erasureKey, lastSeenAfterUndo, mergeFillsIn, mergeIdFor, timelineReadsBelow, timelineReadsDownTo, verifiedWhileMerged } from '../timeline-keys.ts';
import { timelineKey } from '../../timeline/timeline-key.ts';
import type { ClaimRedaction, ErasurePlan, ErasureRecord, ErasureStore, SuggestionRedaction } from '../../cases/ports.ts';
import { queueEntries, readQueuePage, type QueueEntryRead, type QueueSegment, type WorkQueueQuery } from '../../cases/work-queue.ts';
import { nameAfterMerge, nameAfterMessage, type ProfileName } from '../../identity/display-name.ts';
import { COUNTER, countersHeld } from '../../timeline/counters.ts';
import { newCountAtMerge, newCountMoved, newCountOfMerge, newCountOfUndo, type NewCountChange } from '../../timeline/new-customers.ts';
import { latestFlag } from '../../timeline/risk.ts';
import { caseRevision, withCaseEvent } from '../../timeline/status.ts';
import { changeRecord, changesWhileMerged, decideAdd, decideRemove, standingMergesBelow } from '../../identity/identity-changes.ts';
import { canonical, hasPendingWork } from '../../identity/merges.ts';
import { MAX_MERGE_CHAIN, mergeChainAfter, mergeChainAfterUndo, mergeRefusal, remembersSeparation, withIdentityChanges } from '../../identity/bounds.ts';
import { aggregateShard, COUNTER_PREFIX, ERASING_ATTRIBUTE, KEY_ATTRIBUTES, keys, negativesOf } from './dynamo-keys.ts';
import { allItems, itemsAsCounted } from '../../timeline/all-items.ts';
import { ExpressionBuilder } from './update-expression.ts';
import { toFeedbackItem, toRecord, type CommitDerived } from './feedback-item.ts';
import { RecentProfiles } from './recent-profiles.ts';
import { reportTransientErrorsAsUnavailable } from './transient-errors.ts';
import { REQUEST_TIMEOUTS } from './request-timeouts.ts';
import { backoff } from '../../backoff.ts';
import { BATCH_GET_KEYS, CoalescedReads } from './coalesced-reads.ts';
import { CoalescedPuts } from './coalesced-puts.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Item = Record<string, unknown>;

const MAX_ATTEMPTS = 8;
/** An undo's transaction holds 6 other items; DynamoDB allows 100. Identities beyond are pointed back after it. */
const MAX_IDENTITIES_POINTED_BACK = 90;
/** What transact() answers when DynamoDB cancelled it for a concurrent transaction on one of its items. */
const TRANSACTION_CONFLICT = -1;
const CLAIM_TTL_SECONDS = 400 * 24 * 3600;

/**
 * The Store on one DynamoDB table. Every request-path read is a GetItem, BatchGetItem or Query
 * (never a Scan); every multi-item change is one transaction, with optimistic concurrency on
 * the customer profile so concurrent Lambdas never lose an update.
 */
/**
 * The guard of every profile update that is not the profile's creation: DynamoDB's UpdateItem
 * creates an item it does not find, so without it a merge's or a release's late write after an
 * erasure would bring back a profile of nothing but the attributes it sets.
 */
const profileExists = (name: (attribute: string) => string) => `attribute_exists(${name('pk')})`;

/** The former-holder markers an undo's attempt has put, for one customer. */
interface FormerHolderMarks {
  customerId: string;
  identities: string[];
}

export class DynamoStore implements IdentityStore, TimelineStore, WorkQueueStore, AggregateStore, PendingWorkStore, ErasureStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly profiles = new RecentProfiles();
  private readonly reads: CoalescedReads;
  private readonly puts: CoalescedPuts;

  constructor(
    private readonly tableName: string,
    client: DynamoDBClient = new DynamoDBClient(REQUEST_TIMEOUTS),
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    this.reads = new CoalescedReads(this.doc, tableName);
    this.puts = new CoalescedPuts(this.doc, tableName);
    reportTransientErrorsAsUnavailable(this.doc);
  }

  async getIdentityOwner(identity: string) {
    const item = await this.reads.get(keys.identity(identity), { consistent: true });
    return item?.customerId as string | undefined;
  }

  async claimIdentity(identity: string, customerId: string, verified = false) {
    const claim = { ...keys.identity(identity), identity, customerId, ...(verified ? { verified } : {}) };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const owner = (await this.putIfAbsent(claim)) ? customerId : await this.getIdentityOwner(identity);
      // Released meanwhile: claimed again.
      if (owner === undefined) continue;
      // Checked after the claim, as an erasure marks before it reads who holds the identities: one of the two sees the other.
      if (owner === customerId) return (await this.isErased(customerId)) ? this.withdrawClaim(identity, customerId) : customerId;
      if (!(await this.isErased(owner))) return owner;
      await this.replaceOwner(claim, owner);
    }
    throw contended(`claiming ${identity} for ${customerId}`, MAX_ATTEMPTS);
  }

  async withdrawClaims(identities: string[], erasedCustomerId: string) {
    for (const identity of identities) await this.withdrawClaim(identity, erasedCustomerId);
  }

  private async isErased(customerId: string): Promise<boolean> {
    return (await this.reads.get(keys.erasedCustomer(customerId), { consistent: true })) !== undefined;
  }

  /** Takes back a claim made for a customer erased meanwhile: nothing leads to it. */
  private async withdrawClaim(identity: string, customerId: string): Promise<undefined> {
    await this.ifOwnedBy(() => this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: keys.identity(identity), ConditionExpression: 'customerId = :owner', ExpressionAttributeValues: { ':owner': customerId } })));
    return undefined;
  }

  /** Puts the claim over an erased customer's, unless someone else took the identity meanwhile. */
  private async replaceOwner(claim: Item, erasedOwner: string) {
    await this.ifOwnedBy(() => this.doc.send(new PutCommand({ TableName: this.tableName, Item: claim, ConditionExpression: 'customerId = :owner', ExpressionAttributeValues: { ':owner': erasedOwner } })));
  }

  /** A write conditional on the identity's owner: another owner meanwhile is no failure, the caller reads it again. */
  private async ifOwnedBy(write: () => Promise<unknown>) {
    try {
      await write();
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  async pointIdentity(identity: string, customerId: string, verified = false) {
    const failed = await this.transact([
      { ConditionCheck: { TableName: this.tableName, Key: keys.erasedCustomer(customerId), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: this.tableName, Item: { ...keys.identity(identity), identity, customerId, ...(verified ? { verified } : {}) } } },
    ]);
    if (failed === TRANSACTION_CONFLICT) throw contended(`pointing ${identity} at ${customerId}`, 1);
  }

  async isClaimedVerified(identity: string, customerId: string) {
    const item = await this.reads.get(keys.identity(identity), { consistent: true });
    return item?.customerId === customerId && item.verified === true;
  }

  async getCustomer(customerId: string) {
    const item = await this.getCustomerItem(customerId);
    return item && toCustomer(item);
  }

  async createCustomer(customer: Customer) {
    const { counts, identities, verifiedIdentities, separatedFrom, ...profile } = customer;
    const item: Item = { ...keys.customer(customer.customerId), ...profile, rev: 0 };
    // Sets, as every later write ADDs to them.
    if (identities.length) item.identities = new Set(identities);
    if (verifiedIdentities?.length) item.verifiedIdentities = new Set(verifiedIdentities);
    if (separatedFrom?.length) item.separatedFrom = new Set(separatedFrom);
    for (const [name, value] of Object.entries(counts)) item[COUNTER_PREFIX + name] = value;
    // An erased id is never made again (its mark keeps identities from it). A profile can be erased
    // only once made, and its mark goes before it, so the mark read first finds any erasure that
    // could have left the id free (one read: a transaction with a ConditionCheck costs 3 WRU more).
    if (await this.isErased(customer.customerId)) return false;
    const created = await this.putIfAbsent(item);
    if (created) this.profiles.remember(customer.customerId, item);
    return created;
  }

  async commitFeedback({ record, customer: patch, derive }: FeedbackCommit) {
    // Work-queue entries are derived from the record alone, so they are put before the transaction
    // and outside it (half the units): a redelivery after a crash puts the same ones again, and
    // reads load the items and drop any an entry shows where it does not belong (see readQueuePage).
    // Complaint-type quotes come from the stream aggregator, a day's worth in a few lists.
    await this.puts.put(queueEntries(record).map(toQueueItem));
    for (let attempt = 1; ; attempt += 1) {
      if (attempt > 1) await backoff(attempt);
      // The profile as resolving the event just read it, if it did: the revision guard catches any change since.
      const current = (attempt === 1 && this.profiles.take(patch.customerId)) || (await this.getCustomerItem(patch.customerId));
      if (!current) {
        if (await this.isErased(patch.customerId)) throw new CustomerErasedError(patch.customerId);
        throw new Error(`customer ${patch.customerId} does not exist`);
      }
      if (current[ERASING_ATTRIBUTE]) throw new CustomerErasedError(patch.customerId);
      if (current.mergedInto) throw new CustomerMergedError(patch.customerId);
      const customer = toCustomer(current);
      if (patch.heldIdentities?.some((identity) => !customer.identities.includes(identity))) throw new IdentitiesMovedError(patch.customerId);
      const { aggregateDeltas, negativeDays, firstPositive, atRisk, newOnDay, newCountMovedFrom } = derive(customer);
      const profile = new ExpressionBuilder()
        .set('firstSeen', min(current.firstSeen as string, patch.seenAt))
        .set('lastSeen', max(current.lastSeen as string, patch.seenAt))
        .add('rev', 1)
        .when((n, v) => `attribute_not_exists(${n('mergedInto')}) AND attribute_not_exists(${n(ERASING_ATTRIBUTE)}) AND ${n('rev')} = ${v(current.rev)}`);
      const name = nameAfterMessage(customer, patch);
      if (name) setName(profile, name);
      if (newOnDay && newCountMovedFrom) profile.set('newOnDay', newOnDay);
      else if (newOnDay) profile.setIfAbsent('newOnDay', newOnDay);
      if (patch.addIdentities.length) profile.add('identities', new Set(patch.addIdentities));
      if (patch.addVerifiedIdentities?.length) profile.add('verifiedIdentities', new Set(patch.addVerifiedIdentities));
      if (negativeDays) profile.set('negativeDays', negativeDays);
      if (firstPositive) profile.set('firstPositive', firstPositive);
      addCounters(profile, patch.countDeltas);
      const derived: CommitDerived = {};
      const deltas = Object.entries(aggregateDeltas).filter(([, delta]) => delta !== 0);
      if (deltas.length) derived.aggregateDeltas = Object.fromEntries(deltas);
      if (newCountMovedFrom) derived.newCountMovedFrom = newCountMovedFrom;
      if (atRisk) {
        // The entry's rank is in its key (no index entry to pay for): a higher count on the same day supersedes the entry.
        const entry = keys.atRisk(atRisk.day, atRisk.negativesLastWeek, atRisk.customerId);
        const previous = current.atRiskKey as { pk: string; sk: string } | undefined;
        derived.risk = [atRisk.negativesLastWeek, atRisk.reason];
        if (previous?.pk === entry.pk && previous.sk !== entry.sk) derived.supersedes = negativesOf(previous);
        // A revision of the customer's risk since this commit makes its entry stale (see putAtRisk).
        if (current.riskEpoch) derived.riskEpoch = current.riskEpoch as number;
        profile.set('atRiskKey', entry).set('atRisk', profileFlag(atRisk));
      }
      // The day's counters and the at-risk entry are not in the transaction: the stream aggregator
      // applies them from the item (stream-aggregator.ts), batched, exactly once.
      const items: TransactItem[] = [
        { Put: { TableName: this.tableName, Item: toFeedbackItem(record, derived), ConditionExpression: 'attribute_not_exists(pk)' } },
        { Update: { TableName: this.tableName, Key: keys.customer(patch.customerId), ...profile.build() } as never },
      ];
      const failed = await this.transact(items);
      if (failed === undefined) return 'written' as const;
      if (failed === 0) return 'duplicate' as const;
      if (attempt >= MAX_ATTEMPTS) throw contended(`feedback ${record.feedbackId}: the customer kept changing`, attempt);
    }
  }

  async getFeedback(feedbackId: string) {
    const item = await this.reads.get(keys.feedback(feedbackId), { consistent: false });
    return item && toRecord(item);
  }

  async isKnownFeedback(feedbackId: string) {
    // Both through the batch reader: a batch's records go out in one BatchGetItem per consistency. The
    // mark strongly consistent: an erasure writes it before it deletes the item, so a replica that
    // already lost the item cannot also hide the mark; a stored item missed here still meets the
    // commit's condition that it is absent.
    const [stored, erased] = await Promise.all([
      this.reads.get(keys.feedback(feedbackId), { consistent: false }),
      this.reads.get(keys.erasedFeedback(feedbackId), { consistent: true }),
    ]);
    return stored !== undefined || erased !== undefined;
  }

  async getFeedbackNow(feedbackIds: readonly string[]) {
    return this.getFeedbackBatch(feedbackIds, { consistent: true });
  }

  async listTimeline(customerId: string, query: TimelineQuery): Promise<Page<FeedbackRecord>> {
    return this.pageOfIndex('gsi1', keys.timelinePartition(customerId), query);
  }

  async listWorkQueue(query: WorkQueueQuery): Promise<Page<FeedbackRecord>> {
    const doc = this.doc;
    const TableName = this.tableName;
    async function* walk(segment: QueueSegment, below: string | undefined, pageSize: number) {
      const values: Item = { ':p': segment.partition };
      let range = '';
      if (below !== undefined && segment.lowest !== undefined) {
        // BETWEEN is inclusive; the upper bound itself (a cursor or `<to>#~`) is skipped below.
        range = ' AND sk BETWEEN :lo AND :hi';
        Object.assign(values, { ':lo': segment.lowest, ':hi': below });
      } else if (below !== undefined) {
        range = ' AND sk < :hi';
        values[':hi'] = below;
      } else if (segment.lowest !== undefined) {
        range = ' AND sk >= :lo';
        values[':lo'] = segment.lowest;
      }
      let ExclusiveStartKey: Item | undefined;
      do {
        const page = await doc.send(new QueryCommand({ TableName, KeyConditionExpression: `pk = :p${range}`, ExpressionAttributeValues: values, ScanIndexForward: false, Limit: pageSize, ExclusiveStartKey }));
        for (const { pk: _, sk, ...entry } of (page.Items ?? []) as (QueueEntryRead & { pk: string; sk: string })[]) {
          if (sk !== below) yield { ...entry, sortKey: sk };
        }
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
    }
    return readQueuePage(query, walk, (ids) => this.getFeedbackBatch(ids));
  }

  /**
   * Cut short (the store failing, the function stopped), the same request resumes it: the profiles
   * go last, so it finds the person again, and what only the first attempt could read (its record,
   * the days the items now gone were on) is kept beside the profile until the profile goes with it.
   */
  async erase({ customers, identities: planned, items: read, suggestions, claimsAbout, suggestionsNaming, profilesListing, mergesListing, record: proposed }: ErasurePlan) {
    const [subject, ...absorbed] = customers.map((c) => c.customerId) as [string, ...string[]];
    const erased = new Set([subject, ...absorbed]);
    const resumed = await this.reads.get(keys.erasing(subject), { consistent: true });
    const record = (resumed?.record as ErasureRecord | undefined) ?? proposed;
    const days = new Set<string>((resumed?.days as string[] | undefined) ?? []);
    for (const item of read) days.add(item.day);
    // The merges lead a resumed erasure to the customers merged in: they go after those customers.
    const profiles: Item[] = absorbed.map((customerId) => keys.customer(customerId));
    for (const customer of customers) {
      for (const merge of await this.listMerges(customer.customerId)) {
        profiles.push(keys.merge(merge.mergeId), keys.customerMerge(merge.survivorId, merge.mergedAt, merge.mergeId), keys.customerMerge(merge.absorbedId, merge.mergedAt, merge.mergeId));
      }
      for (const day of Object.keys(customer.negativeDays ?? {})) days.add(day);
    }
    const markErasing = () => this.doc.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.erasing(subject), record, days: [...days].sort() } }));
    await markErasing();
    // The ids stay, before anything goes: a redelivery meanwhile finds the item or its id, and a
    // merge still under way points no identity at an erased customer once its owner is read here.
    const keepIds = (items: FeedbackRecord[]) => this.batchWrite(items.map((item) => ({ PutRequest: { Item: { ...keys.erasedFeedback(item.feedbackId), erasedAt: record.at } } })));
    await keepIds(read);
    await this.batchWrite([...erased].map((customerId) => ({ PutRequest: { Item: { ...keys.erasedCustomer(customerId), erasedAt: record.at } } })));
    // A message of the person that committed after the plan was read is erased with it; none commits after this.
    const late = await this.closeToCommits(subject, [...erased], new Set(read.map((item) => item.feedbackId)));
    if (late.length) {
      for (const item of late) days.add(item.day);
      if (!resumed) record.items += late.length;
      await markErasing();
      await keepIds(late);
    }
    const items = [...read, ...late];
    const identities = [...new Set([...planned, ...late.flatMap((item) => item.identities)])];
    const deletions: Item[] = items.flatMap(itemEntries);
    const owners = await Promise.all(identities.map(async (identity) => [identity, await this.getIdentityOwner(identity)] as const));
    const heldByPerson = new Set(owners.filter(([, owner]) => owner !== undefined && erased.has(owner)).map(([identity]) => identity));
    deletions.push(...[...heldByPerson].map((identity) => keys.identity(identity)));
    // The listings of who held the person's identities before (each names one), and of the person's customers as holders of any.
    for (const identity of identities) {
      for (const former of await this.formerHoldersOf(identity)) {
        const { pk, sk } = keys.formerHolder(identity, former);
        if (heldByPerson.has(identity) || erased.has(former)) deletions.push({ pk, sk });
      }
    }
    // Before the suggestions go: a resumed erasure finds the others' items through them.
    for (const claim of claimsAbout) await this.keepClaimAs(claim);
    for (const redaction of suggestionsNaming) await this.keepSuggestionAs(redaction);
    // Each redaction moves the item's revision on: an undo that read it before writes attributes of
    // it back whole (a record of changes, a merge item), and its revision guard sends it to read again.
    const revised = { '#rev': 'rev' };
    for (const { customerId, identities: listed, separatedFrom = [], identityChanges } of profilesListing) {
      // DynamoDB refuses an empty set as a value: each DELETE only with something to take out.
      const deletions = [...(listed.length ? ['identities :listed', 'verifiedIdentities :listed'] : []), ...(separatedFrom.length ? ['separatedFrom :separated'] : [])];
      const values = { ':one': 1, ...(listed.length ? { ':listed': new Set(listed) } : {}), ...(separatedFrom.length ? { ':separated': new Set(separatedFrom) } : {}), ...(identityChanges ? { ':changes': identityChanges } : {}) };
      const expression = [...(identityChanges ? ['SET identityChanges = :changes'] : []), 'ADD #rev :one', ...(deletions.length ? [`DELETE ${deletions.join(', ')}`] : [])].join(' ');
      await this.updateIfPresent(keys.customer(customerId), expression, revised, values);
    }
    for (const merge of mergesListing) {
      for (const Key of this.mergeItems(merge).map(({ pk, sk }) => ({ pk, sk }))) {
        const lists: Record<string, string[]> = { absorbedIdentities: merge.absorbedIdentities, absorbedVerifiedIdentities: merge.absorbedVerifiedIdentities };
        if (merge.survivorIdentities) lists['survivorIdentities'] = merge.survivorIdentities;
        if (merge.broughtBack) lists['broughtBack'] = merge.broughtBack;
        const names = Object.keys(lists);
        await this.updateIfPresent(Key, `SET ${names.map((name) => `${name} = :${name}`).join(', ')} ADD #rev :one`, revised, { ':one': 1, ...Object.fromEntries(names.map((name) => [`:${name}`, lists[name]])) });
      }
    }
    await this.batchDelete(deletions);
    for (const suggestion of suggestions) {
      const deleted = await this.transact([keys.suggestion(suggestion.suggestionId), ...suggestionListings(suggestion)].map((Key) => ({ Delete: { TableName: this.tableName, Key } })));
      if (deleted !== undefined) throw contended(`erasing ${suggestion.suggestionId}`, 1);
    }
    // At-risk entries are keyed by rank: find the erased customers' in the days they could be on.
    // After the items are gone, so that the stream aggregator either sees an item missing after
    // putting its entry (and takes the entry back) or put it before this query finds it.
    const atRisk: Item[] = [];
    for (const day of days) {
      const entries = await this.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.atRiskPartition(day) } });
      for (const entry of entries) if (erased.has(entry.customerId as string)) atRisk.push({ pk: entry.pk, sk: entry.sk });
    }
    await this.batchDelete(atRisk);
    const erasedKeys = new Set(items.map((item) => timelineKey(item.receivedAt, item.feedbackId)));
    for (const day of resumed ? days : new Set(items.map((item) => item.day))) await this.forgetQuotes(day, resumed ? await this.withErasedQuotes(day, erasedKeys) : erasedKeys);
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.erasure(record.at, record.erasureId), ...record } }));
    await this.batchDelete(profiles);
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [keys.customer(subject), keys.erasing(subject)].map((Key) => ({ Delete: { TableName: this.tableName, Key } })),
      }),
    );
    return record;
  }

  async eraseLeftBehind(_mergeId: string, items: FeedbackRecord[]) {
    // The ids stay before anything goes, as in an erasure: a redelivery meanwhile finds the item or its id.
    await this.batchWrite(items.map((item) => ({ PutRequest: { Item: keys.erasedFeedback(item.feedbackId) } })));
    await this.batchDelete(items.flatMap(itemEntries));
    const erasedKeys = new Set(items.map((item) => timelineKey(item.receivedAt, item.feedbackId)));
    for (const day of new Set(items.map((item) => item.day))) await this.forgetQuotes(day, erasedKeys);
  }

  /**
   * Marks the person's profiles so that no message commits to them any more (a commit in flight
   * meets a new revision, reads the mark and goes with the person), then reads the items that
   * committed before the mark but after the erasure's plan was read: those its profile counts
   * and the plan does not hold, waiting a moment for the timeline index to show them all.
   */
  private async closeToCommits(subject: string, customerIds: string[], planned: Set<string>): Promise<FeedbackRecord[]> {
    let counted = 0;
    for (const customerId of customerIds) {
      try {
        const { Attributes } = await this.doc.send(
          new UpdateCommand({ TableName: this.tableName, Key: keys.customer(customerId), UpdateExpression: 'SET #erasing = :erasing ADD #rev :one', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeNames: { '#erasing': ERASING_ATTRIBUTE, '#rev': 'rev' }, ExpressionAttributeValues: { ':erasing': true, ':one': 1 }, ReturnValues: 'ALL_OLD' }),
        );
        // Marked by an attempt cut short: it read what had committed, and may have deleted some of
        // it since, so the profile's count no longer says how many items to wait for.
        if (customerId === subject && !Attributes?.[ERASING_ATTRIBUTE]) counted = countersOf(Attributes!).total ?? 0;
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
    }
    const read = async () => (await Promise.all(customerIds.map((customerId) => allItems(this, customerId)))).flat();
    const onTimelines = await itemsAsCounted({ counts: { total: counted } }, read);
    return [...new Map(onTimelines.filter((item) => !planned.has(item.feedbackId)).map((item) => [item.feedbackId, item])).values()];
  }

  /** The suggestion quotes the marker, and the person's identity no longer lists it (both at once, or the listing alone when it is gone). */
  private async keepSuggestionAs({ suggestionId, identity, quoted }: SuggestionRedaction) {
    const unlist = { Delete: { TableName: this.tableName, Key: keys.suggestionListing(keys.identity(quoted).pk, suggestionId) } };
    const failed = await this.transact([
      { Update: { TableName: this.tableName, Key: keys.suggestion(suggestionId), UpdateExpression: 'SET #identity = :identity', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeNames: { '#identity': 'identity' }, ExpressionAttributeValues: { ':identity': identity } } },
      unlist,
    ]);
    if (failed === TRANSACTION_CONFLICT) throw contended(`redacting ${suggestionId}`, 1);
    if (failed !== undefined) await this.doc.send(new DeleteCommand(unlist.Delete));
  }

  private async keepClaimAs({ feedbackId, identities }: ClaimRedaction) {
    await this.updateIfPresent(keys.feedback(feedbackId), 'SET identities = :identities', undefined, { ':identities': identities });
  }

  /** An update that leaves an item gone since gone. */
  private async updateIfPresent(Key: Item, UpdateExpression: string, ExpressionAttributeNames: Record<string, string> | undefined, ExpressionAttributeValues: Record<string, unknown>) {
    try {
      await this.doc.send(
        new UpdateCommand({ TableName: this.tableName, Key, UpdateExpression, ConditionExpression: 'attribute_exists(pk)', ...(ExpressionAttributeNames ? { ExpressionAttributeNames } : {}), ExpressionAttributeValues }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  /** The day's quotes of items erased already, by a first attempt whose items a resumed one cannot read. */
  private async withErasedQuotes(day: string, erasedKeys: Set<string>): Promise<Set<string>> {
    const aggregates = await this.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.aggregatePartition(day) } });
    const quoted = new Set(aggregates.flatMap((item) => Object.entries(item).flatMap(([name, value]) => (name.startsWith(QUOTES_PREFIX) ? (value as string[]) : []))));
    const gone = await Promise.all([...quoted].map(async (key) => ((await this.reads.get(keys.erasedFeedback(key.slice(key.lastIndexOf('#') + 1)), { consistent: true })) ? key : undefined)));
    return new Set([...erasedKeys, ...gone.filter((key): key is string => key !== undefined)]);
  }

  /** None is ever unfinished without its person: the profiles go last (see erase), so a repeated request finds the person and resumes there. */
  async finishErasureOf(): Promise<ErasureRecord | undefined> {
    return undefined;
  }

  async listErasures(query: { limit: number; cursor?: string }): Promise<Page<ErasureRecord>> {
    const after = query.cursor === undefined ? undefined : decodeErasureCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) throw new InvalidCursorError();
    const { Items = [], LastEvaluatedKey } = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: after ? 'pk = :p AND sk > :after' : 'pk = :p',
        ExpressionAttributeValues: { ':p': keys.erasure('', '').pk, ...(after ? { ':after': after } : {}) },
        Limit: query.limit + 1,
      }),
    );
    const items = Items.slice(0, query.limit).map((item) => stripKeys(item) as unknown as ErasureRecord);
    const last = items.at(-1);
    // A query reads at most 1 MB: it may end short of the limit with more to come.
    return (Items.length > query.limit || LastEvaluatedKey !== undefined) && last ? { items, nextCursor: encodeCursor(erasureKey(last)) } : { items };
  }

  private async batchDelete(itemKeys: Item[]) {
    const unique = [...new Map(itemKeys.map((key) => [`${key.pk}\u0000${key.sk}`, key])).values()];
    await this.batchWrite(unique.map((Key) => ({ DeleteRequest: { Key } })));
  }

  /** Puts and deletes of distinct items, 25 to a request, retrying what DynamoDB left unprocessed. */
  private async batchWrite(requests: ({ PutRequest: { Item: Item } } | { DeleteRequest: { Key: Item } })[]) {
    for (let i = 0; i < requests.length; i += 25) {
      let request: Record<string, unknown[]> | undefined = { [this.tableName]: requests.slice(i, i + 25) };
      while (request && Object.keys(request).length) {
        const response = await this.doc.send(new BatchWriteCommand({ RequestItems: request as never }));
        request = response.UnprocessedItems as typeof request;
      }
    }
  }

  async changeStatus(change: StatusChange) {
    // Consistent: a replica's older copy would fail the guards below on every retry.
    const [current] = await this.getFeedbackNow([change.feedbackId]);
    if (!current) return undefined;
    if (caseRevision(current) !== change.revision) return 'conflict' as const;
    const item = new ExpressionBuilder().set('status', change.to);
    if (change.to !== change.from && (change.to === 'acknowledged' || change.to === 'resolved')) item.set(`${change.to}At`, change.at);
    if (change.assignee) item.set('assignee', change.assignee);
    if (current.classification.urgent) item.set('gsi3pk', keys.urgentPartition(change.to));
    const kept = withCaseEvent(current, change.event);
    item.set('history', kept.history!);
    if (kept.olderCaseChanges) item.set('olderCaseChanges', kept.olderCaseChanges);
    const built = item
      .when((n, v) => `attribute_exists(${n('pk')}) AND ${n('status')} = ${v(change.from)}`)
      // The urgent index key and queue entries below follow the urgency read; an undo revising it
      // meanwhile (reviseClassification) makes this a conflict, decided again on the item as it is.
      .when((n, v) => `(attribute_not_exists(${n('classification')}) OR ${n('classification')}.${n('urgent')} = ${v(current.classification.urgent)})`)
      // The whole history is set from the one read: guarded on exactly that one (its kept length and older count).
      .when((n, v) => (current.history?.length ? `size(${n('history')}) = ${v(current.history.length)}` : `attribute_not_exists(${n('history')})`))
      .when((n, v) => (current.olderCaseChanges ? `${n('olderCaseChanges')}.${n('count')} = ${v(current.olderCaseChanges.count)}` : `attribute_not_exists(${n('olderCaseChanges')})`))
      .build();
    const removeAssignee = change.assignee === '' ? ' REMOVE assignee' : '';
    const update = { ...built, UpdateExpression: built.UpdateExpression! + removeAssignee };
    const after = { ...current, status: change.to };
    const newEntries = queueEntries(after);
    const newKeys = new Set(newEntries.map((e) => `${e.partition}\u0000${e.sortKey}`));
    const items: TransactItem[] = [
      { Update: { TableName: this.tableName, Key: keys.feedback(change.feedbackId), ...update } as never },
      ...queueEntries(current)
        .filter((e) => !newKeys.has(`${e.partition}\u0000${e.sortKey}`))
        .map((e) => ({ Delete: { TableName: this.tableName, Key: { pk: e.partition, sk: e.sortKey } } })),
      ...newEntries.map((entry) => ({ Put: { TableName: this.tableName, Item: toQueueItem(entry) } })),
    ];
    if (Object.keys(change.aggregateDeltas).length) {
      items.push({ Update: { TableName: this.tableName, Key: keys.aggregate(change.day, aggregateShard(change.feedbackId)), ...addCounters(new ExpressionBuilder(), change.aggregateDeltas).build() } as never });
    }
    const counting = items.length;
    // A transaction conflict (another writer on the day's counters) is not a status conflict: retry it.
    for (let attempt = 1; ; attempt += 1) {
      if (Object.keys(change.customerDeltas).length) items[counting] = await this.countingCustomerUpdate(current.customerId, change.customerDeltas);
      const failed = await this.transact(items);
      if (failed === undefined) return this.getFeedback(change.feedbackId);
      // The customer counted on was merged into another meanwhile: count on that one.
      if (failed === counting && attempt < MAX_ATTEMPTS) continue;
      if (failed !== TRANSACTION_CONFLICT) return 'conflict' as const;
      if (attempt >= MAX_ATTEMPTS) throw contended(`status of ${change.feedbackId}: other writers kept conflicting`, attempt);
      await backoff(attempt + 1);
    }
  }

  private async pageOfIndex(index: 'gsi1', partition: string, query: TimelineQuery): Promise<Page<FeedbackRecord>> {
    const before = timelineReadsBelow(query);
    const downTo = timelineReadsDownTo(query);
    if (before !== undefined && downTo !== undefined && downTo >= before) return { items: [] };
    const sortKey = `${index}sk`;
    // A key condition takes one range: BETWEEN holds both ends, and its upper end, exclusive here, is read one item more and dropped.
    const bothEnds = before !== undefined && downTo !== undefined;
    const range = bothEnds ? ` AND ${sortKey} BETWEEN :downTo AND :before` : before !== undefined ? ` AND ${sortKey} < :before` : downTo !== undefined ? ` AND ${sortKey} >= :downTo` : '';
    const { Items: read = [], LastEvaluatedKey } = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :p${range}`,
        ExpressionAttributeValues: { ':p': partition, ...(before !== undefined ? { ':before': before } : {}), ...(downTo !== undefined ? { ':downTo': downTo } : {}) },
        ScanIndexForward: false,
        Limit: query.limit + (bothEnds ? 2 : 1),
      }),
    );
    const Items = bothEnds ? read.filter((item) => item[sortKey] !== before) : read;
    const listed = Items.slice(0, query.limit).map(toRecord);
    const items = listed.slice(0, itemsWithin(listed, query.maxBytes ?? Number.POSITIVE_INFINITY));
    const last = items.at(-1);
    // A query reads at most 1 MB: a few long messages end it short of the limit with more to come.
    const more = Items.length > items.length || LastEvaluatedKey !== undefined;
    return more && last ? { items, nextCursor: encodeCursor(timelineKey(last.receivedAt, last.feedbackId)) } : { items };
  }

  async moveFeedback({ feedbackId, from, to, mergedVia, mergeId, counted, carried, originalCustomerId }: FeedbackMove) {
    // The item's customer is its timeline key (items written before kept a plain copy: dropped here).
    const item = new ExpressionBuilder()
      .set('gsi1pk', keys.timelinePartition(to))
      .remove('customerId')
      .when((n, v) => `${n('gsi1pk')} = ${v(keys.timelinePartition(from))}`);
    if (mergedVia.length) item.set('mergedVia', mergedVia);
    else item.remove('mergedVia');
    // The body keeps the one it was written with; a plain attribute reads over it (toRecord).
    if (originalCustomerId) item.set('originalCustomerId', originalCustomerId);
    const merge = new ExpressionBuilder().add('movedItems', counted).when((n) => `attribute_exists(${n('pk')})`);
    const updates: TransactItem[] = [
      { Update: { TableName: this.tableName, Key: keys.feedback(feedbackId), ...item.build() } as never },
      { Update: { TableName: this.tableName, Key: keys.merge(mergeId), ...merge.build() } as never },
    ];
    if (carried) {
      // `rev` moves too: a commit that read either profile before this recomputes what it derived.
      const taken = addCounters(new ExpressionBuilder(), Object.fromEntries(Object.entries(carried.counts).map(([name, value]) => [name, -value]))).add('rev', 1).when(profileExists);
      const given = addCounters(new ExpressionBuilder(), carried.counts).add('rev', 1).when(profileExists);
      updates.push(
        { Update: { TableName: this.tableName, Key: keys.customer(from), ...taken.build() } as never },
        { Update: { TableName: this.tableName, Key: keys.customer(to), ...given.build() } as never },
      );
    }
    for (let attempt = 1; ; attempt += 1) {
      const failed = await this.transact(updates);
      if (failed === undefined && carried?.lastSeen) return this.carryLastSeen(from, to, carried.lastSeen);
      // A failed condition: the item is not with `from` (moved already) — nothing to do.
      if (failed !== TRANSACTION_CONFLICT) return;
      // Never given up silently: the merge (or undo) would read as done with the item left behind.
      if (attempt >= MAX_ATTEMPTS) throw contended(`move of ${feedbackId}: other writers kept conflicting`, attempt);
      await backoff(attempt + 1);
    }
  }

  /**
   * The revised classification is a plain attribute that reads over the body's (toRecord), kept
   * only on the rare item an undo revised. Guarded on what was read (the status, for the urgent
   * index key, and the classification, so two revisions racing count the day's `urgent` once).
   */
  async reviseClassification({ feedbackId, from, to }: ClassificationRevision) {
    const stored = await this.reads.get(keys.feedback(feedbackId), { consistent: true });
    if (!stored) return 'gone' as const;
    const current = toRecord(stored);
    if (!isDeepStrictEqual(current.classification, from)) return 'changed' as const;
    const revised = { ...current, classification: to };
    const sortKey = timelineKey(current.receivedAt, feedbackId);
    const item = new ExpressionBuilder()
      .set('classification', to)
      .when((n, v) => `${n('status')} = ${v(current.status)}`)
      .when((n, v) => {
        if (stored.classification === undefined) return `attribute_not_exists(${n('classification')})`;
        const reason = `${n('classification')}.${n('urgentReason')}`;
        const sameReason = from.urgentReason === undefined ? `attribute_not_exists(${reason})` : `${reason} = ${v(from.urgentReason)}`;
        return `${n('classification')}.${n('urgent')} = ${v(from.urgent)} AND ${sameReason}`;
      });
    if (to.urgent) item.set('gsi3pk', keys.urgentPartition(current.status)).set('gsi3sk', sortKey);
    else item.remove('gsi3pk').remove('gsi3sk');
    const newEntries = queueEntries(revised);
    const newKeys = new Set(newEntries.map((e) => `${e.partition}\u0000${e.sortKey}`));
    const items: TransactItem[] = [
      { Update: { TableName: this.tableName, Key: keys.feedback(feedbackId), ...item.build() } as never },
      ...queueEntries(current)
        .filter((e) => !newKeys.has(`${e.partition}\u0000${e.sortKey}`))
        .map((e) => ({ Delete: { TableName: this.tableName, Key: { pk: e.partition, sk: e.sortKey } } })),
      ...newEntries.map((entry) => ({ Put: { TableName: this.tableName, Item: toQueueItem(entry) } })),
    ];
    // The item's stream record counted it on its day at the commit; a revision is not an INSERT, so it corrects the day itself.
    const urgentChange = Number(to.urgent) - Number(from.urgent);
    if (urgentChange) {
      const correction = addCounters(new ExpressionBuilder(), { [COUNTER.urgent]: urgentChange }).build();
      items.push({ Update: { TableName: this.tableName, Key: keys.aggregate(current.day, aggregateShard(feedbackId)), ...correction } as never });
    }
    return (await this.transact(items)) === undefined ? ('revised' as const) : ('changed' as const);
  }

  /**
   * The receiver's lastSeen moves up to the item, unless a later commit raised it past already; the
   * giver's goes back only if this item was what set it (a commit since would have moved it on).
   */
  private async carryLastSeen(from: string, to: string, { receivedAt, fromLastSeen }: NonNullable<NonNullable<FeedbackMove['carried']>['lastSeen']>) {
    await this.setIf(to, new ExpressionBuilder().set('lastSeen', receivedAt).when((n, v) => `${n('lastSeen')} < ${v(receivedAt)}`));
    await this.setIf(from, new ExpressionBuilder().set('lastSeen', fromLastSeen).when((n, v) => `${n('lastSeen')} = ${v(receivedAt)}`));
  }

  /** Updates the profile if the update's condition holds: its new image then, else undefined. */
  private async setIf(customerId: string, update: ExpressionBuilder): Promise<Item | undefined> {
    try {
      const { Attributes } = await this.doc.send(new UpdateCommand({ TableName: this.tableName, Key: keys.customer(customerId), ...update.build(), ReturnValues: 'ALL_NEW' } as never));
      return Attributes;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      return undefined;
    }
  }

  async beginMerge(request: MergeRequest, acceptsSuggestion?: string) {
    for (let attempt = 1; ; attempt += 1) {
      if (attempt > 1) await backoff(attempt);
      const [survivor, absorbed, suggestion] = await Promise.all([
        this.getCustomerItem(request.survivorId),
        this.getCustomerItem(request.absorbedId),
        acceptsSuggestion === undefined ? undefined : this.getMergeSuggestion(acceptsSuggestion),
      ]);
      if (!survivor || !absorbed) throw new Error('both customers of a merge must exist');
      if (absorbed.mergedInto) return { status: 'already' as const };
      if (survivor.mergedInto) throw new CustomerMergedError(request.survivorId);
      const snapshot = toCustomer(absorbed);
      const mergeId = mergeIdFor(request.survivorId, request.absorbedId, request.mergedAt);
      const accepts = acceptsSuggestion === undefined ? undefined : acceptedBy(suggestion, { ...request, mergeId });
      if (acceptsSuggestion !== undefined && !accepts) return { status: 'suggestion_decided' as const };
      // The suggestion's evidence, as read; its guards make the transaction fail if it moves before the write.
      const lead = suggestion && (await this.identityLead(suggestion.identity, [request.survivorId, request.absorbedId]));
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
        { Update: { TableName: this.tableName, Key: keys.customer(merge.absorbedId), ...absorbedUpdate.build() } as never },
        { Update: { TableName: this.tableName, Key: keys.customer(merge.survivorId), ...survivorUpdate.build() } as never },
        ...this.mergeItems(merge).map((Item) => ({ Put: { TableName: this.tableName, Item } })),
        ...(lead?.guards ?? []),
      ];
      if (suggestion && accepts) items.push({ Update: { TableName: this.tableName, Key: keys.suggestion(suggestion.suggestionId), ...decisionUpdate(suggestion, accepts).build() } as never });
      items.push(...this.newCountUpdates(newCount.change, merge.mergeId));
      const failed = await this.transact(items);
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
  private async identityLead(identity: string, parties: string[]): Promise<{ holder?: string; guards: TransactItem[] }> {
    const owner = await this.getIdentityOwner(identity);
    if (owner === undefined) return { guards: [] };
    const guard = (Key: Item, attribute: string, value: string): TransactItem => ({
      ConditionCheck: { TableName: this.tableName, Key, ...new ExpressionBuilder().when((n, v) => `${n(attribute)} = ${v(value)}`).build() } as never,
    });
    const guards = [guard(keys.identity(identity), 'customerId', owner)];
    let customerId = owner;
    let customer = await this.getCustomerItem(customerId);
    for (let hop = 0; customer?.mergedInto && !parties.includes(customerId) && hop < MAX_MERGE_CHAIN; hop += 1) {
      guards.push(guard(keys.customer(customerId), 'mergedInto', customer.mergedInto as string));
      customerId = customer.mergedInto as string;
      customer = await this.getCustomerItem(customerId);
    }
    return { ...(customer ? { holder: customerId } : {}), guards };
  }

  async finishMerge(survivorId: string, absorbedId: string) {
    await this.clearPendingMark(survivorId, 'pendingMerges', absorbedId);
  }

  async finishUndo(survivorId: string, mergeId: string) {
    await this.clearPendingMark(survivorId, 'pendingUndos', mergeId);
  }

  /**
   * Takes one mark of work under way off the profile, and the profile off the sweep's listing
   * (gsi4) with its last mark: in the same write when it is the only one (the usual case, one write
   * as before), else in a second once the first's new image shows none left. Of two finishing at
   * once the later sees that, so the listing keeps no customer with nothing under way (but for a
   * process stopped between the two writes: the listing drops that one when it meets it).
   */
  private async clearPendingMark(customerId: string, marks: 'pendingMerges' | 'pendingUndos', mark: string) {
    const others = marks === 'pendingMerges' ? 'pendingUndos' : 'pendingMerges';
    const lastMark = new ExpressionBuilder()
      .deleteFromSet(marks, new Set([mark]))
      .removeAll(keys.pendingWork(customerId))
      .when((n, v) => `${profileExists(n)} AND size(${n(marks)}) = ${v(1)} AND contains(${n(marks)}, ${v(mark)}) AND attribute_not_exists(${n(others)})`);
    if (await this.setIf(customerId, lastMark)) return;
    const after = await this.setIf(customerId, new ExpressionBuilder().deleteFromSet(marks, new Set([mark])).when(profileExists));
    if (after && !hasPendingWork(toCustomer(after)) && after.gsi4pk !== undefined) await this.dropFromPendingListing(customerId);
  }

  /** Off the sweep's listing, unless work was marked on it meanwhile. */
  private async dropFromPendingListing(customerId: string) {
    await this.setIf(customerId, new ExpressionBuilder().removeAll(keys.pendingWork(customerId)).when((n) => `${profileExists(n)} AND attribute_not_exists(${n('pendingMerges')}) AND attribute_not_exists(${n('pendingUndos')})`));
  }

  async customersWithPendingWork(query: { limit: number; cursor?: string }): Promise<Page<Customer>> {
    const after = query.cursor === undefined ? undefined : decodeCustomerCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) throw new InvalidCursorError();
    const { Items = [], LastEvaluatedKey } = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi4',
        KeyConditionExpression: after ? 'gsi4pk = :p AND gsi4sk > :after' : 'gsi4pk = :p',
        ExpressionAttributeValues: { ':p': keys.pendingWork('').gsi4pk, ...(after ? { ':after': after } : {}) },
        Limit: query.limit,
      }),
    );
    const listed = Items.map((entry) => entry.gsi4sk as string);
    // The index lags the profiles: each is read as it is now, and one finished meanwhile is left out.
    const profiles = (await Promise.all(listed.map((customerId) => this.getCustomerItem(customerId)))).filter((profile) => profile !== undefined);
    const items: Customer[] = [];
    for (const profile of profiles) {
      const customer = toCustomer(profile);
      if (hasPendingWork(customer)) items.push(customer);
      else if (profile.gsi4pk !== undefined) await this.dropFromPendingListing(customer.customerId);
    }
    return LastEvaluatedKey && listed.length ? { items, nextCursor: encodeCursor(listed.at(-1)!) } : { items };
  }

  async listMerges(customerId: string) {
    const Items = await this.queryAll({
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :m)',
      ExpressionAttributeValues: { ':p': keys.customer(customerId).pk, ':m': 'MERGE#' },
      // An identity removal and an undo judge these merges against the profile's revision read just before.
      ConsistentRead: true,
    });
    return Items.map((item) => stripKeys(item) as unknown as MergeRecord);
  }

  async getMerge(mergeId: string) {
    const item = await this.reads.get(keys.merge(mergeId), { consistent: true });
    return item && (stripKeys(item) as unknown as MergeRecord);
  }

  async undoMerge(undo: UndoRequest): Promise<UndoOutcome> {
    const marked: FormerHolderMarks = { customerId: '', identities: [] };
    try {
      const outcome = await this.undoAttempts(undo, marked);
      if (outcome.status !== 'undone') await this.dropMarksNoRecordNames(marked);
      return outcome;
    } catch (error) {
      await this.dropMarksNoRecordNames(marked).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Former-holder markers an undo put that end with no undo of its own behind them (another undo
   * won, the transaction failed outright): kept only for identities the customer's record of
   * changes still names. One it does not name may be an identity an erasure finished with since the
   * marker went in, and the marker's key would keep it.
   */
  private async dropMarksNoRecordNames({ customerId, identities }: FormerHolderMarks): Promise<void> {
    if (identities.length === 0) return;
    const holder = await this.getCustomerItem(customerId);
    const named = new Set((holder ? (toCustomer(holder).identityChanges ?? []) : []).map((change) => change.identity));
    await this.dropFormerHolderMarks(customerId, identities.filter((identity) => !named.has(identity)));
  }

  private async dropFormerHolderMarks(customerId: string, identities: readonly string[]): Promise<void> {
    await this.batchDelete(identities.map((identity) => {
      const { pk, sk } = keys.formerHolder(identity, customerId);
      return { pk, sk };
    }));
  }

  private async undoAttempts(undo: UndoRequest, marked: FormerHolderMarks): Promise<UndoOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      if (attempt > 1) await backoff(attempt);
      // Its revision as read: the merge item is written back whole, over any redaction since.
      const mergeItem = await this.reads.get(keys.merge(undo.mergeId), { consistent: true });
      if (!mergeItem) return { status: 'not_found' };
      const merge = stripKeys(mergeItem) as unknown as MergeRecord;
      if (merge.undoneAt) return { status: 'already', merge };
      const [survivorItem, absorbed, survivorMerges] = await Promise.all([this.getCustomerItem(merge.survivorId), this.getCustomerItem(merge.absorbedId), this.listMerges(merge.survivorId)]);
      const survivor = survivorItem!;
      if (survivor.mergedInto) return { status: 'survivor_merged', into: survivor.mergedInto as string };
      const survivorUpdate = new ExpressionBuilder()
        .set('firstSeen', merge.survivorFirstSeen)
        .set('lastSeen', lastSeenAfterUndo(survivor.lastSeen as string, merge))
        .add('rev', 1)
        .when((n, v) => `attribute_not_exists(${n('mergedInto')}) AND ${n('rev')} = ${v(survivor.rev)}`);
      // Newcomers the survivor gained while merged that go back with the absorbed side's messages, if they still lead here.
      const broughtOwners = await Promise.all((undo.broughtBack ?? []).map(async (identity) => [identity, await this.getIdentityOwner(identity)] as const));
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
      const owners = await Promise.all(merge.absorbedIdentities.map(async (identity) => [identity, await this.getIdentityOwner(identity)] as const));
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
      await this.dropFormerHolderMarks(merge.absorbedId, marked.identities.filter((identity) => !removed.includes(identity)));
      Object.assign(marked, { customerId: merge.absorbedId, identities: removed });
      if (handedBack.length) {
        const { identityChanges, olderIdentityChanges } = withIdentityChanges(absorbed ? toCustomer(absorbed) : {}, handedBack);
        absorbedUpdate.set('identityChanges', identityChanges);
        if (olderIdentityChanges) absorbedUpdate.set('olderIdentityChanges', olderIdentityChanges);
        // Put before the transaction, which is full: a marker whose undo then fails sends an erasure to a
        // profile with nothing to take out, where a record without its marker would keep an erased identity.
        await this.batchWrite(removed.map((identity) => ({ PutRequest: { Item: keys.formerHolder(identity, merge.absorbedId) } })));
      }
      const mergeRevision = (mergeItem.rev as number | undefined) ?? 0;
      // Undone once, and unchanged since it was read (an erasure's redaction moves its revision on).
      const unchangedMerge = new ExpressionBuilder().when((n, v) => `attribute_not_exists(${n('undoneAt')}) AND ${mergeItem.rev === undefined ? `attribute_not_exists(${n('rev')})` : `${n('rev')} = ${v(mergeItem.rev)}`}`).build();
      const pointBack = new ExpressionBuilder().set('customerId', merge.absorbedId).when((n, v) => `${n('customerId')} = ${v(merge.survivorId)}`).build();
      const items: TransactItem[] = [
        { Update: { TableName: this.tableName, Key: keys.customer(merge.survivorId), ...survivorUpdate.build() } as never },
        { Update: { TableName: this.tableName, Key: keys.customer(merge.absorbedId), ...absorbedUpdate.build() } as never },
        ...[...owners, ...broughtOwners]
          .filter(([, owner]) => owner === merge.survivorId)
          .slice(0, MAX_IDENTITIES_POINTED_BACK)
          .map(([identity]) => ({ Update: { TableName: this.tableName, Key: keys.identity(identity), ...pointBack } as never })),
        ...this.mergeItems(undone).map((Item, index) => ({
          Put: { TableName: this.tableName, Item: { ...Item, rev: mergeRevision + 1 }, ...(index === 0 ? unchangedMerge : {}) },
        })),
      ];
      items.push(...this.newCountUpdates(newCount.change, merge.mergeId));
      const failed = await this.transact(items);
      if (failed === undefined) return { status: 'undone', merge: undone };
      if (attempt >= MAX_ATTEMPTS) throw contended(`undo of ${undo.mergeId}`, attempt);
    }
  }

  /**
   * The profile's name, negatives and flag under its revision guard, with a new risk epoch; then the
   * customer's entries on `days`: the stale ones deleted, the wanted ones put with the epoch. An
   * entry the stream aggregator puts later from a commit made before the epoch is taken back by
   * the aggregator itself (putAtRisk), so a lagging stream cannot bring a stale entry back.
   */
  async reviseDerived(customerId: string, days: string[], derive: (current: Customer) => Promise<DerivedProfile>) {
    for (let attempt = 1; ; attempt += 1) {
      if (attempt > 1) await backoff(attempt);
      const current = await this.getCustomerItem(customerId);
      if (!current) return;
      const state = await derive(toCustomer(current));
      const epoch = ((current.riskEpoch as number | undefined) ?? 0) + 1;
      const profile = new ExpressionBuilder()
        .set('riskEpoch', epoch)
        .add('rev', 1)
        .when((n, v) => `${n('rev')} = ${v(current.rev)}`);
      setName(profile, state);
      if (state.seen) profile.set('firstSeen', state.seen.firstSeen).set('lastSeen', state.seen.lastSeen);
      const moved = newCountMoved(toCustomer(current), state.earliestDay);
      if (Object.keys(moved).length) profile.set('newOnDay', state.earliestDay);
      if (state.negativeDays) profile.set('negativeDays', state.negativeDays);
      else profile.remove('negativeDays');
      if (state.firstPositive) profile.set('firstPositive', state.firstPositive);
      else profile.remove('firstPositive');
      if (state.atRisk) profile.set('atRisk', profileFlag(state.atRisk)).set('atRiskKey', keys.atRisk(state.atRisk.day, state.atRisk.negativesLastWeek, customerId));
      else profile.remove('atRisk').remove('atRiskKey');
      if (!(await this.updateProfileGuarded(customerId, profile, moved))) {
        if (attempt >= MAX_ATTEMPTS) throw contended(`profile of ${customerId}: the customer kept changing`, attempt);
        continue;
      }
      const wanted = new Map(state.entries.filter((entry) => days.includes(entry.day)).map((entry) => [entryKey(keys.atRisk(entry.day, entry.negativesLastWeek, customerId)), entry]));
      const stale: Item[] = [];
      for (const day of days) {
        const entries = await this.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.atRiskPartition(day) } });
        for (const entry of entries) if (entry.customerId === customerId && !wanted.has(entryKey(entry as Item & { pk: string; sk: string }))) stale.push({ pk: entry.pk, sk: entry.sk });
      }
      await this.batchDelete(stale);
      await this.batchWrite([...wanted.values()].map((entry) => ({ PutRequest: { Item: { ...keys.atRisk(entry.day, entry.negativesLastWeek, customerId), ...entry, riskEpoch: epoch } } })));
      return;
    }
  }

  /**
   * Each entry put unless there (a lower count of its day stays beside it, listed after it), with
   * the risk epoch read before `derive`: putAtRisk takes it back if an undo's revision came since.
   * The profile's flag moves on only to a later one, by a condition rather than the revision guard
   * (a commit meanwhile computed its own flag from the profile and may overwrite it: in order, it is the latest).
   */
  async raiseAtRisk(customerId: string, derive: (current: Customer) => Promise<RaisedRisk>) {
    const current = await this.getCustomerItem(customerId);
    if (!current || current.mergedInto || current[ERASING_ATTRIBUTE]) return;
    const epoch = (current.riskEpoch as number | undefined) ?? 0;
    const { entries, firstPositive } = await derive(toCustomer(current));
    await Promise.all(entries.map((entry) => this.putAtRisk(entry, epoch)));
    if (firstPositive) {
      // A new revision: a commit deriving from the profile read before (it sets the first positive it saw) derives again.
      await this.raiseProfile(customerId, epoch, new ExpressionBuilder().set('firstPositive', firstPositive).add('rev', 1).when((n, v) => `(attribute_not_exists(${n('firstPositive')}) OR ${n('firstPositive')} > ${v(firstPositive)})`));
    }
    const latest = latestFlag(entries);
    if (!latest) return;
    const flag = new ExpressionBuilder()
      .set('atRisk', profileFlag(latest))
      .set('atRiskKey', keys.atRisk(latest.day, latest.negativesLastWeek, customerId))
      .when((n, v) => {
        const [flag, day, negatives] = [n('atRisk'), n('day'), n('negativesLastWeek')];
        return `(attribute_not_exists(${flag}) OR ${flag}.${day} < ${v(latest.day)} OR (${flag}.${day} = ${v(latest.day)} AND ${flag}.${negatives} < ${v(latest.negativesLastWeek)}))`;
      });
    await this.raiseProfile(customerId, epoch, flag);
  }

  /** Applies `change` to the profile unless it went, was merged away or erased, or an undo revised its risk since `epoch`, or `change`'s own condition fails. */
  private async raiseProfile(customerId: string, epoch: number, change: ExpressionBuilder) {
    const profile = change
      .when((n) => `attribute_exists(pk) AND attribute_not_exists(${n('mergedInto')}) AND attribute_not_exists(${n(ERASING_ATTRIBUTE)})`)
      .when((n, v) => (epoch ? `${n('riskEpoch')} = ${v(epoch)}` : `attribute_not_exists(${n('riskEpoch')})`));
    try {
      await this.doc.send(new UpdateCommand({ TableName: this.tableName, Key: keys.customer(customerId), ...profile.build() } as never));
    } catch (error) {
      // The profile holds a later flag or an earlier first positive, or went, or an undo revised it: each keeps what it has.
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  /**
   * The identity item is put only if absent (or re-marked only while it leads here) and the
   * profile changed only at the revision read, in one transaction: of two adds of one new
   * identity to two customers, the second finds it taken when it reads again.
   */
  async addIdentity(request: IdentityChangeRequest): Promise<AddIdentityOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      if (attempt > 1) await backoff(attempt);
      const [item, owner] = await Promise.all([this.getCustomerItem(request.customerId), this.getIdentityOwner(request.identity)]);
      if (!item) return { status: 'not_found' };
      if (item.mergedInto) throw new CustomerMergedError(request.customerId);
      const decision = decideAdd(toCustomer(item), owner, request.identity);
      if (decision.status === 'unchanged') return { status: 'unchanged', customer: toCustomer(item) };
      if (decision.status !== 'added' && decision.status !== 'verified') return decision;
      const pointing: TransactItem =
        decision.status === 'added'
          ? { Put: { TableName: this.tableName, Item: { ...keys.identity(request.identity), identity: request.identity, customerId: request.customerId, verified: true }, ConditionExpression: 'attribute_not_exists(pk)' } }
          : { Update: { TableName: this.tableName, Key: keys.identity(request.identity), ...new ExpressionBuilder().set('verified', true).when((n, v) => `${n('customerId')} = ${v(request.customerId)}`).build() } as never };
      const profile = this.identityChangeOf(item, changeRecord(request, decision.status))
        .add('identities', new Set([request.identity]))
        .add('verifiedIdentities', new Set([request.identity]));
      if ((await this.transact([pointing, { Update: { TableName: this.tableName, Key: keys.customer(request.customerId), ...profile.build() } as never }])) === undefined) {
        return { status: decision.status, customer: toCustomer((await this.getCustomerItem(request.customerId))!) };
      }
      if (attempt >= MAX_ATTEMPTS) throw contended(`adding ${request.identity} to ${request.customerId}`, attempt);
    }
  }

  async removeIdentity(request: IdentityChangeRequest): Promise<RemoveIdentityOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      if (attempt > 1) await backoff(attempt);
      const [item, owner] = await Promise.all([this.getCustomerItem(request.customerId), this.getIdentityOwner(request.identity)]);
      if (!item) return { status: 'not_found' };
      if (item.mergedInto) throw new CustomerMergedError(request.customerId);
      const decision = decideRemove(toCustomer(item), request.identity, await standingMergesBelow(this, request.customerId));
      if (decision.status !== 'removed') return decision;
      const profile = this.identityChangeOf(item, changeRecord(request, 'removed'))
        .deleteFromSet('identities', new Set([request.identity]))
        .deleteFromSet('verifiedIdentities', new Set([request.identity]));
      const items: TransactItem[] = [
        { Update: { TableName: this.tableName, Key: keys.customer(request.customerId), ...profile.build() } as never },
        // Its profile's record of changes (and its merges) still name the identity: an erasure of the next holder finds it here.
        { Put: { TableName: this.tableName, Item: keys.formerHolder(request.identity, request.customerId) } },
      ];
      // Only while it leads here: a verified sender may have taken it over since (its profile lags).
      if (owner === request.customerId) {
        items.push({ Delete: { TableName: this.tableName, Key: keys.identity(request.identity), ...new ExpressionBuilder().when((n, v) => `${n('customerId')} = ${v(request.customerId)}`).build() } as never });
      }
      if ((await this.transact(items)) === undefined) return { status: 'removed', customer: toCustomer((await this.getCustomerItem(request.customerId))!) };
      if (attempt >= MAX_ATTEMPTS) throw contended(`removing ${request.identity} from ${request.customerId}`, attempt);
    }
  }

  /** The profile update recording a change, guarded on the revision it was decided on. */
  private identityChangeOf(item: Item, change: IdentityChange): ExpressionBuilder {
    const { identityChanges, olderIdentityChanges } = withIdentityChanges(toCustomer(item), [change]);
    const profile = new ExpressionBuilder().set('identityChanges', identityChanges);
    if (olderIdentityChanges) profile.set('olderIdentityChanges', olderIdentityChanges);
    return profile
      .add('rev', 1)
      .when((n, v) => `attribute_not_exists(${n('mergedInto')}) AND ${n('rev')} = ${v(item.rev)}`);
  }

  async releaseIdentity(identity: string, customerId: string) {
    await this.setIf(customerId, new ExpressionBuilder().deleteFromSet('identities', new Set([identity])).deleteFromSet('verifiedIdentities', new Set([identity])).when(profileExists));
  }

  /** The suggestion and its listings in one transaction: a listing never outlives its suggestion nor misses it. */
  async suggestMerge(suggestion: MergeSuggestion) {
    const listings = suggestionListings(suggestion).map((key) => ({ Put: { TableName: this.tableName, Item: { ...key, suggestionId: suggestion.suggestionId } } }));
    const failed = await this.transact([{ Put: { TableName: this.tableName, Item: toSuggestionItem(suggestion), ConditionExpression: 'attribute_not_exists(pk)' } }, ...listings]);
    if (failed === TRANSACTION_CONFLICT) throw contended(`suggesting ${suggestion.suggestionId}`, 1);
    return failed === undefined;
  }

  async getMergeSuggestion(suggestionId: string) {
    const item = await this.reads.get(keys.suggestion(suggestionId), { consistent: true });
    return item && (stripKeys(item) as unknown as MergeSuggestion);
  }

  async listMergeSuggestions(status: MergeSuggestion['status'], query: TimelineQuery): Promise<Page<MergeSuggestion>> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) throw new InvalidCursorError();
    const { Items = [], LastEvaluatedKey } = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: after ? 'gsi2pk = :p AND gsi2sk < :after' : 'gsi2pk = :p',
        ExpressionAttributeValues: { ':p': keys.suggestionPartition(status), ...(after ? { ':after': after } : {}) },
        ScanIndexForward: false,
        Limit: query.limit + 1,
      }),
    );
    const items = Items.slice(0, query.limit).map((item) => stripKeys(item) as unknown as MergeSuggestion);
    const last = items.at(-1);
    // A query reads at most 1 MB: it may end short of the limit with more to come.
    return (Items.length > query.limit || LastEvaluatedKey !== undefined) && last ? { items, nextCursor: encodeCursor(`${last.createdAt}#${last.suggestionId}`) } : { items };
  }

  /**
   * Puts the listings (pattern 9b) of every stored suggestion, for a table whose suggestions were
   * written before suggestions had listings; harmless to run again. Answers how many it listed.
   * A suggestion an erasure made quote a marker is listed under its customers only.
   */
  async putSuggestionListings(): Promise<number> {
    let listed = 0;
    for (const status of ['open', 'accepted', 'dismissed'] as const) {
      let cursor: string | undefined;
      do {
        const page = await this.listMergeSuggestions(status, { limit: 100, ...(cursor ? { cursor } : {}) });
        for (const suggestion of page.items) if (await this.putListingsOf(suggestion)) listed += 1;
        cursor = page.nextCursor;
      } while (cursor);
    }
    return listed;
  }

  /**
   * Puts one suggestion's listings only while it stands as read: an erasure running meanwhile may
   * have deleted it, or replaced its identity with a marker, and a listing written after that
   * would name the erased person again. Read again and retried when it changed; false when gone.
   */
  private async putListingsOf(read: MergeSuggestion): Promise<boolean> {
    let suggestion: MergeSuggestion | undefined = read;
    for (let attempt = 1; suggestion; attempt += 1) {
      const standing: TransactItem = {
        ConditionCheck: { TableName: this.tableName, Key: keys.suggestion(suggestion.suggestionId), ...new ExpressionBuilder().when((n, v) => `attribute_exists(${n('pk')}) AND ${n('identity')} = ${v(suggestion!.identity)}`).build() } as never,
      };
      const puts: TransactItem[] = suggestionListings(suggestion)
        .filter(({ pk }) => !String(pk).startsWith(keys.identity('erased:').pk))
        .map((key) => ({ Put: { TableName: this.tableName, Item: { ...key, suggestionId: suggestion!.suggestionId } } }));
      if ((await this.transact([standing, ...puts])) === undefined) return true;
      if (attempt >= MAX_ATTEMPTS) throw contended(`listing suggestion ${suggestion.suggestionId}`, attempt);
      await backoff(attempt + 1);
      suggestion = await this.getMergeSuggestion(suggestion.suggestionId);
    }
    return false;
  }

  async mergeSuggestionsOf(customerId: string) {
    return this.suggestionsListedUnder(keys.timelinePartition(customerId));
  }

  async mergeSuggestionsQuoting(identity: string) {
    return this.suggestionsListedUnder(keys.identity(identity).pk);
  }

  async formerHoldersOf(identity: string) {
    const listed = await this.queryAll({ KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)', ExpressionAttributeValues: { ':p': keys.identity(identity).pk, ':s': keys.formerHolderPrefix } });
    return listed.map((item) => item.customerId as string);
  }

  private async suggestionsListedUnder(partition: string): Promise<MergeSuggestion[]> {
    const listed = await this.queryAll({ KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)', ExpressionAttributeValues: { ':p': partition, ':s': keys.suggestionListingPrefix } });
    const found = await this.batchGetAll(listed.map((item) => keys.suggestion(item.suggestionId as string)), { consistent: true });
    return found.map((item) => stripKeys(item) as unknown as MergeSuggestion);
  }

  async decideMergeSuggestion(decision: SuggestionDecision) {
    const current = await this.getMergeSuggestion(decision.suggestionId);
    if (!current) return undefined;
    if (current.status !== 'open' && !mergeFillsIn(current, decision)) return 'conflict' as const;
    try {
      const { Attributes } = await this.doc.send(new UpdateCommand({ TableName: this.tableName, Key: keys.suggestion(decision.suggestionId), ...decisionUpdate(current, decision).build(), ReturnValues: 'ALL_NEW' } as never));
      return stripKeys(Attributes!) as unknown as MergeSuggestion;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return 'conflict' as const;
      throw error;
    }
  }

  async reopenMergeSuggestion({ suggestionId, mergeId, at, by, closedAsOne }: SuggestionReopening) {
    // Only the fields a reopening changes, with nothing read first: an erasure may turn the identity
    // it quotes to the marker at any moment, and that must stay.
    const reopening = new ExpressionBuilder()
      .set('status', 'open')
      .set('gsi2pk', keys.suggestionPartition('open'))
      .set('undoneAt', at)
      .set('undoneBy', by)
      .set('undoneMergeId', mergeId)
      .remove('decidedAt')
      .remove('decidedBy')
      .remove('mergeId')
      .when((n, v) => `${n('status')} = ${v('accepted')} AND ${closedAsOne ? `attribute_not_exists(${n('mergeId')})` : `${n('mergeId')} = ${v(mergeId)}`}`);
    try {
      await this.doc.send(new UpdateCommand({ TableName: this.tableName, Key: keys.suggestion(suggestionId), ...reopening.build() } as never));
    } catch (error) {
      // Not accepted with this merge (unknown, accepted again since, or reopened by a repeated undo at the same time): nothing to do.
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  private mergeItems(merge: MergeRecord): Item[] {
    return [
      { ...keys.merge(merge.mergeId), ...merge },
      { ...keys.customerMerge(merge.survivorId, merge.mergedAt, merge.mergeId), ...merge },
      { ...keys.customerMerge(merge.absorbedId, merge.mergedAt, merge.mergeId), ...merge },
    ];
  }

  async getDailyCounters(days: string[]) {
    const result = new Map<string, Counters>();
    // One query per day: the status-change and merge shards (DAY, DAY#n) and one item per stream shard the aggregator wrote.
    const perDay = await Promise.all(days.map(async (day) => [day, await this.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.aggregatePartition(day) } })] as const));
    for (const [day, items] of perDay) {
      if (items.length === 0) continue;
      const sum: Counters = {};
      for (const item of items) for (const [name, value] of Object.entries(countersOf(item))) sum[name] = (sum[name] ?? 0) + value;
      result.set(day, countersHeld(sum));
    }
    return result;
  }

  /**
   * Adds what one stream shard's records contribute to a day, each record at most once: its
   * counters, and its item as a quote candidate of each of its complaint types (the newest
   * QUOTE_KEYS_KEPT per type, in the item's `q:<type>` list). Only that shard's aggregator adds to
   * the item, in stream order, and the item keeps the sequence number of the last record added: a
   * retried batch finds its records at or below it and skips them. Every write is conditional on
   * the item's version (`v`), which erasure bumps too. Contributions come in stream order.
   */
  async addStreamContributions(day: string, streamShardId: string, contributions: DayContribution[]) {
    const Key = keys.streamAggregate(day, streamShardId);
    for (let attempt = 1; ; attempt += 1) {
      // A GetItem of its own, not a coalesced BatchGetItem: the aggregator's role may only GetItem its days.
      const { Item: stored } = await this.doc.send(new GetCommand({ TableName: this.tableName, Key, ConsistentRead: true }));
      const applied = (stored?.seq as string | undefined) ?? '';
      const pending = contributions.filter((c) => sequenceKey(c.sequence) > applied);
      if (pending.length === 0) return;
      const sum: Counters = {};
      const quotes = new Map<string, string[]>();
      for (const { deltas = {}, quoteKeys = [] } of pending) {
        for (const [name, value] of Object.entries(deltas)) sum[name] = (sum[name] ?? 0) + value;
        for (const { type, key } of quoteKeys) (quotes.get(type) ?? quotes.set(type, [...((stored?.[QUOTES_PREFIX + type] as string[] | undefined) ?? [])]).get(type)!).push(key);
      }
      const update = addCounters(new ExpressionBuilder().set('seq', sequenceKey(pending.at(-1)!.sequence)).add('v', 1), sum);
      for (const [type, list] of quotes) update.set(QUOTES_PREFIX + type, newestQuoteKeys(list));
      update.when((n, v) => (stored ? `${n('v')} = ${v(stored.v)}` : `attribute_not_exists(${n('pk')})`));
      try {
        await this.doc.send(new UpdateCommand({ TableName: this.tableName, Key, ...update.build() } as never));
        return;
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
        if (attempt >= MAX_ATTEMPTS) throw contended((error as Error).message, attempt);
      }
    }
  }

  /** Takes erased items out of a day's quote lists, under the same version check as the aggregator's writes. */
  private async forgetQuotes(day: string, erased: Set<string>) {
    for (let attempt = 1; ; attempt += 1) {
      const stale = (await this.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.aggregatePartition(day) } })).filter((item) =>
        Object.entries(item).some(([name, value]) => name.startsWith(QUOTES_PREFIX) && (value as string[]).some((key) => erased.has(key))),
      );
      if (stale.length === 0) return;
      try {
        for (const item of stale) {
          const update = new ExpressionBuilder().add('v', 1).when((n, v) => `${n('v')} = ${v(item.v)}`);
          for (const [name, value] of Object.entries(item)) if (name.startsWith(QUOTES_PREFIX)) update.set(name, (value as string[]).filter((key) => !erased.has(key)));
          await this.doc.send(new UpdateCommand({ TableName: this.tableName, Key: { pk: item.pk, sk: item.sk }, ...update.build() } as never));
        }
        return;
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
        if (attempt >= MAX_ATTEMPTS) throw contended((error as Error).message, attempt);
      }
    }
  }

  /**
   * Puts a customer's at-risk entry unless it is there, or was superseded (its tombstone stays).
   * `riskEpoch` is the customer's risk epoch its commit saw.
   */
  async putAtRisk(entry: AtRiskEntry, riskEpoch = 0) {
    const key = keys.atRisk(entry.day, entry.negativesLastWeek, entry.customerId);
    await this.putIfAbsent({ ...key, ...entry, ...(riskEpoch ? { riskEpoch } : {}) });
    // The customer may have been erased since the item was committed, or its risk revised (an
    // undo): erasure deletes items, and a revision bumps the epoch, before they put entries
    // right, so either this read sees their write or they see this entry.
    const { Responses } = await this.doc.send(
      new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: [keys.feedback(entry.feedbackId), keys.customer(entry.customerId)], ConsistentRead: true, ProjectionExpression: 'pk, riskEpoch' } } }),
    );
    const found = Responses?.[this.tableName] ?? [];
    const item = found.find((i) => i.pk === keys.feedback(entry.feedbackId).pk);
    const profile = found.find((i) => i.pk === keys.customer(entry.customerId).pk);
    if (!item) await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: key }));
    else if (((profile?.riskEpoch as number | undefined) ?? 0) > riskEpoch) await this.deleteIfEpoch(key, riskEpoch);
  }

  /** Takes a stale entry back, unless a revision has put the same key since (with its own epoch). */
  private async deleteIfEpoch(key: { pk: string; sk: string }, riskEpoch: number) {
    const condition = riskEpoch ? { ConditionExpression: 'riskEpoch = :e', ExpressionAttributeValues: { ':e': riskEpoch } } : { ConditionExpression: 'attribute_not_exists(riskEpoch)' };
    try {
      await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: key, ...condition }));
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  /**
   * Replaces an at-risk entry by a tombstone, so that a put of it arriving later (stream records
   * of one customer's items can come through different shards, in any order) finds it and stops.
   */
  async supersedeAtRisk(key: { pk: string; sk: string }, customerId: string) {
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: { ...key, customerId, superseded: true } }));
  }

  async listByComplaintType(type: string, days: string[], limit: number) {
    const sortKeys: string[] = [];
    for (const day of days) {
      const [aggregates, { Items = [] }] = await Promise.all([
        this.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.aggregatePartition(day) } }),
        // Complaint-type entries of items committed before the aggregator kept quote lists.
        this.doc.send(new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': keys.complaintDay(type, day) }, ScanIndexForward: false, Limit: limit })),
      ]);
      for (const item of aggregates) sortKeys.push(...((item[QUOTES_PREFIX + type] as string[] | undefined) ?? []));
      sortKeys.push(...Items.map((entry) => entry.sk as string));
    }
    const newest = [...new Set(sortKeys)].sort().reverse().slice(0, limit);
    // A quote or entry can name an item erased since, or (a stray entry) one of another type.
    return (await this.getFeedbackBatch(newest.map(feedbackIdOfKey))).filter((item) => item.classification.complaintTypes.some((c) => c.type === type));
  }

  async listUrgent(status: FeedbackStatus, received: ReceivedRange, limit: number, order: 'newest' | 'oldest' = 'newest') {
    const found: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    // A query reads at most 1 MB: long messages end a page short of the limit with more to come.
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'gsi3',
          // Keys are `<receivedAt>#<id>`, so `<from>#` ≤ key < `<to>#` is exactly [from, to).
          KeyConditionExpression: 'gsi3pk = :p AND gsi3sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':p': keys.urgentPartition(status), ':from': `${received.from}#`, ':to': `${received.to}#` },
          ScanIndexForward: order === 'oldest',
          Limit: limit - found.length,
          ExclusiveStartKey,
        }),
      );
      found.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey !== undefined && found.length < limit);
    return found.map(toRecord);
  }

  async listAtRisk(days: string[], limit: number) {
    const entries: AtRiskEntry[] = [];
    for (const day of days) {
      // Most negatives first, one entry a customer: parallel commits of one customer's messages
      // each supersede only the entry they read, so an intermediate count can stay live beside
      // the latest (the highest: a day's negatives only grow) and must not take another's place.
      const found = new Map<string, AtRiskEntry>();
      let ExclusiveStartKey: Item | undefined;
      do {
        // Limit applies before the filter: read on until `limit` customers or the end of the day.
        const page = await this.doc.send(
          new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :p', FilterExpression: 'attribute_not_exists(superseded)', ExpressionAttributeValues: { ':p': keys.atRiskPartition(day) }, Limit: limit, ExclusiveStartKey }),
        );
        for (const item of page.Items ?? []) {
          const entry = stripKeys(item) as unknown as AtRiskEntry;
          if (!found.has(entry.customerId)) found.set(entry.customerId, entry);
        }
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey && found.size < limit);
      entries.push(...[...found.values()].slice(0, limit));
    }
    return entries;
  }

  async claimOnce(key: string, at: string) {
    const expiresAt = Math.floor(Date.parse(at) / 1000) + CLAIM_TTL_SECONDS;
    // When the put lands and its answer is lost, the SDK's retry meets this very claim and fails
    // its condition: the claim names its claimant, so reading it back tells ours from another's.
    const claimant = randomUUID();
    if (await this.putIfAbsent({ ...keys.claim(key), key, at, expiresAt, claimant })) return true;
    const { Item } = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: keys.claim(key), ConsistentRead: true, ProjectionExpression: 'claimant' }));
    return Item?.['claimant'] === claimant;
  }

  async releaseClaim(key: string) {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: keys.claim(key) }));
  }

  /**
   * The counts an item's case change moves, on the customer standing for the item's customer: a
   * merge's atomic step gave the survivor the absorbed customer's counts before its items move, so
   * an item not moved yet counts on the survivor. Guarded on that customer not being merged since.
   */
  private async countingCustomerUpdate(customerId: string, deltas: Counters): Promise<TransactItem> {
    const standing = (await canonical(this, customerId))?.customerId ?? customerId;
    const update = addCounters(new ExpressionBuilder().add('rev', 1), deltas).when((n) => `attribute_exists(${n('pk')}) AND attribute_not_exists(${n('mergedInto')})`);
    return { Update: { TableName: this.tableName, Key: keys.customer(standing), ...update.build() } as never };
  }

  private async getCustomerItem(customerId: string) {
    const item = await this.reads.get(keys.customer(customerId), { consistent: true });
    if (item) this.profiles.remember(customerId, item);
    return item;
  }

  private async getFeedbackBatch(feedbackIds: readonly string[], { consistent = false } = {}): Promise<FeedbackRecord[]> {
    const found = new Map((await this.batchGetAll([...new Set(feedbackIds)].map(keys.feedback), { consistent })).map((item) => {
      const record = toRecord(item);
      return [record.feedbackId, record] as const;
    }));
    return feedbackIds.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }

  /** The items of `itemKeys` that exist, in no particular order. */
  private async batchGetAll(itemKeys: Item[], { consistent = false } = {}): Promise<Item[]> {
    const found: Item[] = [];
    for (let start = 0; start < itemKeys.length; start += BATCH_GET_KEYS) {
      const Keys = itemKeys.slice(start, start + BATCH_GET_KEYS);
      let request: Record<string, { Keys: Item[]; ConsistentRead?: boolean }> | undefined = { [this.tableName]: { Keys, ...(consistent ? { ConsistentRead: true } : {}) } };
      while (request && Object.keys(request).length) {
        const response = await this.doc.send(new BatchGetCommand({ RequestItems: request }));
        found.push(...(response.Responses?.[this.tableName] ?? []));
        request = response.UnprocessedKeys as typeof request;
      }
    }
    return found;
  }

  private async queryAll(input: { KeyConditionExpression: string; ExpressionAttributeValues: Item; ConsistentRead?: boolean }) {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await this.doc.send(new QueryCommand({ TableName: this.tableName, ...input, ExclusiveStartKey }));
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  private async putIfAbsent(item: Item): Promise<boolean> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** Runs a transaction; undefined on success, else the index of the item whose condition failed. */
  /**
   * The profile's revision-guarded update; with a new-customer count that moves, one transaction
   * with the days' counters (a retry would otherwise move it twice). False when the guard failed.
   */
  private async updateProfileGuarded(customerId: string, profile: ExpressionBuilder, newCount: NewCountChange): Promise<boolean> {
    const update = { TableName: this.tableName, Key: keys.customer(customerId), ...profile.build() };
    if (Object.keys(newCount).length) return (await this.transact([{ Update: update as never }, ...this.newCountUpdates(newCount, customerId)])) === undefined;
    try {
      await this.doc.send(new UpdateCommand(update as never));
      return true;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      return false;
    }
  }

  /** One update per day of the new-customer counter's change, on a `DAY#n` shard picked by `shardOf`. */
  private newCountUpdates(change: NewCountChange, shardOf: string): TransactItem[] {
    return Object.entries(change).map(([day, delta]) => ({
      Update: { TableName: this.tableName, Key: keys.aggregate(day, aggregateShard(shardOf)), ...addCounters(new ExpressionBuilder(), { [COUNTER.newCustomers]: delta }).build() } as never,
    }));
  }

  private async transact(items: TransactItem[]): Promise<number | undefined> {
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return undefined;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const conditionFailed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (conditionFailed >= 0) return conditionFailed;
      if (reasons.some((r) => r.Code === 'TransactionConflict')) return TRANSACTION_CONFLICT;
      throw error;
    }
  }
}

/** Writers kept changing what this write is guarded on: the store is too busy for it now, worth trying again later. */
function contended(what: string, attempts: number): StoreUnavailableError {
  return new StoreUnavailableError(new Error(`${what}: giving up after ${attempts} attempts`));
}

function addCounters(builder: ExpressionBuilder, counters: Counters): ExpressionBuilder {
  for (const [name, delta] of Object.entries(counters)) if (delta !== 0) builder.add(COUNTER_PREFIX + name, delta);
  return builder;
}

function countersOf(item: Item): Counters {
  const counters: Counters = {};
  for (const [name, value] of Object.entries(item)) if (name.startsWith(COUNTER_PREFIX)) counters[name.slice(COUNTER_PREFIX.length)] = value as number;
  return counters;
}

function toCustomer(item: Item): Customer {
  const customer: Item = {};
  for (const [name, value] of Object.entries(item)) {
    if (KEY_ATTRIBUTES.includes(name) || name.startsWith(COUNTER_PREFIX)) continue;
    customer[name] = value instanceof Set ? [...value].sort() : value;
  }
  return { identities: [], ...customer, counts: countersOf(item) } as unknown as Customer;
}

function setName(profile: ExpressionBuilder, { displayName, displayNameClaimed }: ProfileName) {
  if (displayName) profile.set('displayName', displayName);
  else profile.remove('displayName');
  if (displayNameClaimed) profile.set('displayNameClaimed', true);
  else profile.remove('displayNameClaimed');
}

/** The profile keeps its latest flag without repeating whose it is. */
function profileFlag({ customerId: _, ...flag }: AtRiskEntry): NonNullable<Customer['atRisk']> {
  return flag;
}

const entryKey = ({ pk, sk }: { pk: string; sk: string }) => `${pk}\u0000${sk}`;

function toQueueItem({ partition, sortKey, ...attributes }: ReturnType<typeof queueEntries>[number]): Item {
  return { pk: partition, sk: sortKey, ...attributes };
}

/** An item and its index entries kept beside it: its complaint days' and the work queue's. */
function itemEntries(item: FeedbackRecord): Item[] {
  const sortKey = timelineKey(item.receivedAt, item.feedbackId);
  return [
    keys.feedback(item.feedbackId),
    ...item.classification.complaintTypes.map(({ type }) => ({ pk: keys.complaintDay(type, item.day), sk: sortKey })),
    ...queueEntries(item).map((entry) => ({ pk: entry.partition, sk: entry.sortKey })),
  ];
}

function suggestionListings({ suggestionId, customerId, otherCustomerId, identity }: MergeSuggestion): Item[] {
  return [keys.timelinePartition(customerId), keys.timelinePartition(otherCustomerId), keys.identity(identity).pk].map((partition) => keys.suggestionListing(partition, suggestionId));
}

/**
 * The suggestion decided as `decision` says, guarded on it being as read (open, or accepted without
 * its merge): a dismissal in between wins. Only the decision's fields: an erasure may have turned
 * the identity it quotes to the marker since it was read, and that must stay.
 */
function decisionUpdate(suggestion: MergeSuggestion, decision: SuggestionDecision): ExpressionBuilder {
  const update = new ExpressionBuilder();
  if (decision.mergeId) update.set('mergeId', decision.mergeId);
  if (suggestion.status !== 'open') return update.when((n, v) => `${n('status')} = ${v('accepted')} AND attribute_not_exists(${n('mergeId')})`);
  return update
    .set('status', decision.status)
    .set('decidedAt', decision.at)
    .set('decidedBy', decision.by)
    .set('gsi2pk', keys.suggestionPartition(decision.status))
    .when((n, v) => `${n('status')} = ${v('open')}`);
}

function toSuggestionItem(suggestion: MergeSuggestion): Item {
  return { ...keys.suggestion(suggestion.suggestionId), ...suggestion, gsi2pk: keys.suggestionPartition(suggestion.status), gsi2sk: `${suggestion.createdAt}#${suggestion.suggestionId}` };
}

function stripKeys(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.includes(name)));
}

/** A day's stream aggregate keeps this many newest items per complaint type: the most a digest asks for (QUOTE_CANDIDATES). */
export const QUOTE_KEYS_KEPT = 12;
const QUOTES_PREFIX = 'q:';

export interface DayContribution {
  sequence: string;
  deltas?: Counters;
  /** `<receivedAt>#<feedbackId>` of the item, under each of its complaint types. */
  quoteKeys?: { type: string; key: string }[];
}

function newestQuoteKeys(keys: string[]): string[] {
  return [...new Set(keys)].sort().reverse().slice(0, QUOTE_KEYS_KEPT);
}

const feedbackIdOfKey = (sortKey: string) => sortKey.slice(sortKey.indexOf('#') + 1);

/** Stream sequence numbers are decimal strings of up to 40 digits: padded, they compare as strings, here and in conditions. */
function sequenceKey(sequence: string): string {
  return sequence.padStart(40, '0');
}

const min = (a: string, b: string) => (a <= b ? a : b);
const max = (a: string, b: string) => (a >= b ? a : b);
