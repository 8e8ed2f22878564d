import { describe, expect, it } from 'vitest';
import type { Clock, SignatureUseLedger } from '../../../shared/ports.ts';

/** A clock the test moves; the ledger reads it for expiry. */
function movableClock(at: string) {
  let now = new Date(at);
  const clock: Clock = { now: () => now };
  return { clock, advanceSeconds: (seconds: number) => (now = new Date(now.getTime() + seconds * 1000)) };
}

const seconds = (at: string) => Date.parse(at) / 1000;

export function signatureLedgerContract(name: string, makeLedger: (clock: Clock) => Promise<SignatureUseLedger>) {
  describe(`SignatureUseLedger contract: ${name}`, () => {
    const start = '2026-11-30T12:00:00.000Z';

    it('lets the first value through, the same value again, and refuses another', async () => {
      const { clock } = movableClock(start);
      const ledger = await makeLedger(clock);
      const expiresAt = seconds(start) + 360;
      expect(await ledger.record('wechat:1764504000:4242', 'body-a', expiresAt)).toBe('first');
      expect(await ledger.record('wechat:1764504000:4242', 'body-a', expiresAt)).toBe('same');
      expect(await ledger.record('wechat:1764504000:4242', 'body-b', expiresAt)).toBe('different');
      // The loser changed nothing: the first value still stands.
      expect(await ledger.record('wechat:1764504000:4242', 'body-a', expiresAt)).toBe('same');
      expect(await ledger.record('wechat:1764504000:4343', 'body-b', expiresAt)).toBe('first');
    });

    it('gives exactly one of many concurrent writers of one key `first`, and the rest the answer for their value', async () => {
      const { clock } = movableClock(start);
      const ledger = await makeLedger(clock);
      const values = Array.from({ length: 12 }, (_, i) => `value-${i % 3}`);
      const outcomes = await Promise.all(values.map((value) => ledger.record('email-signature:abc', value, seconds(start) + 360)));
      expect(outcomes.filter((o) => o === 'first')).toHaveLength(1);
      const winner = values[outcomes.indexOf('first')];
      values.forEach((value, i) => {
        if (outcomes[i] !== 'first') expect(outcomes[i]).toBe(value === winner ? 'same' : 'different');
      });
    });

    it('forgets an entry once it has expired, whether or not it was deleted yet', async () => {
      const { clock, advanceSeconds } = movableClock(start);
      const ledger = await makeLedger(clock);
      expect(await ledger.record('wechat:1764504000:1', 'body-a', seconds(start) + 60)).toBe('first');
      advanceSeconds(59);
      expect(await ledger.record('wechat:1764504000:1', 'body-b', seconds(start) + 60)).toBe('different');
      advanceSeconds(2);
      expect(await ledger.record('wechat:1764504000:1', 'body-b', seconds(start) + 400)).toBe('first');
      expect(await ledger.record('wechat:1764504000:1', 'body-a', seconds(start) + 400)).toBe('different');
    });
  });
}
