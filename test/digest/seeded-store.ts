import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import type { FeedbackRecord } from '../../shared/model.ts';
import type { Clock, Store } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { seedMonthEvents, type SeedOptions } from './seed-month.ts';

export const TIME_ZONE = 'Asia/Shanghai';
export const LAST_DAY = '2026-11-22';
/** The morning after the seeded month, in Shanghai. */
export const clock: Clock = { now: () => new Date('2026-11-23T00:30:00Z') };

/** A LocalStore filled the way production fills it: every event through the processor. */
export async function seededStore(options: Partial<SeedOptions> = {}): Promise<{ store: LocalStore; records: FeedbackRecord[] }> {
  const store = new LocalStore();
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock, timeZone: TIME_ZONE });
  const events = seedMonthEvents({ lastDay: LAST_DAY, ...options });
  for (const event of events) await processEvent(event);
  const records = await Promise.all(events.map((event) => store.getFeedback(event.feedbackId)));
  return { store, records: records.filter((record): record is FeedbackRecord => record !== undefined) };
}

/** Wraps a store to count every read the digest makes and the item limits it asks for. */
export function countingStore(store: Store): { store: Store; reads: Map<string, number>; limits: number[] } {
  const reads = new Map<string, number>();
  const limits: number[] = [];
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        reads.set(String(property), (reads.get(String(property)) ?? 0) + 1);
        const limit = args.find((arg, index) => index > 0 && typeof arg === 'number');
        if (typeof limit === 'number') limits.push(limit);
        return value.apply(target, args);
      };
    },
  });
  return { store: counted, reads, limits };
}
