/**
 * Draws the reviews to label from ../shared/data/sentiment (seeded, so the draw is reproducible):
 * every category, negative and positive, reviews of at least 8 characters. Writes work files with
 * text for the labellers; the committed corpus keeps only each review's key (corpus/README.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReviews } from '../sentiment-training/dataset.ts';
import { seededRandom, shuffleInPlace } from '../seeded-random.ts';
import { reviewKey } from './review-key.ts';

const [outDir = '/work/labelling', perCategoryNegative = '215', perCategoryPositive = '140'] = process.argv.slice(2);
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
  key: reviewKey(review.text),
  category: review.category,
  label: review.positive ? 'positive' : 'negative',
  text: review.text,
}));
mkdirSync(outDir, { recursive: true });
const batchSize = Math.ceil(shuffled.length / 3);
for (let batch = 0; batch < 3; batch++) {
  const rows = shuffled.slice(batch * batchSize, (batch + 1) * batchSize);
  writeFileSync(join(outDir, `batch-${batch + 1}.jsonl`), rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
}
// The second, independent labelling: 100 from each batch.
const second = [0, 1, 2].flatMap((batch) => shuffled.slice(batch * batchSize, batch * batchSize + 100));
writeFileSync(join(outDir, 'second-labelling.jsonl'), second.map((row) => JSON.stringify(row)).join('\n') + '\n');
console.log(`${shuffled.length} reviews in 3 batches of ${batchSize}; ${second.length} for the second labelling`);
