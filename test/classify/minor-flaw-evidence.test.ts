import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const evidenceLine = (text: string) => classify(text).explanations.find((line) => line.startsWith('problem phrases and complaint types count as negative evidence'));
const MINOR_FLAW = 'a minor flaw after praise';

describe('the problem phrases of the one flaw a satisfied review names after a mild contrast', () => {
  it('count as the clause they sit in does, not in full', () => {
    expect(evidenceLine('菜好吃，就是上菜慢，催了三次才上齐')).toContain(MINOR_FLAW);
    expect(evidenceLine('前台不错，就是电梯太慢，每次都要等五分钟')).toContain(MINOR_FLAW);
  });

  it('count in full where the review found fault before the contrast, or named no praise', () => {
    expect(evidenceLine('房间脏，服务也差，就是位置还行')).not.toContain(MINOR_FLAW);
    expect(evidenceLine('上菜慢，催了三次才上齐')).not.toContain(MINOR_FLAW);
  });

  it('keep the complaint type and leave a customer who will not come back negative', () => {
    expect(classify('菜好吃，就是上菜慢，催了三次才上齐').complaintTypes.map((t) => t.type)).toContain('responsiveness');
    expect(classify('房间很好，就是隔音太差，一晚上没睡着，不会再来了').sentiment.label).toBe('negative');
  });
});
