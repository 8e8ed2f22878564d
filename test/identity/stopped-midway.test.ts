import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { loadConfig } from '../../shared/config.ts';
import { canonical, mergeCustomers, undoMerge } from '../../shared/identity/merges.ts';
import { createLocalRuntime } from '../../shared/runtime/local.ts';
import { messageEvent } from '../support/feedback-event.ts';

const MAIL = 'email:stopped-midway@example.com';
const PHONE = 'phone:+8613900139321';
const directories: string[] = [];

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** The local server as it starts on `dataDir` (serve: what was left half done is finished before requests are taken). */
async function start(dataDir: string) {
  const runtime = createLocalRuntime(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'SILENT', FEEDBACK_API_KEYS: 'stopped-midway-key' }));
  await runtime.finishInterruptedWork();
  return runtime;
}

/** The store as a process sees it that stops for good after its `moves`-th item move: nothing after it is written. */
function stoppingAfter(store: LocalStore, moves: number): LocalStore {
  let made = 0;
  return new Proxy(store, {
    get(target, name, receiver) {
      if (name === 'moveFeedback') {
        return async (...move: Parameters<LocalStore['moveFeedback']>) => {
          if (made === moves) throw new Error('process stopped');
          made += 1;
          return target.moveFeedback(...move);
        };
      }
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function timelineOf(store: LocalStore, customerId: string): Promise<string[]> {
  return (await store.listTimeline(customerId, { limit: 100 })).items.map((item) => item.feedbackId).sort();
}

describe('a merge or an undo through the API, its process stopped halfway (kill -9)', () => {
  it('is finished when the local server starts again: the merged timeline whole, then each side exactly as before the merge', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stopped-midway-'));
    directories.push(dataDir);
    const first = await start(dataDir);
    for (let i = 0; i < 6; i += 1) {
      await first.processEvent(messageEvent('stopped-midway', `a${i}`, [MAIL], `2026-11-1${i}T01:00:00.000Z`, '快递三天还没到，很失望'));
      await first.processEvent(messageEvent('stopped-midway', `b${i}`, [PHONE], `2026-11-1${i}T02:00:00.000Z`, '退款还没到账，请尽快处理', { verifiedBy: 'sms' }));
    }
    const [a, b] = [(await first.store.getIdentityOwner(MAIL))!, (await first.store.getIdentityOwner(PHONE))!];
    const before = { a: await timelineOf(first.store, a), b: await timelineOf(first.store, b), aCounts: (await first.store.getCustomer(a))!.counts, bCounts: (await first.store.getCustomer(b))!.counts };
    expect([before.a.length, before.b.length]).toEqual([6, 6]);

    // The merge stops after 2 of b's 6 items moved.
    await expect(mergeCustomers(stoppingAfter(first.store, 2), { survivorId: a, absorbedId: b, mergedAt: '2026-11-20T00:00:00.000Z', by: 'key_1', reason: 'same person' })).rejects.toThrow('process stopped');
    await first.stop();
    const second = await start(dataDir);
    expect((await canonical(second.store, b))?.customerId).toBe(a);
    expect(await timelineOf(second.store, a)).toEqual([...before.a, ...before.b].sort());
    expect((await second.store.getCustomer(a))?.pendingMerges).toBeUndefined();
    const [merge] = await second.store.listMerges(a);

    // Its undo stops after 3 of the 6 items went back.
    await expect(undoMerge(stoppingAfter(second.store, 3), { mergeId: merge!.mergeId, at: '2026-11-21T00:00:00.000Z', by: 'key_2' })).rejects.toThrow('process stopped');
    await second.stop();
    const third = await start(dataDir);
    expect(await timelineOf(third.store, a)).toEqual(before.a);
    expect(await timelineOf(third.store, b)).toEqual(before.b);
    const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, count]) => count !== 0));
    expect(nonZero((await third.store.getCustomer(a))!.counts)).toEqual(nonZero(before.aCounts));
    expect(nonZero((await third.store.getCustomer(b))!.counts)).toEqual(nonZero(before.bCounts));
    expect((await third.store.getCustomer(a))?.pendingUndos).toBeUndefined();
    expect(await third.store.customersWithPendingWork({ limit: 10 })).toEqual({ items: [] });
    await third.stop();
  });
});
