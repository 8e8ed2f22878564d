import { describe, expect, it } from 'vitest';
import { buildHeadline } from '../../shared/digest/headline.ts';
import { COUNTER } from '../../shared/timeline/counters.ts';

const noUrgent = { open: [], moreOpen: false };

describe('the headline change', () => {
  it('is the same whatever order the store lists the day counters in: of types that moved alike, the first by name', () => {
    // One message tagged with three types: each moved 0 → 1. The local store lists counters in the
    // order they were added, DynamoDB in its own attribute order.
    const types = ['service_attitude', 'delivery', 'product_quality'];
    const counters = (order: string[]) => Object.fromEntries([[COUNTER.messages, 1], ...order.map((type) => [COUNTER.complaint(type), 1])]);
    const headlines = [types, [...types].reverse(), [...types].sort()].map((order) => buildHeadline(counters(order), {}, noUrgent, []).change);
    for (const change of headlines) expect(change).toEqual({ kind: 'complaint', type: 'delivery', current: 1, previous: 0 });
  });

  it('still goes to the type that moved most, then to the one with more items now, before names', () => {
    const current = { [COUNTER.complaint('after_sales')]: 3, [COUNTER.complaint('delivery')]: 5, [COUNTER.complaint('billing')]: 2 };
    const previous = { [COUNTER.complaint('delivery')]: 3 };
    expect(buildHeadline(current, previous, noUrgent, []).change).toEqual({ kind: 'complaint', type: 'after_sales', current: 3, previous: 0 });
    expect(buildHeadline({ [COUNTER.complaint('billing')]: 2, [COUNTER.complaint('delivery')]: 4 }, { [COUNTER.complaint('delivery')]: 2 }, noUrgent, []).change).toEqual({
      kind: 'complaint',
      type: 'delivery',
      current: 4,
      previous: 2,
    });
  });
});
