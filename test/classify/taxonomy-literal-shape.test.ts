import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync(new URL('../../shared/classify/default-taxonomy.ts', import.meta.url), 'utf8').split('\n');

/**
 * V8 builds an object literal that sets a property before a spread, then adds hundreds after it, one slow define at a time:
 * session 44 put a line of phrases above `...deniedVirtues(…)` in three types and the taxonomy's module init went from
 * 20 ms to 115 ms (every Lambda's cold start that classifies). With the spreads first it stays 20 ms.
 */
describe('the default taxonomy keeps its phrase lists fast to build', () => {
  it('opens every keywords and topics list with its spreads, before any phrase', () => {
    const late: string[] = [];
    let inList = false;
    let sawPhrase = false;
    SOURCE.forEach((line, index) => {
      const text = line.trim();
      if (/^(?:keywords|topics): \{$/.test(text)) {
        inList = true;
        sawPhrase = false;
        return;
      }
      if (!inList) return;
      if (text === '},' || text === '}') inList = false;
      else if (text.startsWith('...')) {
        if (sawPhrase) late.push(`line ${index + 1}: ${text.slice(0, 40)}`);
      } else if (text !== '' && !text.startsWith('//')) sawPhrase = true;
    });
    expect(late).toEqual([]);
  });
});
