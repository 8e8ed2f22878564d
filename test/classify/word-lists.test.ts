import { describe, expect, it } from 'vitest';
import { WordLists } from '../../shared/classify/word-lists.ts';

describe('WordLists', () => {
  const gas = ['煤气', '燃气', '天然气'];
  const sharp = ['针', '刀片'];
  const lists = new WordLists([gas, sharp]);

  it('tells which lists the text last read holds a word of, each word read whole', () => {
    expect(lists.read('房间里一股天然气的味道').holds(gas)).toBe(true);
    expect(lists.read('房间里一股天然的味道').holds(gas)).toBe(false);
    expect(lists.read('床垫里有根针').holds(sharp)).toBe(true);
    expect(lists.holds(gas)).toBe(false);
  });

  it('answers only for the lists it was built with', () => {
    expect(() => lists.read('针').holds(['针'])).toThrow();
  });
});
