/**
 * Agreement between the two independent labellings of the reviews labelled twice
 * (corpus/README.md): micro-F1 over complaint types taking the first labelling as reference,
 * identical items, urgency, and per-type F1. For the real restaurant reviews (ASAP) also how far
 * ASAP's own aspect annotations, mapped to our types, agree with the guide's labels: the ceiling
 * of any classifier that follows the guide, measured against those aspect labels.
 *
 *   node --import tsx scripts/corpus/agreement.ts
 */
import { readFileSync } from 'node:fs';
import { ASAP_FILE } from './load.ts';

interface Label {
  key: string;
  complaint_types: string[];
  urgent: boolean;
}

interface TypeCounts {
  both: number;
  onlySecond: number;
  onlyFirst: number;
}

function readJsonl<T>(file: string | URL): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

const corpusFile = (file: string) => readJsonl<Label>(new URL(`../../corpus/${file}`, import.meta.url));
const f1 = ({ both, onlySecond, onlyFirst }: TypeCounts) => (2 * both) / (2 * both + onlySecond + onlyFirst);

function compare(name: string, firstLabels: Label[], secondLabels: Label[], perTypeLines: boolean): void {
  const first = new Map(firstLabels.map((label) => [label.key, label]));
  const perType = new Map<string, TypeCounts>();
  let identical = 0;
  let urgentBoth = 0;
  let urgentFirst = 0;
  let urgentSecond = 0;
  for (const label of secondLabels) {
    const reference = first.get(label.key);
    if (!reference) throw new Error(`agreement: ${label.key} has no first labelling`);
    const a = new Set(reference.complaint_types);
    const b = new Set(label.complaint_types);
    if (a.size === b.size && [...a].every((type) => b.has(type))) identical += 1;
    for (const type of new Set([...a, ...b])) {
      const counts = perType.get(type) ?? { both: 0, onlySecond: 0, onlyFirst: 0 };
      if (a.has(type) && b.has(type)) counts.both += 1;
      else if (b.has(type)) counts.onlySecond += 1;
      else counts.onlyFirst += 1;
      perType.set(type, counts);
    }
    if (reference.urgent) urgentFirst += 1;
    if (label.urgent) urgentSecond += 1;
    if (reference.urgent && label.urgent) urgentBoth += 1;
  }
  const total = [...perType.values()].reduce((sum, c) => ({ both: sum.both + c.both, onlySecond: sum.onlySecond + c.onlySecond, onlyFirst: sum.onlyFirst + c.onlyFirst }), { both: 0, onlySecond: 0, onlyFirst: 0 });
  console.log(
    `${name}, ${secondLabels.length} reviews: micro-F1 ${f1(total).toFixed(3)} (precision ${(total.both / (total.both + total.onlySecond)).toFixed(2)}, recall ${(total.both / (total.both + total.onlyFirst)).toFixed(2)}); ` +
      `${identical} identical; urgent ${urgentFirst} and ${urgentSecond}, ${urgentBoth} the same`,
  );
  if (!perTypeLines) return;
  for (const [type, counts] of [...perType].sort((x, y) => y[1].both - x[1].both)) console.log(`  ${type.padEnd(20)} F1 ${f1(counts).toFixed(2)} (both ${counts.both})`);
}

compare('shopping reviews labelled twice', corpusFile('shopping-labels.jsonl'), corpusFile('shopping-second-labels.jsonl'), true);
const asapGuide = corpusFile('asap-guide-labels.jsonl');
compare('real restaurant reviews (ASAP) labelled twice by the guide', asapGuide, corpusFile('asap-guide-second-labels.jsonl'), true);
const asapAspects = readJsonl<{ id: string; complaint_types: string[] }>(ASAP_FILE).map(
  (item): Label => ({ key: item.id, complaint_types: item.complaint_types, urgent: false }),
);
compare("ASAP's aspect annotations (mapped) against the guide's first labelling", asapGuide, asapAspects, false);
