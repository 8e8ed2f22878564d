import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundedTo, toFixedText } from '../../shared/classify/fixed-decimals.ts';

const DIGITS = [0, 1, 2, 3, 4];

/** Values next to a decimal half at each digit count: where rounding the double instead of its exact value goes wrong. */
function nearHalves(): number[] {
  const values: number[] = [];
  for (const digits of DIGITS) {
    for (let k = -500; k <= 500; k++) {
      const half = (k + 0.5) / 10 ** digits;
      values.push(half, nextUp(half), nextDown(half), half * 1e7, (k + 0.5) * 10 ** (6 - digits));
    }
  }
  return values;
}

function nextUp(value: number): number {
  const bits = new Float64Array([value]);
  const words = new BigInt64Array(bits.buffer);
  words[0] = value >= 0 ? words[0]! + 1n : words[0]! - 1n;
  return bits[0]!;
}

function nextDown(value: number): number {
  return -nextUp(-value);
}

describe('toFixed without the call', () => {
  it('writes what toFixed writes, and parses to what its text parses to', () => {
    const special = [0, -0, 1.005, 1.0049999999999999, 0.0005, 0.00049999999999999, 2.5, -2.5, -0.04, -0.05, 0.15, 1e-101, -1e-300, 99999999999.5, 1e11, 1e11 + 0.5, 1e15, 1e21, Number.NaN, Number.POSITIVE_INFINITY, -Number.MAX_VALUE, Number.MIN_VALUE];
    for (const value of [...special, ...nearHalves()]) {
      for (const digits of DIGITS) {
        expect(toFixedText(value, digits), `${value} to ${digits}`).toBe(value.toFixed(digits));
        expect(Object.is(roundedTo(value, digits), Number(value.toFixed(digits))), `${value} to ${digits}`).toBe(true);
      }
    }
  });

  it('agrees with toFixed on arbitrary doubles and on scores of the classifier’s range', () => {
    const check = (value: number, digits: number) => {
      expect(toFixedText(value, digits)).toBe(value.toFixed(digits));
      expect(Object.is(roundedTo(value, digits), Number(value.toFixed(digits)))).toBe(true);
    };
    fc.assert(fc.property(fc.double(), fc.constantFrom(...DIGITS), check), { numRuns: 20000 });
    fc.assert(fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.constantFrom(...DIGITS), check), { numRuns: 20000 });
    fc.assert(fc.property(fc.integer({ min: -2e6, max: 2e6 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...DIGITS), (k, shift, digits) => check((k + 0.5) / 10 ** shift, digits)), { numRuns: 20000 });
  });
});
