import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DurableSignatureLedger } from '../../shared/adapters/local/durable-signature-ledger.ts';

const at = (seconds: number) => ({ now: () => new Date(seconds * 1000) });

describe('DurableSignatureLedger', () => {
  it('remembers first uses across a reopen of its directory until they expire, and keeps only live ones', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'signature-uses-'));
    const before = new DurableSignatureLedger(directory, at(1_000));
    expect(await before.record('feedback-signature:a', 'false', 1_360)).toBe('first');
    expect(await before.record('wechat:1000:n', 'body', 1_060)).toBe('first');

    const afterRestart = new DurableSignatureLedger(directory, at(1_100));
    expect(await afterRestart.record('feedback-signature:a', 'true', 1_360)).toBe('different');
    expect(await afterRestart.record('feedback-signature:a', 'false', 1_360)).toBe('same');
    // Expired before the restart: forgotten, and not carried into the new snapshot.
    expect(await afterRestart.record('wechat:1000:n', 'another body', 1_160)).toBe('first');

    const later = new DurableSignatureLedger(directory, at(1_400));
    expect(await later.record('feedback-signature:a', 'true', 1_760)).toBe('first');
    expect(JSON.parse(readFileSync(join(directory, 'signature-uses.snapshot.json'), 'utf8'))).toEqual([]);
  });
});
