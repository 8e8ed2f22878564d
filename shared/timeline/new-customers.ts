import type { Customer, MergeRecord } from '../model.ts';

/**
 * A customer counts as new once, on the reporting day of its earliest message (`newOnDay`), whatever
 * order its messages are processed in (an import out of order, late mail, a dead letter redriven)
 * and whichever side of a merge survives. Every rule that moves the count is here, so both stores
 * (and DynamoDB's stream aggregator) move it the same way.
 */

/** What a commit does to the count: counts the customer new on the message's day, and from which day it takes it. */
export interface NewCustomerOnCommit {
  newOnDay: string;
  /** The day it counted as new on before a message of an earlier day came: that day loses one. */
  newCountMovedFrom?: string;
}

/**
 * The first message counts its customer new on its day; a message of an earlier day than the one
 * it counts on moves the count there. Decided against the profile the commit is guarded on.
 */
export function newCustomerOnCommit(current: Pick<Customer, 'counts' | 'newOnDay'>, day: string): NewCustomerOnCommit | undefined {
  if ((current.counts.total ?? 0) === 0) return { newOnDay: day };
  // A profile from before newOnDay was kept: where it was counted is not known, so it is left there.
  if (current.newOnDay !== undefined && day < current.newOnDay) return { newOnDay: day, newCountMovedFrom: current.newOnDay };
  return undefined;
}

/** The new-customer counter's change per reporting day (no zeros). */
export type NewCountChange = Record<string, number>;

/** What a merge records of the two days: the person counts once, on the earlier. */
export function newCountAtMerge(survivor: Pick<Customer, 'newOnDay'>, absorbed: Pick<Customer, 'newOnDay'>): Pick<MergeRecord, 'absorbedNewOnDay' | 'survivorNewOnDay' | 'mergedNewOnDay'> {
  const days = [survivor.newOnDay, absorbed.newOnDay].filter((day) => day !== undefined).sort();
  return {
    ...(absorbed.newOnDay ? { absorbedNewOnDay: absorbed.newOnDay } : {}),
    ...(survivor.newOnDay ? { survivorNewOnDay: survivor.newOnDay } : {}),
    ...(days.length ? { mergedNewOnDay: days[0] } : {}),
  };
}

/**
 * What the merge takes off and the survivor's day after it. A merge recorded before `mergedNewOnDay`
 * took the absorbed customer off its own day and left the survivor's as it was.
 */
export function newCountOfMerge(merge: MergeRecord): { change: NewCountChange; survivorNewOnDay?: string } {
  if (merge.mergedNewOnDay === undefined) return { change: merge.absorbedNewOnDay ? { [merge.absorbedNewOnDay]: -1 } : {} };
  const later = merge.survivorNewOnDay && merge.absorbedNewOnDay && (merge.survivorNewOnDay > merge.absorbedNewOnDay ? merge.survivorNewOnDay : merge.absorbedNewOnDay);
  return { change: later ? { [later]: -1 } : {}, survivorNewOnDay: merge.mergedNewOnDay };
}

/**
 * What the undo gives back: the person counted on the survivor's day now (a message of an earlier
 * day may have moved it while merged) becomes the two customers again, each on its own day as
 * the merge found it; the undo's derivation then moves each to its own messages' earliest day
 * (newCountMoved). `survivorNewOnDay` is the survivor's day after it (absent: none).
 */
export function newCountOfUndo(merge: MergeRecord, survivorNow: Pick<Customer, 'newOnDay'>): { change: NewCountChange; survivorNewOnDay?: string } {
  if (merge.mergedNewOnDay === undefined) return { change: merge.absorbedNewOnDay ? { [merge.absorbedNewOnDay]: 1 } : {}, ...(survivorNow.newOnDay ? { survivorNewOnDay: survivorNow.newOnDay } : {}) };
  const change: NewCountChange = {};
  if (survivorNow.newOnDay) add(change, survivorNow.newOnDay, -1);
  if (merge.survivorNewOnDay) add(change, merge.survivorNewOnDay, 1);
  if (merge.absorbedNewOnDay) add(change, merge.absorbedNewOnDay, 1);
  return { change, ...(merge.survivorNewOnDay ? { survivorNewOnDay: merge.survivorNewOnDay } : {}) };
}

/** The count moved from the day it is on to the day of the customer's earliest message, when they differ. */
export function newCountMoved(current: Pick<Customer, 'newOnDay'>, earliestDay: string | undefined): NewCountChange {
  if (!current.newOnDay || !earliestDay || current.newOnDay === earliestDay) return {};
  return { [current.newOnDay]: -1, [earliestDay]: 1 };
}

function add(change: NewCountChange, day: string, delta: number): void {
  const total = (change[day] ?? 0) + delta;
  if (total === 0) delete change[day];
  else change[day] = total;
}
