import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../shared/config.ts';
import { createLocalRuntime, type LocalRuntime } from '../../shared/runtime/local.ts';
import { sampleEvent } from '../adapters/queue.contract.ts';

let runtime: LocalRuntime | undefined;
afterEach(async () => {
  await runtime?.stop();
  runtime = undefined;
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe('the local batch path (Powertools partial batch response, as in Lambda)', () => {
  it("processes a batch's records concurrently and sends only the failed one back for redelivery, then to the dead letters", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'batch-'));
    // One consumer, so all six messages arrive as one batch.
    runtime = createLocalRuntime(loadConfig({ DATA_DIR: dataDir, FEEDBACK_API_KEYS: 'batch-key', LOG_LEVEL: 'SILENT' }), {
      queue: { concurrency: 1, visibilityTimeoutMs: 300, maxReceiveCount: 2 },
    });
    const events = Array.from({ length: 6 }, (_, i) => sampleEvent({ identities: [`email:batch${i}@example.com`] }));
    const failing = events[2]!.feedbackId;
    const store = runtime.store;
    const lookUp = store.getFeedback.bind(store);
    const isKnown = store.isKnownFeedback.bind(store);
    const deliveries = new Map<string, number>();
    let inFlight = 0;
    let mostInFlight = 0;
    // The processor's first step for every message; slowed down so overlapping records show.
    store.isKnownFeedback = async (feedbackId) => {
      deliveries.set(feedbackId, (deliveries.get(feedbackId) ?? 0) + 1);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        await sleep(50);
        if (feedbackId === failing) throw new Error('this record fails');
        return await isKnown(feedbackId);
      } finally {
        inFlight -= 1;
      }
    };

    await runtime.queue.send(events);
    runtime.startProcessing();
    await until(() => runtime!.queue.deadLetters().length === 1 && runtime!.queue.depth === 0);

    expect(mostInFlight).toBe(events.length);
    expect(runtime.queue.deadLetters().map((m) => JSON.parse(m.body).feedbackId)).toEqual([failing]);
    expect(Object.fromEntries(deliveries)).toEqual(Object.fromEntries(events.map((e) => [e.feedbackId, e.feedbackId === failing ? 2 : 1])));
    for (const event of events) expect((await lookUp(event.feedbackId))?.feedbackId).toBe(event.feedbackId === failing ? undefined : event.feedbackId);
  });
});

describe('the local batch path under concurrent records of the same people', () => {
  it('counts every event once and keeps one customer per person when their verified messages arrive in parallel batches', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'batch-'));
    runtime = createLocalRuntime(loadConfig({ DATA_DIR: dataDir, FEEDBACK_API_KEYS: 'batch-key', LOG_LEVEL: 'SILENT' }), { queue: { visibilityTimeoutMs: 500 } });
    const people = Array.from({ length: 6 }, (_, p) => ({ email: `email:person${p}@example.com`, phone: `phone:+86138001380${String(p).padStart(2, '0')}` }));
    const perPerson = 15;
    // Each person writes by email, by SMS and with both at once, all verified, so their first
    // messages race to create customers that later ones must merge.
    const events = people.flatMap(({ email, phone }) =>
      Array.from({ length: perPerson }, (_, i) => {
        const identities = [[email], [phone], [email, phone]][i % 3]!;
        return sampleEvent({ channel: 'sms', source: 'twilio', identities, verifiedIdentities: identities, receivedAt: `2026-11-25T08:${String(i).padStart(2, '0')}:00.000Z` });
      }),
    );
    await runtime.queue.send(events);
    runtime.startProcessing();
    await until(() => runtime!.queue.depth === 0, 30_000);

    expect(runtime.queue.deadLetters()).toEqual([]);
    for (const { email, phone } of people) {
      const owner = await runtime.store.getIdentityOwner(email);
      expect(await runtime.store.getIdentityOwner(phone)).toBe(owner);
      const customer = (await runtime.store.getCustomer(owner!))!;
      expect(customer.mergedInto).toBeUndefined();
      expect(customer.counts.total).toBe(perPerson);
      expect((await runtime.store.listTimeline(customer.customerId, { limit: 100 })).items).toHaveLength(perPerson);
    }
  });
});
