/**
 * Agreement between the two independent labellings of the shopping reviews labelled twice
 * (corpus/README.md): micro-F1 over complaint types taking the first labelling as reference,
 * identical items, urgency, and per-type F1.
 *
 *   node --import tsx scripts/corpus/agreement.ts
 */
import { readFileSync } from 'node:fs';

interface Label {
  key: string;
  complaint_types: string[];
  urgent: boolean;
}

function read(file: string): Label[] {
  return readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label);
}

const first = new Map(read('shopping-labels.jsonl').map((label) => [label.key, label]));
const second = read('shopping-second-labels.jsonl');
const perType = new Map<string, { both: number; onlySecond: number; onlyFirst: number }>();
let identical = 0;
let urgentBoth = 0;
let urgentFirst = 0;
let urgentSecond = 0;
for (const label of second) {
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
const f1 = ({ both, onlySecond, onlyFirst }: { both: number; onlySecond: number; onlyFirst: number }) => (2 * both) / (2 * both + onlySecond + onlyFirst);
const total = [...perType.values()].reduce((sum, c) => ({ both: sum.both + c.both, onlySecond: sum.onlySecond + c.onlySecond, onlyFirst: sum.onlyFirst + c.onlyFirst }), { both: 0, onlySecond: 0, onlyFirst: 0 });
console.log(
  `${second.length} reviews labelled twice: micro-F1 ${f1(total).toFixed(3)} (precision ${(total.both / (total.both + total.onlySecond)).toFixed(2)}, recall ${(total.both / (total.both + total.onlyFirst)).toFixed(2)}); ` +
    `${identical} identical; urgent ${urgentFirst} and ${urgentSecond}, ${urgentBoth} the same`,
);
for (const [type, counts] of [...perType].sort((x, y) => y[1].both - x[1].both)) console.log(`  ${type.padEnd(20)} F1 ${f1(counts).toFixed(2)} (both ${counts.both})`);
