import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const responsiveness = DEFAULT_TAXONOMY.types.findIndex((type) => type.id === 'responsiveness');
const slowResponseFound = (text: string) => classifier.analyse(text).evidence.problems[responsiveness] === 1;

describe('the serving speed named without fault', () => {
  it('is a topic, not a slow response', () => {
    // 上菜速度 was a problem phrase of responsiveness: "上菜速度正常" counted as a complaint.
    expect(slowResponseFound('服务员态度正常，上菜速度正常，价格也正常')).toBe(false);
    expect(types('菜很好吃，上菜速度也跟得上，下次还来')).not.toContain('responsiveness');
  });

  it('is a complaint when the speed is faulted', () => {
    expect(slowResponseFound('上菜速度一般，价格也一般')).toBe(true);
    expect(types('上菜速度太慢了，等了一个小时')).toContain('responsiveness');
  });
});
