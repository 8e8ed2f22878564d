/** Multi-label and binary scores shared by training, the bench and the quality-floor tests. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scored {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function score({ tp, fp, fn }: Counts): Scored {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), support: tp + fn };
}

export class MultiLabelCounts {
  readonly byType = new Map<string, Counts>();
  readonly micro: Counts = { tp: 0, fp: 0, fn: 0 };

  add(expected: readonly string[], predicted: readonly string[]): void {
    for (const type of new Set([...expected, ...predicted])) {
      const counts = this.byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      this.byType.set(type, counts);
      const inExpected = expected.includes(type);
      const inPredicted = predicted.includes(type);
      const outcome = inExpected && inPredicted ? 'tp' : inPredicted ? 'fp' : 'fn';
      counts[outcome] += 1;
      this.micro[outcome] += 1;
    }
  }
}
