import { describe, expect, it } from 'vitest';
import { faultPhrases, typesForConcessionInsideFault } from '../../shared/classify/concession-inside-fault.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const FAULTS = faultPhrases(DEFAULT_TAXONOMY);
const ALL_TYPES = DEFAULT_TAXONOMY.types.map((t) => t.id);
const named = (text: string) => typesForConcessionInsideFault([], text, FAULTS, ALL_TYPES).map((t) => t.type);

describe('a problem phrase split by 却, 倒是 or 反而 (房间却很小)', () => {
  it('names the type of the phrase the adverb split', () => {
    expect(types('房间却很小')).toContain('environment');
    expect(types('位置很好，房间却很小')).toContain('environment');
    expect(types('价格不便宜，房间却特别小')).toContain('environment');
  });

  it('names nothing for praise, a denied fault, or a phrase the adverb does not split', () => {
    expect(named('房间倒是挺大，床却很舒服')).toEqual([]);
    expect(named('房间却不是很小')).toEqual([]);
    expect(named('说好的却没做到，房间很小')).toEqual([]);
    expect(named('我却觉得还行')).toEqual([]);
    expect(named('没收到货，订单却显示完成了')).toEqual([]);
  });
});
