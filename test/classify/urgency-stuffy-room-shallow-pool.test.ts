import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const urgent = (text: string) => classifier.classifySync({ text }).urgent;

describe('breath short in a stuffy room, water waist-deep in a pool: no harm told', () => {
  it('leaves a windowless room that feels airless, and a shallow pool, not urgent', () => {
    for (const text of ['无窗房，闷得喘不上气，空调开了也没用', '泳池很小，水才到腰，小孩玩不了', '所谓的温泉池水只到腰，还收费'])
      expect(urgent(text), text).toBe(false);
  });

  it('keeps breath short after eating, and a railing that reaches the waist, urgent', () => {
    for (const text of ['吃了他家的虾，喘不上气，去医院打了针', '阳台护栏才到腰，孩子一爬就能翻出去', '窗边的栏杆只到我腰，十八楼看着就腿软'])
      expect(urgent(text), text).toBe(true);
  });
});
