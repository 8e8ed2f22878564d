import { expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

// Tried by hand on idioms of comparison the lexicon read word by word.
it.each(['没有比这更好的了', '一点都不输大酒店', '不比五星级差', '房间不比别家差，价格还便宜', '这家店再好不过了'])('%s: no worse than, or nothing better — praise', (text) => {
  expect(verdict(text).sentiment).toBe('positive');
});

it.each(['不过如此', '味道也不过如此', '没有比这更差的酒店了', '这家不比以前了，差了很多'])('%s: no more than that, or nothing worse — a letdown', (text) => {
  expect(verdict(text).sentiment).toBe('negative');
});
