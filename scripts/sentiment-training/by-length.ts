/**
 * Sentiment on the real dev texts (shopping dev split, ASAP half A dev) and the written dev items,
 * by length and by the mix of praise and fault the lexicon finds, with a confusion per bucket; then
 * complaint-type micro-F1 on the dev sets a sentiment change must not cost (ASAP half A dev, all
 * Chinese dev). Only dev splits: test, ASAP half B and the measuring sets are never chosen on.
 *
 *   node --import tsx scripts/sentiment-training/by-length.ts [--errors FILE]
 *
 * --errors writes the long reviews (≥ 150 characters) read wrong, as JSON lines, for reading.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { detectLanguage } from '../../shared/classify/language.ts';
import { evaluateItems } from '../complaint-training/report.ts';
import { score } from '../complaint-training/metrics.ts';
import { loadCorpus, type CorpusItem } from '../corpus/load.ts';

const LENGTH_BUCKETS = [
  { name: '< 50', below: 50 },
  { name: '50–150', below: 150 },
  { name: '150–300', below: 300 },
  { name: '> 300', below: Infinity },
] as const;
const LONG = 150;

type Polarity = 'positive' | 'negative';

/** Rows: the label; columns: what the classifier read (neutral counts as wrong). */
class Confusion {
  readonly cells = { positive: { positive: 0, negative: 0, neutral: 0 }, negative: { positive: 0, negative: 0, neutral: 0 } };
  add(label: Polarity, read: string): void {
    this.cells[label][read as Polarity | 'neutral'] += 1;
  }
  get total(): number {
    return Object.values(this.cells).reduce((sum, row) => sum + row.positive + row.negative + row.neutral, 0);
  }
  get accuracy(): number {
    return (this.cells.positive.positive + this.cells.negative.negative) / Math.max(this.total, 1);
  }
  line(): string {
    const { positive: p, negative: n } = this.cells;
    return `${(this.accuracy * 100).toFixed(1).padStart(5)}% n=${String(this.total).padStart(4)}  pos→pos ${p.positive} pos→neg ${p.negative} pos→neu ${p.neutral}  neg→neg ${n.negative} neg→pos ${n.positive} neg→neu ${n.neutral}`;
  }
}

/** Whether the lexicon finds praise, fault, both or neither in the review's clauses. */
function mixOf(lexiconScores: readonly number[]): string {
  const praise = lexiconScores.some((s) => s > 0);
  const fault = lexiconScores.some((s) => s < 0);
  return praise && fault ? 'praise and fault' : praise ? 'praise only' : fault ? 'fault only' : 'neither';
}

function main(): void {
  const { values } = parseArgs({ options: { errors: { type: 'string' } } });
  const classifier = createLocalClassifier();
  const corpus = loadCorpus();
  const chinese = (item: CorpusItem) => detectLanguage(item.text).language === 'zh';
  const polar = (item: CorpusItem) => item.sentiment === 'positive' || item.sentiment === 'negative';
  const sets = [
    { name: 'shopping dev (real, star labels)', items: corpus.filter((i) => i.source === 'shopping' && i.split === 'dev' && polar(i)) },
    { name: 'ASAP half A dev (real, ≤2★ negative, ≥4★ positive)', items: corpus.filter((i) => i.source === 'asap' && i.split === 'dev' && polar(i)) },
    { name: 'written dev, Chinese', items: corpus.filter((i) => i.source === 'written' && i.split === 'dev' && polar(i) && chinese(i)) },
    { name: 'written dev, all', items: corpus.filter((i) => i.source === 'written' && i.split === 'dev' && polar(i)) },
  ];
  const errors: string[] = [];
  for (const set of sets) {
    const overall = new Confusion();
    const byLength = LENGTH_BUCKETS.map(() => new Confusion());
    const byMix = new Map<string, Confusion>();
    const byDomain = new Map<string, Confusion>();
    for (const item of set.items) {
      const result = classifier.classifySync({ text: item.text });
      const read = result.sentiment.label;
      const label = item.sentiment as Polarity;
      overall.add(label, read);
      byLength[LENGTH_BUCKETS.findIndex((b) => item.text.length < b.below)]!.add(label, read);
      const mix = mixOf(classifier.analyse(item.text).clauses.map((c) => c.lexiconScore));
      if (!byMix.has(mix)) byMix.set(mix, new Confusion());
      byMix.get(mix)!.add(label, read);
      if (!byDomain.has(item.domain)) byDomain.set(item.domain, new Confusion());
      byDomain.get(item.domain)!.add(label, read);
      if (read !== label && item.text.length >= LONG && !set.name.startsWith('written dev, all')) {
        errors.push(JSON.stringify({ set: set.name, id: item.id, label, read, score: result.sentiment.score, length: item.text.length, text: item.text }));
      }
    }
    console.log(`${set.name}: ${overall.line()}`);
    LENGTH_BUCKETS.forEach((bucket, b) => console.log(`  length ${bucket.name.padEnd(8)} ${byLength[b]!.line()}`));
    for (const [mix, confusion] of [...byMix].sort()) console.log(`  ${mix.padEnd(16)} ${confusion.line()}`);
    if (byDomain.size > 1) for (const [domain, confusion] of [...byDomain].sort()) console.log(`  ${domain.padEnd(16)} ${confusion.line()}`);
  }
  const typeSets = [
    { name: 'ASAP half A dev', items: corpus.filter((i) => i.source === 'asap' && i.split === 'dev') },
    { name: 'all Chinese dev', items: corpus.filter((i) => i.split === 'dev' && chinese(i)) },
  ];
  for (const set of typeSets) {
    const micro = score(evaluateItems(classifier, set.name, set.items).types.micro);
    console.log(`complaint types, ${set.name} (n=${set.items.length}): micro-F1 ${micro.f1.toFixed(4)} (P ${micro.precision.toFixed(3)}, R ${micro.recall.toFixed(3)})`);
  }
  if (values.errors) writeFileSync(values.errors, `${errors.join('\n')}\n`);
}

main();
