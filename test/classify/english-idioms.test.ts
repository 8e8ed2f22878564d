import { expect, it } from 'vitest';
import { englishIdioms, idiomsWithin } from '../../shared/classify/en-idioms.ts';
import { verdict } from '../support/verdict.ts';

// Common English verdict idioms of reviews, written by hand as a battery; 11 of its 54 items read the wrong way round before
// en-idioms.ts (to die for, second to none, can't recommend … enough, left a lot to be desired, don't bother, subpar …).
it.each([
  'Couldn\'t be happier with the stay', 'Can\'t fault the staff', 'Can\'t recommend this place enough', 'Nothing to complain about',
  'Would stay again in a heartbeat', 'Hit the spot', 'Worth every penny', 'Spotless room', 'Went above and beyond', 'Food was to die for',
  'No complaints at all', 'Top notch service', 'Exceeded our expectations', 'A hidden gem', 'Five stars', 'Not bad at all',
  'Not too shabby', 'Second to none', 'Delivery was lightning fast', 'The rider was super polite', 'Portions were generous',
  'Could not have asked for more', 'Bed was comfy', 'Quiet and peaceful', 'Great value for money', 'Will definitely be back',
  'Highly recommended', 'The breakfast was superb',
])('%s → positive', (text) => {
  expect(verdict(text).sentiment).toBe('positive');
});

it.each([
  'Can\'t recommend this place', 'Nothing to write home about', 'Would not stay again', 'Missed the mark', 'Not worth the money',
  'A total rip-off', 'The room was filthy', 'Staff couldn\'t care less', 'Food was inedible', 'Complaints fell on deaf ears',
  'Service was subpar', 'Fell short of expectations', 'Avoid at all costs', 'One star is too many', 'Not great',
  'Left a lot to be desired', 'Second rate', 'Took forever to arrive', 'The driver was rude', 'Could have been better',
  'Bed was rock hard', 'Paper thin walls', 'Overpriced for what you get', 'Never again', 'Don\'t bother', 'The breakfast was a joke',
])('%s → negative', (text) => {
  expect(verdict(text).sentiment).toBe('negative');
});

// A second battery, of short whole-review verdicts: 13 of its 42 items read the wrong way round before (couldn't do enough
// for us, nothing was too much trouble, would give six stars, a steal, money well spent, can't wait to come back, thumbs up …).
it.each([
  'The staff couldn\'t do enough for us', 'Nothing was too much trouble', 'Would give six stars if I could', 'Food arrived piping hot',
  'The rider went out of his way to find us', 'Not a single complaint', 'Best pho in town, no contest', 'Absolutely loved it',
  'Clean as a whistle', 'It was a steal', 'Money well spent', 'Gets better every time', 'The room was immaculate',
  'Can\'t wait to come back', 'Made our day', 'Quick and painless check-in', 'Hassle free', 'A real treat', 'Pleasantly surprised',
  'Happy with the order', 'Thumbs up',
])('%s → positive', (text) => {
  expect(verdict(text).sentiment).toBe('positive');
});

it.each([
  'The staff couldn\'t care less', 'Nothing was done about it', 'Would give zero stars if I could', 'Food arrived stone cold',
  'The rider couldn\'t find us and gave up', 'Worst pho in town, no contest', 'Absolutely hated it', 'Dirty as hell', 'Daylight robbery',
  'Money down the drain', 'Gets worse every time', 'The room was disgusting', 'Can\'t wait to leave', 'Ruined our evening',
  'What a hassle', 'Sorely disappointed', 'Unhappy with the order', 'Thumbs down',
])('%s → negative', (text) => {
  expect(verdict(text).sentiment).toBe('negative');
});

// Still read wrong: a nightmare or a letdown weighed as a whole review would weigh it in satisfied ones ("great stay but
// parking is a nightmare"), and a denial of everything going right.
it.fails.each(['Not a single thing went right', 'Check-in was a nightmare', 'A real letdown'])('%s → negative (not yet)', (text) => {
  expect(verdict(text).sentiment).toBe('negative');
});

it('blanks an idiom in place, keeping every other character where it was', () => {
  const text = 'The curry was TO DIE FOR, but the naan was subpar.';
  const found = englishIdioms(text);
  expect(found.text).toBe('The curry was           , but the naan was       .');
  expect(idiomsWithin(text, found.idioms, 0, text.length)).toEqual({ score: 2, found: ['to die for(+4)', 'subpar(-2)'] });
  expect(idiomsWithin(text, found.idioms, text.indexOf('but'), text.length)).toEqual({ score: -2, found: ['subpar(-2)'] });
});
