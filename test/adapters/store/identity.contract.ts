/** The IdentityStore part of the store contract: identities, customers and merges. */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../shared/ports.ts';
import { commitOf, customer, record } from '../../support/records.ts';

export function identityStoreContract(name: string, makeStore: () => Promise<Store>) {
  describe(`IdentityStore contract: ${name}`, () => {
    it('hands an identity to its first claimant and keeps it there', async () => {
      const store = await makeStore();
      expect(await store.claimIdentity('email:a@example.com', 'cus_a')).toBe('cus_a');
      expect(await store.claimIdentity('email:a@example.com', 'cus_b')).toBe('cus_a');
      expect(await store.getIdentityOwner('email:a@example.com')).toBe('cus_a');
      await store.pointIdentity('email:a@example.com', 'cus_b');
      expect(await store.getIdentityOwner('email:a@example.com')).toBe('cus_b');
      expect(await store.getIdentityOwner('phone:+8613800138000')).toBeUndefined();
    });

    it('creates a customer once', async () => {
      const store = await makeStore();
      expect(await store.createCustomer(customer('cus_a', '2026-01-01T00:00:00.000Z'))).toBe(true);
      expect(await store.createCustomer(customer('cus_a', '2026-02-01T00:00:00.000Z'))).toBe(false);
      expect((await store.getCustomer('cus_a'))?.firstSeen).toBe('2026-01-01T00:00:00.000Z');
      expect(await store.getCustomer('cus_missing')).toBeUndefined();
    });

    it('merges a customer once, folding identities, counts and first/last seen into the survivor', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_old', '2026-06-01T00:00:00.000Z', ['email:a@example.com']));
      await store.createCustomer({ ...customer('cus_new', '2026-06-03T00:00:00.000Z', ['phone:+8613800138000']), counts: { total: 2, 'channel.sms': 2 } });
      await store.commitFeedback({
        ...commitOf(record({ customerId: 'cus_new', receivedAt: '2026-06-03T12:00:00.000Z', identities: ['phone:+8613800138000'] })),
        customer: { customerId: 'cus_new', addIdentities: [], seenAt: '2026-06-03T12:00:00.000Z', countDeltas: { total: 1, 'channel.sms': 1 } },
      });
      const request = { survivorId: 'cus_old', absorbedId: 'cus_new', mergedAt: '2026-06-04T00:00:00.000Z', causeFeedbackId: 'fb_00000000000000000000000000' };
      const merge = {
        ...request,
        absorbedIdentities: ['phone:+8613800138000'],
        absorbedCounts: { total: 3, 'channel.sms': 3 },
        absorbedFirstSeen: '2026-06-03T00:00:00.000Z',
        absorbedLastSeen: '2026-06-03T12:00:00.000Z',
      };
      expect(await store.beginMerge(request)).toBe('started');
      expect(await store.beginMerge({ ...request, mergedAt: '2026-06-05T00:00:00.000Z' })).toBe('already');
      const survivor = await store.getCustomer('cus_old');
      expect(survivor?.identities).toEqual(['email:a@example.com', 'phone:+8613800138000']);
      // The snapshot is taken at merge time: it includes the item committed just before.
      expect(survivor?.counts).toEqual({ total: 3, 'channel.sms': 3 });
      expect(survivor?.lastSeen).toBe('2026-06-03T12:00:00.000Z');
      expect(survivor?.pendingMerges).toEqual(['cus_new']);
      expect((await store.getCustomer('cus_new'))?.mergedInto).toBe('cus_old');
      await store.finishMerge('cus_old', 'cus_new');
      expect((await store.getCustomer('cus_old'))?.pendingMerges ?? []).toEqual([]);
      expect(await store.listMerges('cus_old')).toEqual([merge]);
      expect(await store.listMerges('cus_new')).toEqual([]);
    });
  });
}
