import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForAccessOpen } from '../../shared/classify/access-open.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForAccessOpen([], text, ['privacy_security']).map((t) => t.type);

// The guide: unsafe premises are privacy_security; a building that lets anyone in is one.
describe('a building that lets anyone in', () => {
  it('is privacy_security', () => {
    expect(types('小区门禁坏了一个月了，谁都能进')).toContain('privacy_security');
    expect(ruleTypes('陌生人随便进出，门禁形同虚设')).toEqual(['privacy_security']);
  });

  it('is none by this rule when denied, or a customer wandering into a shop', () => {
    expect(ruleTypes('门禁很严，不是谁都能进')).toEqual([]);
    expect(ruleTypes('逛累了随便进了这家茶餐厅，没想到还挺好')).toEqual([]);
  });
});
