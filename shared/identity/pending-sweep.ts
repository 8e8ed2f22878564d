import type { Customer } from '../model.ts';
import type { IdentityStore, PendingWorkStore, TimelineStore } from '../ports.ts';
import { finishPendingWork, hasPendingWork } from './merges.ts';

type Store = IdentityStore & TimelineStore & PendingWorkStore;

const PAGE = 25;

/**
 * Longer than any function that begins a merge or an undo runs (the processor's 30 s, the API's
 * 10 s: infra/feedback-stack.ts): work marked more recently may still be under way in the request
 * that began it, so the scheduled sweep leaves it to that request (finishing it too would be
 * harmless, the work is idempotent, but it would be done twice).
 */
export const WORK_SETTLES_AFTER_MS = 60_000;

export interface SweepOptions {
  /** Work marked at or after this instant is left for now (none is, without it). */
  markedBefore?: string;
  /** Whether another customer's work can be started (a Lambda's remaining time); always, without it. */
  hasTimeLeft?: () => boolean;
}

export interface SweepOutcome {
  /** Customers whose work under way was finished. */
  finished: string[];
  /** Customers left because their work was marked after `markedBefore`. */
  recent: string[];
  /** Customers whose work could not be finished now: the next sweep tries again. */
  failed: { customerId: string; error: unknown }[];
  /**
   * Customers whose work is still marked after the sweep though nothing failed: it waits on work
   * that passes finishing others did not settle (the next sweep, or the survivor's next touch, goes on).
   */
  unfinished: string[];
  /** Whether it stopped for time with customers still listed: the next sweep goes on with them. */
  stoppedForTime: boolean;
}

/**
 * Passes over the listing at most: a merge into a customer waits on the merges into the customer
 * it absorbs ("c ← b" cannot finish while "b ← a" still has items on a), and the listing's order
 * (by id) need not be the chain's, so what one pass leaves is taken again while passes make progress.
 */
const MAX_PASSES = 8;

/**
 * Finishes the merges and undos requests cut short left under way (an API Lambda timed out in a
 * large merge, a process killed, a store failure), as the survivor's next message or a repeated
 * request would (finishPendingWork): run by the local server when it starts, and in AWS on a
 * schedule (functions/sweep.ts), so a survivor nothing touches again does not keep its merge half
 * done for good. Finishing what someone else finished meanwhile changes nothing. A customer counts
 * as finished only when its profile, read again, holds no work under way.
 */
export async function sweepPendingWork(store: Store, options: SweepOptions = {}): Promise<SweepOutcome> {
  const finished = new Set<string>();
  let pass: SweepOutcome = { finished: [], recent: [], failed: [], unfinished: [], stoppedForTime: false };
  for (let passes = 0; passes < MAX_PASSES; passes++) {
    pass = await sweepOnce(store, options);
    for (const customerId of pass.finished) finished.add(customerId);
    if (!pass.unfinished.length || !pass.finished.length || pass.stoppedForTime) break;
  }
  for (const customerId of [...pass.unfinished, ...pass.failed.map(({ customerId }) => customerId)]) finished.delete(customerId);
  return { ...pass, finished: [...finished].sort() };
}

async function sweepOnce(store: Store, options: SweepOptions): Promise<SweepOutcome> {
  const outcome: SweepOutcome = { finished: [], recent: [], failed: [], unfinished: [], stoppedForTime: false };
  let cursor: string | undefined;
  do {
    const page = await store.customersWithPendingWork({ limit: PAGE, cursor });
    for (const customer of page.items) {
      if (options.hasTimeLeft && !options.hasTimeLeft()) return { ...outcome, stoppedForTime: true };
      if (options.markedBefore && (await markedSince(store, customer, options.markedBefore))) {
        outcome.recent.push(customer.customerId);
        continue;
      }
      try {
        await finishPendingWork(store, customer);
        const after = await store.getCustomer(customer.customerId);
        (after && hasPendingWork(after) ? outcome.unfinished : outcome.finished).push(customer.customerId);
      } catch (error) {
        outcome.failed.push({ customerId: customer.customerId, error });
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
  return outcome;
}

/** Whether any of the customer's work under way was marked at or after `instant`: a merge's time, an undo's. */
async function markedSince(store: Store, customer: Customer, instant: string): Promise<boolean> {
  const merges = await store.listMerges(customer.customerId);
  const marked = [
    ...merges.filter((merge) => merge.survivorId === customer.customerId && !merge.undoneAt && customer.pendingMerges?.includes(merge.absorbedId)).map((merge) => merge.mergedAt),
    ...merges.filter((merge) => customer.pendingUndos?.includes(merge.mergeId)).map((merge) => merge.undoneAt ?? ''),
  ];
  return marked.some((at) => at >= instant);
}
