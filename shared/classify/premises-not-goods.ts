import type { ComplaintTypeScore } from './complaint-types.ts';
import { EATEN_SLEPT_ON_OR_BOUGHT } from './goods-named.ts';
import { withoutType } from './named-type.ts';

const GOODS_TYPE = 'product_quality';
const PREMISES_TYPE = 'environment';
/** The model sure of the premises fault. */
const PREMISES_SURE = 0.7;
/** The model only guessing the goods. */
const GOODS_GUESSED = 0.8;
/** What product_quality covers, named (EATEN_SLEPT_ON_OR_BOUGHT), a dish of noodles or soup, a taste, or goods and their quality said outright. */
const GOODS_NAMED = new RegExp(`${EATEN_SLEPT_ON_OR_BOUGHT.source}|面|汤|味|质量|货|东西|产品|用了|坏|屏|机`);

/**
 * "隔音太差了睡不着", "太吵了 旁边是KTV", "暖气不热，空调也不好使，冻了一宿": a fault of the premises the model is
 * sure of, and product_quality only guessed beside it from what any fault says (太, 不, 音太) — the shopping labels,
 * where nearly every complaint is of the goods, taught the model that guess. Dropped when nothing eaten, slept on or
 * bought is named.
 */
export function typesForPremisesNotGoods(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  const goods = types.find((t) => t.type === GOODS_TYPE);
  if (!goods || goods.confidence >= GOODS_GUESSED || GOODS_NAMED.test(text)) return types;
  if (!types.some((t) => t.type === PREMISES_TYPE && t.confidence >= PREMISES_SURE)) return types;
  return withoutType(types, GOODS_TYPE);
}
