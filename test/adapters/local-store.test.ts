import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { MAX_EXAMINED_PER_PAGE } from '../../shared/cases/work-queue.ts';
import { commitOf, customer, record } from '../support/records.ts';
import { LocalSignatureLedger } from '../../shared/adapters/local/local-signature-ledger.ts';
import { signatureLedgerContract } from './store/signature-ledger.contract.ts';
import { storeContract } from './store.contract.ts';

storeContract('local (in memory)', async () => new LocalStore());
storeContract('local (persisted)', async () => new LocalStore(mkdtempSync(join(tmpdir(), 'store-'))));
signatureLedgerContract('local (in memory)', async (clock) => new LocalSignatureLedger(clock));
signatureLedgerContract('local (persisted)', async (clock) => new LocalSignatureLedger(clock, { directory: mkdtempSync(join(tmpdir(), 'ledger-')) }));

describe('LocalSignatureLedger persistence', () => {
  const seconds = (at: string) => Date.parse(at) / 1000;

  it('remembers a signature use across a restart of the server (a new ledger over the same DATA_DIR) until it expires', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ledger-'));
    let now = new Date('2026-11-30T12:00:00.000Z');
    const clock = { now: () => now };
    const first = new LocalSignatureLedger(clock, { directory });
    expect(await first.record('wechat:1764504000:4242', 'body-a', seconds('2026-11-30T12:06:00.000Z'))).toBe('first');
    expect(await first.record('wechat:1764504000:1', 'body-x', seconds('2026-11-30T12:01:00.000Z'))).toBe('first');

    const restarted = new LocalSignatureLedger(clock, { directory });
    expect(await restarted.record('wechat:1764504000:4242', 'body-b', seconds('2026-11-30T12:06:00.000Z'))).toBe('different');
    expect(await restarted.record('wechat:1764504000:4242', 'body-a', seconds('2026-11-30T12:06:00.000Z'))).toBe('same');
    now = new Date('2026-11-30T12:03:00.000Z');
    // Expired before the next restart: forgotten, and left out of what is kept.
    const again = new LocalSignatureLedger(clock, { directory });
    expect(await again.record('wechat:1764504000:1', 'body-y', seconds('2026-11-30T12:08:00.000Z'))).toBe('first');
    expect(await again.record('wechat:1764504000:4242', 'body-b', seconds('2026-11-30T12:06:00.000Z'))).toBe('different');
  });
});

describe('LocalStore persistence', () => {
  it('keeps everything across a restart, from the journal and from a compacted snapshot', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'store-'));
    const first = new LocalStore(directory);
    await first.createCustomer(customer('cus_a', '2026-01-01T00:00:00.000Z'));
    await first.claimIdentity('email:a@example.com', 'cus_a');
    await first.claimIdentity('phone:+8613800138000', 'cus_a', true);
    const item = record({ customerId: 'cus_a', receivedAt: '2026-01-02T00:00:00.000Z' });
    await first.commitFeedback(commitOf(item));

    const reopened = new LocalStore(directory);
    expect(await reopened.getIdentityOwner('email:a@example.com')).toBe('cus_a');
    expect([await reopened.isClaimedVerified('phone:+8613800138000', 'cus_a'), await reopened.isClaimedVerified('email:a@example.com', 'cus_a')]).toEqual([true, false]);
    expect(await reopened.getFeedback(item.feedbackId)).toEqual(item);
    expect((await reopened.listTimeline('cus_a', { limit: 5 })).items).toHaveLength(1);
    expect(await reopened.commitFeedback(commitOf(item))).toBe('duplicate');
  });

  it('survives a torn last line: keeps what came before, appends on a fresh line, starts again', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'store-'));
    const first = new LocalStore(directory);
    await first.createCustomer(customer('cus_a', '2026-01-01T00:00:00.000Z'));
    const before = record({ customerId: 'cus_a', receivedAt: '2026-01-02T00:00:00.000Z' });
    await first.commitFeedback(commitOf(before));
    // A crash in the middle of writing the next record.
    const journal = join(directory, 'store.journal.jsonl');
    const torn = '{"op":"commit","commit":{"feedback":{"feedbackId":"fb_';
    appendFileSync(journal, torn);

    const second = new LocalStore(directory);
    expect(await second.getFeedback(before.feedbackId)).toEqual(before);
    const after = record({ customerId: 'cus_a', receivedAt: '2026-01-03T00:00:00.000Z' });
    await second.commitFeedback(commitOf(after));

    const third = new LocalStore(directory);
    expect(await third.getFeedback(before.feedbackId)).toEqual(before);
    expect(await third.getFeedback(after.feedbackId)).toEqual(after);
    const aside = readdirSync(directory).filter((name) => name.startsWith('store.journal.jsonl.torn-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(directory, aside[0]!), 'utf8')).toBe(`${torn}\n`);
  });

  it('an erasure deletes the fragments set aside from the journal: nobody can tell whose data they hold', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'store-'));
    const first = new LocalStore(directory);
    await first.createCustomer(customer('cus_tara', '2026-01-01T00:00:00.000Z', ['email:tara@example.com']));
    // A crash in the middle of writing Tara's next message.
    appendFileSync(join(directory, 'store.journal.jsonl'), '{"op":"commit","commit":{"record":{"text":"My address is 12 Secret Lane');
    const reopened = new LocalStore(directory);
    expect(readdirSync(directory).filter((name) => name.includes('.torn-'))).toHaveLength(1);
    await reopened.erase({ customers: [(await reopened.getCustomer('cus_tara'))!], identities: ['email:tara@example.com'], items: [], suggestions: [], claimsAbout: [], suggestionsNaming: [], profilesListing: [], mergesListing: [], record: { erasureId: 'er_t', at: '2026-01-02T00:00:00.000Z', by: 'admin', subjectHash: 'c'.repeat(64), customers: 1, identities: 1, items: 0 } });
    expect(readdirSync(directory).filter((name) => name.includes('.torn-'))).toEqual([]);
    for (const name of readdirSync(directory)) expect(readFileSync(join(directory, name), 'utf8'), name).not.toContain('Secret Lane');
  });

  it('erasing the items an undo left behind takes them off the disk, as an erasure does', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new LocalStore(directory);
    await store.createCustomer(customer('cus_s', '2026-01-01T00:00:00.000Z', ['email:s@example.com']));
    const left = record({ customerId: 'cus_s', receivedAt: '2026-01-02T00:00:00.000Z', identities: ['erased:phone'], mergedVia: ['mrg_gone'], text: 'My address is 12 Secret Lane' });
    await store.commitFeedback(commitOf(left));
    await store.eraseLeftBehind('mrg_gone', [left]);
    for (const name of readdirSync(directory)) expect(readFileSync(join(directory, name), 'utf8'), name).not.toContain('Secret Lane');
    expect(await new LocalStore(directory).isKnownFeedback(left.feedbackId)).toBe(true);
  });

  it('a crash between writing the snapshot and starting the new journal replays nothing twice: day totals, merges and an erasure stay as they were', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new LocalStore(directory);
    for (const id of ['cus_a', 'cus_b', 'cus_c']) await store.createCustomer(customer(id, '2026-01-01T00:00:00.000Z', [`email:${id}@example.com`]));
    await store.commitFeedback(commitOf(record({ customerId: 'cus_a', receivedAt: '2026-01-02T00:00:00.000Z' })));
    await store.beginMerge({ survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: '2026-01-03T00:00:00.000Z', by: 'agent', reason: 'same person' });
    const journal = join(directory, 'store.journal.jsonl');
    const beforeCompaction = readFileSync(journal);
    // The erasure compacts: a new snapshot, then a new journal, which the crash never wrote.
    await store.erase({ customers: [(await store.getCustomer('cus_c'))!], identities: ['email:cus_c@example.com'], items: [], suggestions: [], claimsAbout: [], suggestionsNaming: [], profilesListing: [], mergesListing: [], record: { erasureId: 'er_c', at: '2026-01-04T00:00:00.000Z', by: 'admin', subjectHash: 'c'.repeat(64), customers: 1, identities: 1, items: 0 } });
    writeFileSync(journal, beforeCompaction);

    const reopened = new LocalStore(directory);
    expect(await reopened.getDailyCounters(['2026-01-02'])).toEqual(await store.getDailyCounters(['2026-01-02']));
    expect((await reopened.listMerges('cus_a')).map((merge) => merge.absorbedId)).toEqual(['cus_b']);
    expect(await reopened.getCustomer('cus_c')).toBeUndefined();
    expect(await reopened.getCustomer('cus_a')).toEqual(await store.getCustomer('cus_a'));
    // The journal it replays from now on is the new one.
    await reopened.createCustomer(customer('cus_d', '2026-01-05T00:00:00.000Z'));
    expect(await new LocalStore(directory).getCustomer('cus_d')).toBeDefined();
  });

  it('opens a DATA_DIR whose snapshot is the single JSON document written before JSON Lines, and replaces it at the next compaction', async () => {
    // Made by the code of 431faad4 (the commit that added it says how): customers, items, a merge, an erasure that compacted, an item after it.
    const directory = mkdtempSync(join(tmpdir(), 'store-'));
    cpSync(join(import.meta.dirname, 'fixtures/single-json-snapshot'), directory, { recursive: true });
    const answers = async (store: LocalStore) => ({
      customers: [await store.getCustomer('cus_a'), await store.getCustomer('cus_b'), await store.getCustomer('cus_c')],
      owner: await store.getIdentityOwner('email:cus_a@example.com'),
      verified: await store.isClaimedVerified('email:cus_a@example.com', 'cus_a'),
      timeline: (await store.listTimeline('cus_a', { limit: 10 })).items.map((item) => item.feedbackId),
      merges: (await store.listMerges('cus_a')).map((merge) => merge.absorbedId),
      daily: await store.getDailyCounters(['2026-01-02', '2026-01-05']),
      erasures: (await store.listErasures({ limit: 10 })).items.map((erasure) => erasure.erasureId),
    });
    const store = new LocalStore(directory);
    expect(await answers(store)).toMatchObject({ customers: [{ customerId: 'cus_a' }, { mergedInto: 'cus_a' }, undefined], owner: 'cus_a', verified: true, timeline: ['fb_a2', 'fb_a1'], merges: ['cus_b'], erasures: ['er_c'] });

    const left = record({ customerId: 'cus_a', receivedAt: '2026-01-06T00:00:00.000Z', mergedVia: ['mrg_gone'] });
    await store.commitFeedback(commitOf(left));
    await store.eraseLeftBehind('mrg_gone', [left]);
    expect(readdirSync(directory).filter((name) => name.startsWith('store.snapshot'))).toEqual(['store.snapshot.jsonl']);
    expect(await answers(new LocalStore(directory))).toEqual(await answers(store));
  });

  it('sets aside a line that does not parse in the middle of the journal instead of refusing to start, and warns that its change is lost', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'store-'));
    const first = new LocalStore(directory);
    await first.createCustomer(customer('cus_a', '2026-01-01T00:00:00.000Z'));
    const journal = join(directory, 'store.journal.jsonl');
    writeFileSync(journal, `{"op":"comm\n${readFileSync(journal, 'utf8')}`);
    const warnings: Error[] = [];
    const listen = (warning: Error) => warnings.push(warning);
    process.on('warning', listen);
    try {
      const reopened = new LocalStore(directory);
      expect((await reopened.getCustomer('cus_a'))?.customerId).toBe('cus_a');
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listen);
    }
    expect(readFileSync(journal, 'utf8')).not.toContain('{"op":"comm\n');
    expect(warnings.filter((w) => w.name === 'JournalWarning').map((w) => w.message)).toEqual([expect.stringContaining('1 unreadable line(s) in the middle of')]);
  });
});

describe('LocalStore work queue', () => {
  it('bounds what one page examines: a rare filter ends the page short with a cursor, and the cursor walks on to the match', async () => {
    const store = new LocalStore();
    await store.createCustomer(customer('cus_w', '2026-01-01T00:00:00.000Z'));
    const base = record({ customerId: 'x', receivedAt: '2026-01-01T00:00:00.000Z' }).classification;
    const rare = record({ customerId: 'cus_w', receivedAt: '2026-01-01T00:00:00.000Z', classification: { ...base, intent: 'inquiry' } });
    await store.commitFeedback(commitOf(rare));
    for (let i = 0; i < MAX_EXAMINED_PER_PAGE + 5; i += 1) {
      await store.commitFeedback(commitOf(record({ customerId: 'cus_w', receivedAt: new Date(Date.parse('2026-01-02T00:00:00.000Z') + i * 1000).toISOString() })));
    }
    // The lane's whole partition is read (channel and intent have none of their own); inquiries are rare in it.
    const filter = { channel: 'web' as const, intent: 'inquiry' as const };
    const first = await store.listWorkQueue({ filter, limit: 20 });
    expect(first.items).toEqual([]);
    expect(first.nextCursor).toBeDefined();
    const second = await store.listWorkQueue({ filter, limit: 20, cursor: first.nextCursor });
    expect(second.items.map((i) => i.feedbackId)).toEqual([rare.feedbackId]);
    expect(second.nextCursor).toBeUndefined();
  });
});
