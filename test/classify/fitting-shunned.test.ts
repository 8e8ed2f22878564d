import { describe, expect, it } from 'vitest';
import { typesForFittingShunned } from '../../shared/classify/fitting-shunned.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['environment', 'product_quality'];
const named = (text: string, negative = true) => typesForFittingShunned([], text, negative, DEFAULT_TYPES).map((t) => t.type);

// The guide: environment covers the cleanliness of the room and its bathroom.
describe("a room's fitting too dirty to use", () => {
  it('is environment', () => {
    expect(types('浴缸里有一圈黑色的东西，根本不敢泡澡')).toContain('environment');
    expect(named('地毯黑乎乎的，不敢光脚踩')).toEqual(['environment']);
    expect(named('马桶圈上有污渍，没敢坐')).toEqual(['environment']);
  });

  it('is none by this rule for goods bought, a fitting in another sentence, or a message not read as negative', () => {
    expect(named('买的热水壶有股味道，不敢用')).toEqual([]);
    expect(named('浴缸很干净。药太苦了不敢用')).toEqual([]);
    expect(named('浴缸很大，不敢相信这个价格', false)).toEqual([]);
  });
});

describe('a headache the room gave (吹得头疼)', () => {
  it('reads the message negative, not the praise the model read in 很大', () => {
    expect(classifier.classifySync({ text: '空调的风很大，吹得头疼' }).sentiment.label).toBe('negative');
  });
});
