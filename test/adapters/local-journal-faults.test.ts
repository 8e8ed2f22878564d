/**
 * Local mode's journals on a disk that refuses writes (full): the fault is injected into node:fs
 * for the paths a test names, so reads go on working, as they do on a full disk.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalSignatureLedger } from '../../shared/adapters/local/local-signature-ledger.ts';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { MemoryQueue } from '../../shared/adapters/local/memory-queue.ts';
import { eraseCustomer } from '../../shared/cases/erasure.ts';
import { loadConfig } from '../../shared/config.ts';
import { StoreUnavailableError, systemClock } from '../../shared/ports.ts';
import { createLocalRuntime, type LocalRuntime } from '../../shared/runtime/local.ts';
import { commitOf, customer, record } from '../support/records.ts';
import { sampleEvent } from './queue.contract.ts';

const disk = vi.hoisted(() => ({ refusing: undefined as RegExp | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const pathOf = new Map<number, string>();
  const refuses = (path: unknown) => disk.refusing?.test(String(path)) ?? false;
  const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const mocked = {
    ...fs,
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      const fd = fs.openSync(...args);
      pathOf.set(fd, String(args[0]));
      return fd;
    },
    writeSync: (fd: number, ...rest: unknown[]) => {
      if (refuses(pathOf.get(fd))) throw noSpace();
      return (fs.writeSync as (...args: unknown[]) => number)(fd, ...rest);
    },
    // As on a full disk, the file is created and nothing goes in.
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
      if (refuses(args[0])) {
        fs.writeFileSync(args[0], '');
        throw noSpace();
      }
      fs.writeFileSync(...args);
    },
  };
  return { ...mocked, default: mocked };
});

afterEach(() => {
  disk.refusing = undefined;
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe('a write the disk refuses leaves nothing in memory', () => {
  it('store: the refused change is not read by anyone, during the write or after it, and a redelivery writes it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new LocalStore(directory);
    await store.createCustomer(customer('cus_a', '2026-01-01T00:00:00.000Z'));
    const item = record({ customerId: 'cus_a', receivedAt: '2026-01-02T00:00:00.000Z' });

    disk.refusing = /store\.journal\.jsonl$/;
    const committing = expect(store.commitFeedback(commitOf(item))).rejects.toThrow(StoreUnavailableError);
    const readMeanwhile = expect(store.isKnownFeedback(item.feedbackId)).rejects.toThrow(StoreUnavailableError);
    await committing;
    await readMeanwhile;
    expect([await store.isKnownFeedback(item.feedbackId), await store.getFeedback(item.feedbackId), (await store.getCustomer('cus_a'))?.counts]).toEqual([false, undefined, {}]);

    disk.refusing = undefined;
    expect(await store.commitFeedback(commitOf(item))).toBe('written');
    expect(await new LocalStore(directory).getFeedback(item.feedbackId)).toEqual(item);
  });

  it('queue: a send the disk refused is not delivered, and a message in flight meanwhile is not delivered again at once', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'queue-'));
    const queue = new MemoryQueue({ directory, visibilityTimeoutMs: 60_000 });
    await queue.send([sampleEvent()]);
    const delivered: string[] = [];
    const consumer = queue.consume(async (messages) => {
      delivered.push(...messages.map((m) => m.messageId));
      // The handler fails its message: it stays in flight until its visibility timeout.
      return { batchItemFailures: messages.map((m) => ({ itemIdentifier: m.messageId })) };
    });
    await until(() => delivered.length === 1);

    disk.refusing = /queue\.journal\.jsonl$/;
    await expect(queue.send([sampleEvent()])).rejects.toThrow(StoreUnavailableError);
    expect(queue.depth).toBe(1);
    disk.refusing = undefined;
    await sleep(100);
    await consumer.stop();
    expect(delivered).toHaveLength(1);
  });

  it('signature ledger: a use the disk refused is not remembered, so the request retried is judged anew and its use kept', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ledger-'));
    const ledger = new LocalSignatureLedger(systemClock, { directory });
    const expiresAt = Date.now() / 1000 + 300;
    disk.refusing = /signature-uses\.journal\.jsonl$/;
    await expect(ledger.record('wechat:1:42', 'body-a', expiresAt)).rejects.toThrow(StoreUnavailableError);
    disk.refusing = undefined;
    expect(await ledger.record('wechat:1:42', 'body-a', expiresAt)).toBe('first');
    expect(await new LocalSignatureLedger(systemClock, { directory }).record('wechat:1:42', 'body-b', expiresAt)).toBe('different');
  });

  it('a 202 message whose commit the disk refused is processed once it has room, and its item is on disk (no restart)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'disk-full-'));
    const runtime: LocalRuntime = createLocalRuntime(loadConfig({ DATA_DIR: dataDir, FEEDBACK_API_KEYS: 'disk-full-key', LOG_LEVEL: 'SILENT' }), {
      queue: { visibilityTimeoutMs: 200, maxReceiveCount: 100 },
    });
    try {
      const { store, queue } = runtime;
      const identities = ['email:full.disk@example.com'];
      runtime.startProcessing();
      await queue.send([sampleEvent({ identities })]);
      await until(() => queue.depth === 0);

      const event = sampleEvent({ identities, text: '谢谢，服务很好' });
      let deliveries = 0;
      const isKnown = store.isKnownFeedback.bind(store);
      store.isKnownFeedback = (feedbackId) => {
        if (feedbackId === event.feedbackId) deliveries += 1;
        return isKnown(feedbackId);
      };
      // The queue's journal still has room (its lines fit in the page it has), the store's has none:
      // the customer is known, so the commit is the message's first write.
      disk.refusing = /store\.journal\.jsonl$/;
      await queue.send([event]);
      await until(() => deliveries >= 3);
      expect(queue.depth).toBe(1);
      // What the store answers meanwhile (when it answers: a read waiting on a refused write is refused too) is what a restart would read.
      const onDisk = () => new LocalStore(dataDir, { readOnly: true }).getFeedback(event.feedbackId);
      expect(await store.getFeedback(event.feedbackId).catch(() => undefined)).toEqual(await onDisk());

      disk.refusing = undefined;
      await until(() => queue.depth === 0);
      expect((await onDisk())?.text).toBe(event.text);
    } finally {
      await runtime.stop();
    }
  });
});

describe('a compaction cut short between its snapshot and its new journal', () => {
  it('appends nothing to the journal the snapshot replaced: the store reads both back first, and a restart counts everything once', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new LocalStore(directory);
    await store.createCustomer(customer('cus_a', '2026-01-01T00:00:00.000Z'));
    await store.commitFeedback(commitOf(record({ customerId: 'cus_a', receivedAt: '2026-01-02T00:00:00.000Z' })));
    await store.createCustomer(customer('cus_c', '2026-01-01T00:00:00.000Z'));

    // An erasure compacts: its snapshot is written, the new journal is not.
    disk.refusing = /store\.journal\.jsonl\.tmp$/;
    const erasure = { customers: [(await store.getCustomer('cus_c'))!], identities: [], items: [], suggestions: [], claimsAbout: [], suggestionsNaming: [], profilesListing: [], mergesListing: [], record: { erasureId: 'er_c', at: '2026-01-03T00:00:00.000Z', by: 'admin', subjectHash: 'c'.repeat(64), customers: 1, identities: 0, items: 0 } };
    await expect(store.erase(erasure)).rejects.toThrow(StoreUnavailableError);
    disk.refusing = undefined;

    const later = record({ customerId: 'cus_a', receivedAt: '2026-01-02T01:00:00.000Z' });
    // The first use after has the store read the directory back (and start the new journal): refused once.
    await expect(store.commitFeedback(commitOf(later))).rejects.toThrow(StoreUnavailableError);
    expect(await store.commitFeedback(commitOf(later))).toBe('written');
    const reopened = new LocalStore(directory);
    expect([await reopened.getDailyCounters(['2026-01-02']), await reopened.getFeedback(later.feedbackId), await reopened.getCustomer('cus_c')]).toEqual([new Map([['2026-01-02', { total: 2 }]]), later, undefined]);
  });
});

describe('an erasure cut short by a full disk', () => {
  const tara = 'email:tara@example.com';
  const words = 'My address is 12 Secret Lane';

  /** Tara with an item in the store and a delivered message in the queue's journal, and an erasure whose compaction the disk refused. */
  async function cutShortErasure() {
    const directory = mkdtempSync(join(tmpdir(), 'erasure-'));
    const queue = new MemoryQueue({ directory });
    await queue.send([sampleEvent({ identities: [tara], text: words })]);
    const consumer = queue.consume(async () => ({ batchItemFailures: [] }));
    await until(() => queue.depth === 0);
    await consumer.stop();
    const store = new LocalStore(directory, { copiesIn: [queue] });
    await store.createCustomer(customer('cus_tara', '2026-01-01T00:00:00.000Z', [tara]));
    await store.claimIdentity(tara, 'cus_tara');
    await store.commitFeedback(commitOf(record({ customerId: 'cus_tara', receivedAt: '2026-01-02T00:00:00.000Z', identities: [tara], text: words })));

    disk.refusing = /snapshot\.jsonl\.tmp$/;
    await expect(eraseCustomer({ store, clock: systemClock }, 'cus_tara', 'admin')).rejects.toThrow(StoreUnavailableError);
    disk.refusing = undefined;
    return { directory, store, queue };
  }

  function filesHolding(directory: string, text: string): string[] {
    return readdirSync(directory).filter((name) => readFileSync(join(directory, name), 'utf8').includes(text));
  }

  it('the same request repeated finishes it and answers the record the first attempt made; nothing of the person stays on disk', async () => {
    const { directory, store } = await cutShortErasure();
    const erasure = await eraseCustomer({ store, clock: systemClock }, 'cus_tara', 'admin');
    expect(erasure).toEqual((await store.listErasures({ limit: 5 })).items[0]);
    expect([filesHolding(directory, 'tara@example.com'), filesHolding(directory, 'Secret Lane'), readdirSync(directory).filter((name) => name.endsWith('.tmp'))]).toEqual([[], [], []]);
    // Once complete, a repeat finds nothing more to do.
    expect(await eraseCustomer({ store, clock: systemClock }, 'cus_tara', 'admin')).toBeUndefined();
  });

  it('a restart finishes it', async () => {
    const { directory } = await cutShortErasure();
    new LocalStore(directory, { copiesIn: [new MemoryQueue({ directory })] });
    expect([filesHolding(directory, 'tara@example.com'), filesHolding(directory, 'Secret Lane'), readdirSync(directory).filter((name) => name.endsWith('.tmp'))]).toEqual([[], [], []]);
  });
});
