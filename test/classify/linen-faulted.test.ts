import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForLinenFaulted } from '../../shared/classify/linen-faulted.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'environment'];
const named = (text: string) => typesForLinenFaulted([], text, DEFAULT_TYPES).map((t) => t.type);

describe('the bed or the linen faulted (床单上有污渍, 毛巾旧得发黄, 被褥薄)', () => {
  it('is product_quality', () => {
    for (const text of [
      '位置方便 可惜浴巾薄得透光 擦两下就湿透了',
      '早餐不错 就是浴巾小了点',
      '房间安静 被子太薄 半夜冻醒',
      '位置好 交通方便 枕头偏高',
      '房間挺大 毛巾粗糙 擦臉刮得疼',
      '服务很好 毛巾有点旧',
      '被罩上还有不明污点 换了一套才敢睡',
      '床墊中間塌下去一塊 睡得腰疼',
      '浴袍起球起得厉害 还有股汗味',
      '住着还算满意 浴巾皱巴巴的',
    ]) expect(types(text), text).toContain('product_quality');
  });

  it('is product_quality for a damp quilt or sheet, unless a damp season or place is blamed', () => {
    expect(named('一股霉味儿，被子潮乎乎的，开窗通风半天也不散')).toEqual(['product_quality']);
    expect(named('床单摸着潮潮的，枕头上还有一股头油味')).toEqual(['product_quality']);
    expect(named('就是山里湿气大，被子有点潮，开了空调除湿就好多了')).toEqual([]);
  });

  it('is none by this rule when the linen is praised or its fault denied', () => {
    for (const text of [
      '床单雪白 被子蓬松 一点异味都没有',
      '枕头不高不低正合适',
      '被子有股阳光晒过的味道 很舒服',
      '床垫软硬适中 睡得很香',
      '毛巾没有发黄 看得出是新换的',
    ]) expect(named(text), text).toEqual([]);
  });

  it('is none by this rule for a damp room, a guest drying their hair, a charge for a stain, or a fault only supposed', () => {
    for (const text of [
      '回南天房间湿气大 被子摸着潮潮的',
      '服务员拿了条干毛巾给我擦头发',
      '退房说浴巾上有污渍要扣我八十',
      '如果觉得枕头太高可以找前台换',
    ]) expect(named(text), text).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForLinenFaulted([], '床单上有污渍', ['environment'])).toEqual([]);
  });
});
