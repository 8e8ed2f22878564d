import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForFalseScanNotMisleading, typesForPrepaidFled } from '../../shared/classify/prepaid-fled.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const fled = (text: string) => typesForPrepaidFled([], text, ['after_sales']).map((t) => t.type);
const misleading = [{ type: 'misleading_promise', confidence: 0.8, phrases: [], problem: true }];

// The guide: refunds are after_sales; a business gone with money paid ahead owes one.
describe('a business gone with money paid ahead', () => {
  it('is after_sales', () => {
    expect(types('交了一万二的培训费，上了三节课机构就跑路了，老板电话打不通，已经和其他家长一起报警了')).toContain('after_sales');
    expect(fled('办的年卡还没用几次，老板卷款跑了')).toEqual(['after_sales']);
  });

  it('is none by this rule when only feared, denied, or nothing was paid ahead', () => {
    expect(fled('办卡前担心会跑路，还好开了五年了')).toEqual([]);
    expect(fled('老板说店不会跑路，放心办卡')).toEqual([]);
    expect(fled('这家菜难吃，迟早跑路')).toEqual([]);
  });
});

// The guide: misleading_promise is a claim or advert belied; a courier's false scan is the trip's fault.
describe("a courier's false scan", () => {
  it('is no misleading_promise', () => {
    expect(types('@中通快递 我的件显示已签收，可是我人一直在家根本没人敲门，驿站也说没有，虚假签收谁负责？')).not.toContain('misleading_promise');
    expect(types('@中通快递 我的件显示已签收，可是我人一直在家根本没人敲门，驿站也说没有，虚假签收谁负责？')).toContain('delivery');
  });

  it('keeps misleading_promise when a claim is belied too', () => {
    expect(typesForFalseScanNotMisleading(misleading, '说好的次日达，结果虚假签收').map((t) => t.type)).toEqual(['misleading_promise']);
  });
});
