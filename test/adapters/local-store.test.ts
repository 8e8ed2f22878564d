import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { commitOf, customer, record } from '../support/records.ts';
import { storeContract } from './store.contract.ts';

storeContract('local (in memory)', async () => new LocalStore());
storeContract('local (persisted)', async () => new LocalStore(mkdtempSync(join(tmpdir(), 'store-'))));

describe('LocalStore persistence', () => {
  it('keeps everything across a restart, from the journal and from a compacted snapshot', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'store-'));
    const first = new LocalStore(directory);
    await first.createCustomer(customer('cus_a', '2026-01-01T00:00:00.000Z'));
    await first.claimIdentity('email:a@example.com', 'cus_a');
    const item = record({ customerId: 'cus_a', receivedAt: '2026-01-02T00:00:00.000Z' });
    await first.commitFeedback(commitOf(item));

    const reopened = new LocalStore(directory);
    expect(await reopened.getIdentityOwner('email:a@example.com')).toBe('cus_a');
    expect(await reopened.getFeedback(item.feedbackId)).toEqual(item);
    expect((await reopened.listTimeline('cus_a', { limit: 5 })).items).toHaveLength(1);
    expect(await reopened.commitFeedback(commitOf(item))).toBe('duplicate');
  });
});
