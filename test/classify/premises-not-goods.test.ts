import { describe, expect, it } from 'vitest';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPremisesNotGoods } from '../../shared/classify/premises-not-goods.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const score = (type: string, confidence: number): ComplaintTypeScore => ({ type, confidence, phrases: [], problem: true });

// The guide: room condition, noise and facilities are environment; product_quality is the food, the bed and linen, goods bought.
describe('product_quality guessed beside a sure premises fault', () => {
  it('is dropped when nothing eaten, slept on or bought is named', () => {
    expect(types('隔音太差了睡不着')).toEqual(['environment']);
    expect(types('太吵了 旁边是KTV')).toEqual(['environment']);
    expect(types('暖气不热，空调也不好使，冻了一宿')).toEqual(['environment']);
    expect(types('洗手間好臭')).toEqual(['environment']);
  });

  it('stays where the food, the bed or goods are named, or the model is sure of it', () => {
    const guessed = [score('environment', 0.95), score('product_quality', 0.5)];
    expect(typesForPremisesNotGoods(guessed, '房间太吵，早餐也难吃').map((t) => t.type)).toEqual(['environment', 'product_quality']);
    expect(typesForPremisesNotGoods(guessed, '隔音差，被子有股味').map((t) => t.type)).toEqual(['environment', 'product_quality']);
    const sure = [score('environment', 0.95), score('product_quality', 0.85)];
    expect(typesForPremisesNotGoods(sure, '隔音太差了').map((t) => t.type)).toEqual(['environment', 'product_quality']);
  });

  it('stays beside a premises fault the model only guesses too', () => {
    const bothGuessed = [score('environment', 0.6), score('product_quality', 0.5)];
    expect(typesForPremisesNotGoods(bothGuessed, '有点吵').map((t) => t.type)).toEqual(['environment', 'product_quality']);
  });
});
