import type { Customer, Page } from '../../model.ts';
import { decodeCustomerCursor, encodeCursor, resumeAfter } from '../timeline-keys.ts';
import { hasPendingWork } from '../../identity/merges.ts';
import type { Op } from './store-ops.ts';
import type { LocalState } from './store-state.ts';
import { profileAsRead } from './store-values.ts';

/** What a merge or an undo leaves to do after its atomic step (its items to move), found again and marked done. */

export async function customersWithPendingWork(state: LocalState, query: { limit: number; cursor?: string }): Promise<Page<Customer>> {
  const after = resumeAfter(query.cursor, decodeCustomerCursor);
  const pending = [...state.customers.values()]
    .filter((customer) => hasPendingWork(customer) && (after === undefined || customer.customerId > after))
    .sort((a, b) => (a.customerId < b.customerId ? -1 : 1));
  const items = pending.slice(0, query.limit).map((customer) => profileAsRead(customer)!);
  return state.durable(pending.length > query.limit ? { items, nextCursor: encodeCursor(items.at(-1)!.customerId) } : { items });
}

export async function finishMerge(state: LocalState, survivorId: string, absorbedId: string) {
  if (state.customers.get(survivorId)?.pendingMerges?.includes(absorbedId)) {
    await state.record({ op: 'finishMerge', survivorId, absorbedId });
  } else await state.durable(undefined);
}

export async function finishUndo(state: LocalState, survivorId: string, mergeId: string) {
  if (state.customers.get(survivorId)?.pendingUndos?.includes(mergeId)) await state.record({ op: 'finishUndo', survivorId, mergeId });
  else await state.durable(undefined);
}

export function applyFinishedMerge(state: LocalState, { survivorId, absorbedId }: Extract<Op, { op: 'finishMerge' }>): void {
  const survivor = state.customers.get(survivorId)!;
  survivor.pendingMerges = survivor.pendingMerges?.filter((id) => id !== absorbedId);
  if (survivor.pendingMerges?.length === 0) delete survivor.pendingMerges;
}

export function applyFinishedUndo(state: LocalState, { survivorId, mergeId }: Extract<Op, { op: 'finishUndo' }>): void {
  const survivor = state.customers.get(survivorId)!;
  survivor.pendingUndos = survivor.pendingUndos?.filter((id) => id !== mergeId);
  if (survivor.pendingUndos?.length === 0) delete survivor.pendingUndos;
}
