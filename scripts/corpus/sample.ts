/**
 * Draws the reviews to label from ../shared/data/sentiment (seeded, so the draw is reproducible):
 * every category, negative and positive, reviews of at least 8 characters. Writes work files with
 * text for the labellers; the committed corpus keeps only each review's key (corpus/README.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReviews } from '../sentiment-training/dataset.ts';
import { seededRandom, shuffleInPlace } from '../seeded-random.ts';

/**
 * Round 1 drew 215 negative and 140 positive reviews per category. A later round draws larger counts
 * from the same seeded order and keeps only reviews not labelled yet, so each round extends the last.
 */
const [outDir = '/work/labelling', perCategoryNegative = '215', perCategoryPositive = '140', round = '1'] = process.argv.slice(2);
const random = seededRandom(20261130);
const reviews = loadReviews().filter((review) => [...review.text].length >= 8);
const byCategory = new Map<string, typeof reviews>();
for (const review of reviews) byCategory.set(review.category, [...(byCategory.get(review.category) ?? []), review]);

function draw<T>(items: T[], count: number): T[] {
  return shuffleInPlace([...items], random).slice(0, count);
}

const sample = [...byCategory.entries()].flatMap(([, items]) => [
  ...draw(items.filter((review) => !review.positive), Number(perCategoryNegative)),
  ...draw(items.filter((review) => review.positive), Number(perCategoryPositive)),
]);
const shuffled = draw(sample, sample.length).map((review) => ({
  key: review.key,
  category: review.category,
  label: review.positive ? 'positive' : 'negative',
  text: review.text,
}));
mkdirSync(outDir, { recursive: true });
const writeRows = (file: string, rows: typeof shuffled) => writeFileSync(join(outDir, file), rows.map((row) => JSON.stringify(row)).join('\n') + '\n');

if (round !== '1') {
  const labelled = new Set(
    readFileSync(new URL('../../corpus/shopping-labels.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { key: string }).key),
  );
  const fresh = shuffled.filter((row) => !labelled.has(row.key));
  const half = Math.ceil(fresh.length / 2);
  writeRows(`round${round}-batch-1.jsonl`, fresh.slice(0, half));
  writeRows(`round${round}-batch-2.jsonl`, fresh.slice(half));
  console.log(`round ${round}: ${fresh.length} reviews not labelled yet, in 2 batches`);
  process.exit(0);
}

const batchSize = Math.ceil(shuffled.length / 3);
for (let batch = 0; batch < 3; batch++) writeRows(`batch-${batch + 1}.jsonl`, shuffled.slice(batch * batchSize, (batch + 1) * batchSize));
// The second, independent labelling: 100 from each batch.
const second = [0, 1, 2].flatMap((batch) => shuffled.slice(batch * batchSize, batch * batchSize + 100));
writeRows('second-labelling.jsonl', second);
console.log(`${shuffled.length} reviews in 3 batches of ${batchSize}; ${second.length} for the second labelling`);
