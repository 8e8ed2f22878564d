import type { LocalClassifier } from '../../shared/classify/index.ts';
import { detectLanguage } from '../../shared/classify/language.ts';
import { HOLDOUT_SET, loadDevSet } from '../classifier-evaluation.ts';
import type { CorpusItem } from '../corpus/load.ts';
import { MultiLabelCounts, score, type Counts } from './metrics.ts';

export interface SetReport {
  name: string;
  items: number;
  types: MultiLabelCounts;
  urgency: Counts;
  /** Positive vs negative on items labelled one of the two. */
  polarity: { correct: number; total: number };
}

export function evaluateItems(classifier: LocalClassifier, name: string, items: readonly Pick<CorpusItem, 'text' | 'complaintTypes' | 'urgent' | 'sentiment'>[]): SetReport {
  const types = new MultiLabelCounts();
  const urgency: Counts = { tp: 0, fp: 0, fn: 0 };
  const polarity = { correct: 0, total: 0 };
  for (const item of items) {
    const result = classifier.classifySync({ text: item.text });
    types.add(item.complaintTypes, result.complaintTypes.map((t) => t.type));
    if (result.urgent && item.urgent) urgency.tp += 1;
    else if (result.urgent) urgency.fp += 1;
    else if (item.urgent) urgency.fn += 1;
    if (item.sentiment === 'positive' || item.sentiment === 'negative') {
      polarity.total += 1;
      if (result.sentiment.label === item.sentiment) polarity.correct += 1;
    }
  }
  return { name, items: items.length, types, urgency, polarity };
}

export function formatReport(report: SetReport, perType: boolean): string[] {
  const micro = score(report.types.micro);
  const urgent = score(report.urgency);
  const lines = [
    `${report.name} (n=${report.items}): complaint micro-F1 ${micro.f1.toFixed(3)} (P ${micro.precision.toFixed(2)}, R ${micro.recall.toFixed(2)}); ` +
      `sentiment ${report.polarity.total ? ((report.polarity.correct / report.polarity.total) * 100).toFixed(1) : '–'}% (n=${report.polarity.total}); ` +
      `urgency P ${urgent.precision.toFixed(2)} R ${urgent.recall.toFixed(2)} (${urgent.support} urgent)`,
  ];
  if (perType) {
    for (const [type, counts] of [...report.types.byType].sort((a, b) => a[0].localeCompare(b[0]))) {
      const s = score(counts);
      lines.push(`    ${type.padEnd(20)} support ${String(s.support).padStart(4)}  P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}`);
    }
  }
  return lines;
}

/** The test splits nothing was trained or tuned on, and the self-written sets. */
export function testSets(corpus: readonly CorpusItem[]): { name: string; items: Pick<CorpusItem, 'text' | 'complaintTypes' | 'urgent' | 'sentiment'>[] }[] {
  const asapHalfB = corpus.filter((i) => i.source === 'asap' && i.split === 'test');
  const fixtures = (file: URL) => loadDevSet(file).map((item) => ({ text: item.text, complaintTypes: item.complaintTypes, urgent: item.urgent, sentiment: item.sentiment }));
  return [
    { name: 'labelled shopping reviews, held-aside split', items: corpus.filter((i) => i.source === 'shopping' && i.split === 'test') },
    { name: 'written service feedback, held-aside split', items: corpus.filter((i) => i.source === 'written' && i.split === 'test') },
    {
      name: 'of which English (the English model; lexicons alone: sentiment 81.7 %, micro-F1 0.542)',
      items: corpus.filter((i) => i.source === 'written' && i.split === 'test' && detectLanguage(i.text).language === 'en'),
    },
    { name: 'real restaurant reviews (ASAP half B, never trained or tuned on), labelled by the guide', items: asapHalfB },
    {
      name: "ASAP half B against ASAP's own aspect labels (mapped; they agree with the guide's at micro-F1 0.57, scripts/corpus/agreement.ts)",
      items: asapHalfB.map((item) => ({ ...item, complaintTypes: item.aspectTypes ?? [] })),
    },
    { name: 'self-written hold-out (test/classify/fixtures)', items: fixtures(HOLDOUT_SET) },
  ];
}

export function reportSplits(classifier: LocalClassifier, corpus: readonly CorpusItem[], print: (line: string) => void): void {
  for (const set of testSets(corpus)) {
    if (set.items.length === 0) continue;
    for (const line of formatReport(evaluateItems(classifier, set.name, set.items), true)) print(line);
  }
}
