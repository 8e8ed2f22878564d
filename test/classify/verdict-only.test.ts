import { describe, expect, it } from 'vitest';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForVerdictOnly } from '../../shared/classify/verdict-only.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const FOOD: ComplaintTypeScore[] = [{ type: 'product_quality', confidence: 0.6, phrases: ['失望'], problem: false }];

// The guide: a complaint type needs a clearly stated problem.
describe('a verdict naming no fault', () => {
  it('voices no complaint type, and stays negative', () => {
    for (const text of ['这次入住真的很失望 以后不会再来了', '非常失望，不推荐', '差评 再也不住了', '太失望了 后悔', '不会再住第二次', '不会再来第二次了', '不怎么样。', '住过最差的一次，没有之一', '很差 不推荐 没有之一']) {
      expect(classify(text), text).toMatchObject({ sentiment: { label: 'negative' }, complaintTypes: [] });
    }
  });

  it('voices no complaint type in traditional characters', () => {
    expect(classify('整體很失望 不會再來了').complaintTypes).toEqual([]);
  });

  it('keeps product_quality when a fault is named beside it, or the disappointment is denied', () => {
    expect(typesForVerdictOnly(FOOD, '太咸了 失望')).toEqual(FOOD);
    expect(typesForVerdictOnly(FOOD, '很失望 早餐难吃 不会再来了')).toEqual(FOOD);
    expect(typesForVerdictOnly(FOOD, '从来没失望过')).toEqual(FOOD);
    expect(typesForVerdictOnly(FOOD, '床太硬 差评')).toEqual(FOOD);
  });
});
