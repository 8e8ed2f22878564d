import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { splitWeightedClauses, VERDICT_WEIGHT } from '../../shared/classify/zh-clauses.ts';

const classifier = createLocalClassifier();
const lastClauseWeight = (text: string) => splitWeightedClauses(text).clauses.at(-1)!.weight;

describe('the rating a customer gives at the end', () => {
  it('weighs as a verdict, not as one more clause of the flaw after a mild contrast', () => {
    expect(lastClauseWeight('环境不错，可惜菜太咸了，差评')).toBe(VERDICT_WEIGHT);
    expect(lastClauseWeight('早餐一般，不过位置很方便，给五星')).toBe(VERDICT_WEIGHT);
  });

  it('decides a review that praised one thing and then gave a bad rating', () => {
    expect(classifier.classifySync({ text: '牛肉面汤头不错，就是面太软了，牛肉只有两片，差评' }).sentiment.label).toBe('negative');
    expect(classifier.classifySync({ text: '房间不大，不过很干净，前台也热情，好评' }).sentiment.label).toBe('positive');
  });
});
