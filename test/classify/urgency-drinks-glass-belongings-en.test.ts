import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const urgent = (text: string) => classifier.classifySync({ text }).urgent;

it.each([
  // A bug in a drink is in something swallowed, as in food.
  "Dirty glasses and a fly in my beer. Won't be back",
  'There was a fly in my tea.',
  // Belongings taken by someone.
  'Someone took my handbag off the back of my chair while we were eating on the terrace. Wallet, phone, keys, all gone.',
])('%s: urgent', (text) => {
  expect(urgent(text)).toBe(true);
});

it.each([
  // The drinking glass is no glass in the food.
  'Dirty cups, lipstick on my glass and a long hair in my salad. Food is nothing special either.',
  // The bare noun names an allergy someone has, here the reason for a note, and no reaction followed.
  'Asked for no onion (allergy, clearly written in the notes). Burger came loaded with onion. Luckily I checked before biting.',
])('%s: not urgent', (text) => {
  expect(urgent(text)).toBe(false);
});

it('still reads an allergy the meal caused', () => {
  expect(urgent('The sauce gave me an allergy, my face swelled')).toBe(true);
  expect(urgent('Had an allergy attack after the dessert')).toBe(true);
});
