import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { resolveCustomer } from '../../shared/identity/resolve.ts';
import type { Store } from '../../shared/ports.ts';
import { commitOf, record } from '../support/records.ts';

/** Counts the reads resolution makes, each slowed down like a round trip to DynamoDB. */
function countingStore(store: Store) {
  const reads = { identity: 0, customer: 0, mostInFlight: 0 };
  let inFlight = 0;
  const roundTrip = async <T>(read: () => Promise<T>) => {
    inFlight += 1;
    reads.mostInFlight = Math.max(reads.mostInFlight, inFlight);
    try {
      await sleep(20);
      return await read();
    } finally {
      inFlight -= 1;
    }
  };
  const counted: Store = Object.create(store);
  counted.getIdentityOwner = (identity) => {
    reads.identity += 1;
    return roundTrip(() => store.getIdentityOwner(identity));
  };
  counted.getCustomer = (customerId) => {
    reads.customer += 1;
    return roundTrip(() => store.getCustomer(customerId));
  };
  return { store: counted, reads };
}

describe('resolving a returning customer by several identities', () => {
  it("looks the identities up at once and reads their one customer once, not once per identity", async () => {
    const local = new LocalStore();
    const identities = ['email:wang.fang@example.com', 'phone:+8613800138000', 'wechat:oWangFang'];
    const first = await resolveCustomer(local, { feedbackId: 'fb_first', identities, verifiedIdentities: identities, receivedAt: '2026-11-20T01:00:00.000Z' }, '2026-11-20T01:00:00.000Z');
    const committed = commitOf(record({ customerId: first.customer.customerId, receivedAt: '2026-11-20T01:00:00.000Z', identities }));
    await local.commitFeedback({ ...committed, customer: { ...committed.customer, addVerifiedIdentities: identities } });
    const { store, reads } = countingStore(local);

    const again = await resolveCustomer(store, { feedbackId: 'fb_again', identities, verifiedIdentities: identities, receivedAt: '2026-11-21T01:00:00.000Z' }, '2026-11-21T01:00:00.000Z');

    expect(again.customer.customerId).toBe(first.customer.customerId);
    expect(reads.identity).toBe(identities.length);
    expect(reads.mostInFlight).toBe(identities.length);
    expect(reads.customer).toBe(1);
  });
});
