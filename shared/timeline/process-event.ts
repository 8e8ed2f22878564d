import type { Classifier } from '../classify/types.ts';
import { FeedbackEvent } from '../event.ts';
import { senderName } from '../identity/display-name.ts';
import { canonical, releaseTakenOver, resolveCustomer } from '../identity/resolve.ts';
import type { Counters, FeedbackRecord } from '../model.ts';
import { CustomerErasedError, CustomerMergedError, IdentitiesMovedError, type Clock, type Store } from '../ports.ts';
import { countersForRecord, customerCountsForRecord, reportingDay } from './counters.ts';
import { historyBefore } from './history.ts';
import { newCustomerOnCommit } from './new-customers.ts';
import { reviseLaterRisk } from './later-risk.ts';
import { assessRisk, riskMessageOf } from './risk.ts';

export interface ProcessorDependencies {
  store: Store;
  classifier: Classifier;
  clock: Clock;
  timeZone: string;
}

export type ProcessOutcome =
  | { status: 'written'; feedbackId: string; customerId: string; merged: string[] }
  | { status: 'duplicate'; feedbackId: string };

/** A message that can never succeed, however often it is retried. */
export class PoisonMessageError extends Error {}

const MAX_RESOLVE_ATTEMPTS = 5;

/**
 * Processes one queued event: classify, resolve the customer, then write the timeline item, the
 * customer's counts and the day's aggregates in one atomic, idempotent commit.
 */
export function createEventProcessor({ store, classifier, clock, timeZone }: ProcessorDependencies) {
  async function processEvent(input: unknown): Promise<ProcessOutcome> {
    const parsed = FeedbackEvent.safeParse(input);
    if (!parsed.success) throw new PoisonMessageError(`not a FeedbackEvent: ${parsed.error.issues[0]?.message}`);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await processOnce(parsed.data);
      } catch (error) {
        // As a redelivery of an item erased with its person is, and no identity it claimed leads to the erased customer.
        if (error instanceof CustomerErasedError) {
          await store.withdrawClaims(parsed.data.identities, error.customerId);
          return { status: 'duplicate', feedbackId: parsed.data.feedbackId };
        }
        // A concurrent event merged our customer away, or an undo handed the identity back, between resolving and committing.
        if (!(error instanceof CustomerMergedError || error instanceof IdentitiesMovedError) || attempt >= MAX_RESOLVE_ATTEMPTS) throw error;
      }
    }
  }

  async function processOnce(received: FeedbackEvent): Promise<ProcessOutcome> {
    if (await store.isKnownFeedback(received.feedbackId)) {
      await finishCommit(received.feedbackId);
      return { status: 'duplicate', feedbackId: received.feedbackId };
    }
    const { displayName: _, ...rest } = received;
    const displayName = senderName(received.displayName, received.identities);
    const event: FeedbackEvent = displayName ? { ...rest, displayName } : rest;

    const now = clock.now().toISOString();
    const receivedAt = new Date(event.receivedAt).toISOString();
    const { customer, merged, identities, verifiedIdentities, claimed } = await resolveCustomer(store, { ...event, receivedAt }, now);
    const classification =
      event.kind === 'message'
        ? await classifier.classify({
            text: event.text,
            subject: event.subject,
            rating: event.rating,
            nps: event.nps,
            history: await historyBefore(store, customer, receivedAt),
          })
        : interactionClassification;
    const day = reportingDay(receivedAt, timeZone);
    const record: FeedbackRecord = {
      feedbackId: event.feedbackId,
      customerId: customer.customerId,
      originalCustomerId: customer.customerId,
      channel: event.channel,
      source: event.source,
      kind: event.kind,
      receivedAt,
      processedAt: now,
      identities: event.identities,
      senderVerified: verifiedIdentities.length > 0,
      displayName: event.displayName,
      text: event.text,
      subject: event.subject,
      rating: event.rating,
      nps: event.nps,
      attachments: event.attachments,
      metadata: event.metadata,
      classification,
      status: 'open',
      day,
    };
    // What the last attempt's derive found: whether the message came late, and the first positive before it.
    let risk: { late: boolean; firstPositiveBefore?: string } = { late: false };
    const outcome = await store.commitFeedback({
      record: withoutUndefined(record),
      customer: {
        customerId: customer.customerId,
        addIdentities: identities,
        addVerifiedIdentities: verifiedIdentities,
        seenAt: receivedAt,
        displayName: event.displayName,
        senderVerified: verifiedIdentities.length > 0,
        countDeltas: customerCountsForRecord(record),
        heldIdentities: event.identities.filter((identity) => customer.identities.includes(identity)),
      },
      derive: (current) => {
        const newCustomer = newCustomerOnCommit(current, day);
        const { late, ...derived } = assessRisk(current, riskMessageOf(record));
        risk = { late, ...(current.firstPositive ? { firstPositiveBefore: current.firstPositive } : {}) };
        return {
          aggregateDeltas: countersForRecord(record, newCustomer !== undefined),
          ...derived,
          ...newCustomer,
        };
      },
    });
    if (outcome === 'duplicate') return { status: 'duplicate', feedbackId: event.feedbackId };
    if (risk.late) await reviseLaterRisk(store, record, timeZone, { firstPositiveBefore: risk.firstPositiveBefore });
    await releaseTakenOver(store, customer.customerId, claimed);
    return { status: 'written', feedbackId: event.feedbackId, customerId: customer.customerId, merged };
  }

  /**
   * A delivery whose commit landed but failed before revising the flags it came late for, or
   * giving up what a verified sender took over meanwhile, is redelivered as a duplicate: it does
   * both then, or the flags would stay as if it had never come, and the claimant would list the
   * sender's identity for good. A message received at or after its customer's last-seen instant
   * came in order (the usual redelivery: at once, nothing after it yet) and has nothing to revise
   * (one sharing its instant with an item committed before it is taken as in order too: only its
   * own revision cut short, then redelivered, is missed). One received before may have come late,
   * and what its commit saw is no longer known: its flags are revised (raised only, so at worst
   * to what they are). Only identities its customer lists and no longer leads to are concerned
   * (erased or merged away: nothing to do; a merge derives the risk again).
   */
  async function finishCommit(feedbackId: string): Promise<void> {
    const record = await store.getFeedback(feedbackId);
    const customer = record && (await canonical(store, record.customerId));
    if (!customer) return;
    if (customer.customerId === record.customerId && record.receivedAt < customer.lastSeen) await reviseLaterRisk(store, record, timeZone);
    await releaseTakenOver(store, customer.customerId, record.identities.filter((identity) => customer.identities.includes(identity)));
  }

  return processEvent;
}

export type EventProcessor = ReturnType<typeof createEventProcessor>;

const interactionClassification: FeedbackRecord['classification'] = {
  language: 'other',
  sentiment: { label: 'neutral', score: 0 },
  complaintTypes: [],
  intent: 'other',
  urgent: false,
  explanations: ['interaction event: not classified'],
};

/** DynamoDB rejects undefined attributes; the local store must see the same shape. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
