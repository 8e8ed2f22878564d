import { describe, expect, it } from 'vitest';
import { tightTimeouts } from './timeout-margins.ts';

describe('the timeout-margin report', () => {
  it('names the tests that used more than a third of their timeout, the tightest first', () => {
    const tight = tightTimeouts([
      { name: 'quick', durationMs: 900, timeoutMs: 30_000 },
      { name: 'differential', durationMs: 111_000, timeoutMs: 120_000 },
      { name: 'just under', durationMs: 10_000, timeoutMs: 30_000 },
      { name: 'cut short', durationMs: 643_000, timeoutMs: 900_000 },
      { name: 'no timeout', durationMs: 5_000, timeoutMs: 0 },
    ]);
    expect(tight.map((test) => test.name)).toEqual(['differential', 'cut short']);
  });
});
