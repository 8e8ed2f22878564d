import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { verdict } from '../support/verdict.ts';

// Mandarin as written in the north-east and the south-west: 莫得 (none), 贼横 (very rude), 磨叽 (dawdling), 恼火
// (troublesome, bad), 埋汰 (dirty) were unknown words, and each of these read as praise or as no complaint.
// Written for this test.
it.each([
  ['等了半天都莫得人理', 'negative', 'responsiveness'],
  ['老板贼横', 'negative', 'service_attitude'],
  ['服务员老磨叽了，结个账等十分钟', 'negative', 'responsiveness'],
])('%s → %s, %s', (text, sentiment, type) => {
  const read = verdict(text);
  expect(read.sentiment).toBe(sentiment);
  expect(read.types).toContain(type);
});

it.each(['味道恼火得很', '房间埋汰得很'])('%s → negative', (text) => {
  expect(verdict(text).sentiment).toBe('negative');
});

it('keeps 莫得说 (nothing to fault) praise', () => {
  expect(verdict('房间、早餐、服务都莫得说的').sentiment).toBe('positive');
});

it('names the regional words it read in standard Chinese in its explanations', () => {
  expect(createLocalClassifier().classifySync({ text: '等了半天都莫得人理' }).explanations[0]).toBe('language zh (simplified); read as: 莫得人 → 没人');
});
