import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishFeatures } from '../../shared/classify/en-features.ts';
import { knownFeatures } from '../../shared/classify/en-model.ts';
import { englishModel } from '../../shared/classify/en-model-loader.ts';

/** The features as regular expressions read them: sentences split at punctuation or a spaced dash, words matched in each, an opening quote as a token, numbers of two or more digits by their length unless beside a slash (a rating). */
function byRegularExpressions(text: string): string[] {
  const features = new Set<string>();
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'").replace(/(^|[^a-z0-9])['"“](?=[a-z0-9])/g, '$1\u0001');
  for (const sentence of lower.split(/[.!?;:,()\n\r\t"“”]+|\s[-–—]\s/)) {
    let negatedFor = 0;
    let previous: string | undefined;
    for (const match of sentence.matchAll(/[a-z0-9]+(?:'[a-z]+)?|\u0001/g)) {
      if (match[0] === '\u0001') {
        features.add('"');
        if (previous !== undefined) features.add(`${previous} "`);
        previous = '"';
        continue;
      }
      const rating = sentence[match.index - 1] === '/' || sentence[match.index + match[0].length] === '/';
      const word = rating ? match[0] : match[0].replace(/[0-9]{2,}/g, (digits) => '#'.repeat(digits.length));
      const token = negatedFor > 0 ? `!${word}` : word;
      features.add(token);
      if (previous !== undefined) features.add(`${previous} ${token}`);
      previous = token;
      const negates = ['not', 'no', 'never', 'nothing', 'nobody', 'none', 'without', 'hardly', 'barely', 'cannot', 'nor'].includes(word) || word.endsWith("n't");
      if (negates) negatedFor = 3;
      else if (negatedFor > 0) negatedFor -= 1;
    }
  }
  return [...features];
}

describe('English word features', () => {
  it('marks words after a negator, pairs neighbours, and breaks at punctuation and spaced dashes', () => {
    expect([...englishFeatures("The room wasn't clean - never again. Staff: rude")]).toEqual([
      'the', 'room', 'the room', "wasn't", "room wasn't", '!clean', "wasn't !clean", 'never', '!again', 'never !again', 'staff', 'rude',
    ]);
  });

  it('reads a quote opening before a word as a token, beside the word before it', () => {
    expect([...englishFeatures("a 'free' shuttle, he said “not my problem”")]).toEqual([
      'a', '"', 'a "', 'free', '" free', 'shuttle', 'free shuttle', 'he', 'said', 'he said', 'said "', 'not', '" not', '!my', 'not !my', '!problem', '!my !problem',
    ]);
    expect([...englishFeatures("it's the guests' room")]).toEqual(["it's", 'the', "it's the", 'guests', 'the guests', 'room', 'guests room']);
  });

  it('reads numbers of two or more digits by their length, single digits and ratings as they are', () => {
    expect([...englishFeatures('Waited 45 minutes, paid $189 for 1 star')]).toEqual([
      'waited', '##', 'waited ##', 'minutes', '## minutes', 'paid', '###', 'paid ###', 'for', '### for', '1', 'for 1', 'star', '1 star',
    ]);
    expect([...englishFeatures('5pm or 12pm, 2024')]).toEqual(['5pm', 'or', '5pm or', '##pm', 'or ##pm', '####']);
    expect([...englishFeatures('10/10, 100% and 20 mins')]).toEqual(['10', '10 10', '###', 'and', '### and', '##', 'and ##', 'mins', '## mins']);
  });

  it('reads text as the regular expressions do, in the same order', () => {
    const samples = [
      '', 'Late!!', "didn't arrive — cold food", 'a - - b', 'a\t-\tb', 'x\u00a0–\u3000y', "rock'n'roll 4'5 it's ok'", 'İstanbul ÇOK iyi', "don’t ‘quote’ `tick`",
      'not bad, not good; not (at) all "fine" “ok” done', '10/10 2/10 20/30 /45 99/ 100 "12" \'30', '123abc def45 no', 'A  -  B', ' - start', 'end - ', '-', '\ud83d\ude21 terrible',
    ];
    for (const text of samples) expect([...englishFeatures(text)], text).toEqual(byRegularExpressions(text));
    const alphabet = fc.constantFrom(...'ab zN0\'’‘`.!?;:,()"“”\t\r\n-–—\u00a0\u2009\u3000\ufeffİé'.split(''), 'not ', "n't ", 'never ', 'no ', ' - ', 'hardly ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect([...englishFeatures(text)]).toEqual(byRegularExpressions(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('finds the features the model knows, in their order, as looking each feature up would', () => {
    const model = englishModel();
    const lookedUp = (text: string) => [...englishFeatures(text)].filter((feature) => model.rows.has(feature));
    const texts = ['The food was not good at all, never again. Great staff though!', "I didn't like the room - it wasn't clean; not clean, NOT clean.", 'late late late delivery', ''];
    for (const text of texts) {
      const known = knownFeatures(model, text);
      expect(known.features, text).toEqual(lookedUp(text));
      expect(known.rows).toEqual(known.features.map((feature) => model.rows.get(feature)));
    }
    expect(knownFeatures(model, texts[0]!).features.length).toBeGreaterThan(5);
    const words = fc.constantFrom(...[...model.rows.keys()].filter((feature) => !feature.includes(' ')).slice(0, 300).map((feature) => feature.replace(/^!/, 'not ')), '.', ',', ' - ', 'never', 'zzz');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        expect(knownFeatures(model, text).features).toEqual(lookedUp(text));
      }),
      { numRuns: 3000 },
    );
  });
});
