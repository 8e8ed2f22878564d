import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedKeys } from '../../shared/adapters/local/sorted-keys.ts';

const key = fc.stringMatching(/^[a-e]{1,3}$/);
const change = fc.record({ add: fc.boolean(), key });

/** What one sorted array of unique keys answers: the keys in order, and every kind of page. */
function reference(changes: { add: boolean; key: string }[]) {
  const keys = new Set<string>();
  for (const { add, key: k } of changes) {
    if (add) keys.add(k);
    else keys.delete(k);
  }
  return [...keys].sort();
}

function built(changes: { add: boolean; key: string }[], blockSize: number): SortedKeys {
  const sorted = new SortedKeys(blockSize);
  for (const { add, key: k } of changes) {
    if (add) sorted.add(k);
    else sorted.delete(k);
  }
  return sorted;
}

describe('SortedKeys', () => {
  it('any order of adds and deletes gives the same sorted keys and the same pages as one sorted array', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 200 }), fc.integer({ min: 1, max: 4 }), key, key, fc.integer({ min: 0, max: 30 }), (changes, blockSize, a, b, limit) => {
        const expected = reference(changes);
        const sorted = built(changes, blockSize);
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(sorted.toArray()).toEqual(expected);
        expect(sorted.size).toBe(expected.length);
        expect(sorted.descending(limit)).toEqual(expected.toReversed().slice(0, limit));
        expect(sorted.descending(limit, high)).toEqual(expected.filter((k) => k < high).toReversed().slice(0, limit));
        expect(sorted.descending(limit, high, low)).toEqual(expected.filter((k) => k < high && k >= low).toReversed().slice(0, limit));
        expect(sorted.ascending(limit, low, high)).toEqual(expected.filter((k) => k >= low && k < high).slice(0, limit));
        expect([...sorted.walkDescending(high)]).toEqual(expected.filter((k) => k < high).toReversed());
        expect([...sorted.walkDescending()]).toEqual(expected.toReversed());
      }),
      { numRuns: 500 },
    );
  });

  it('loading keys out of order moves a bounded number of keys per add, not the whole set (it was quadratic at a restart)', () => {
    const count = 20_000;
    const keys = Array.from({ length: count }, (_, i) => `2026-01-01T00:00:00.000Z#${String(count - i).padStart(6, '0')}`);
    const sorted = new SortedKeys(512);
    // Every key the adds shift along inside an array, counted as splice sees it.
    let moved = 0;
    const { splice } = Array.prototype;
    Array.prototype.splice = function (this: unknown[], start: number, ...rest: unknown[]) {
      moved += Math.max(0, this.length - start);
      return (splice as (...args: unknown[]) => unknown[]).apply(this, [start, ...rest]);
    } as typeof splice;
    try {
      for (const k of keys) sorted.add(k);
    } finally {
      Array.prototype.splice = splice;
    }
    expect(sorted.toArray()).toEqual(keys.toReversed());
    // One sorted array moved every key already there: count² / 2, 200 million here.
    expect(moved).toBeLessThan(count * 2 * 512);
  });
});
