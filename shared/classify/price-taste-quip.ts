import type { ComplaintTypeScore } from './complaint-types.ts';
import { lessSureThanARule, mayName, withNamedType } from './named-type.ts';

const PRICE_TYPE = 'price_billing';
const FOOD_TYPE = 'product_quality';

/** Places that stand for a high price, and for cheap food: the quip sets the one's price beside the other's taste. */
const DEAR_PLACE = '米其林|五星级?(?:酒店)?|星级酒店|大酒店|高档餐厅|高端餐厅|黑珍珠|国宴|满汉全席|法餐|奢侈品|金子';
const CHEAP_PLACE = '沙县|路边摊|地摊|大排档|街边摊|小摊|食堂|快餐|预制菜|料理包|泡面|方便面|速冻|猪食|兰州拉面|黄焖鸡';
/**
 * "米其林的价格，沙县的味道", "五星级的价格，路边摊的水平", "这个价格就这味道": the price said to buy
 * far poorer food, both price_billing (poor value: 性价比低, 不值) and product_quality (the taste)
 * by the guide. The dear place must name the price and the cheap one the taste: "路边摊的价格，
 * 米其林的味道" is praise. "这个价格就这味道" needs its 就 ("这个价格能吃到这个味道" is praise).
 */
const QUIP = new RegExp(
  `(?:${DEAR_PLACE})(?:餐厅)?的?(?:价格|价钱|价位|定价|收费)[，,、\\s]*(?:却是|却|但是?|吃出了?|吃到了?)?(?:${CHEAP_PLACE})(?:小吃|水平|级别)?的?(?:味道|口味|水平|品质|质量|出品)` +
    '|这(?:个|种|样的)?(?:价格|价钱|价位)就(?:这|这种|这个|这样的?)(?:味道|口味|水平|质量|东西)(?![，,]?(?:很|挺|真|还|也)?(?:满意|值|不错|可以|划算|良心))',
);

/** The quip setting the price against poorer food, or undefined. */
export function priceTasteQuip(text: string): string | undefined {
  // Both forms name the price (价格, 价位, 收费…): most messages do not, and need no matching.
  if (!text.includes('价') && !text.includes('收费')) return undefined;
  return QUIP.exec(text)?.[0];
}

/** Anything written beside the quip: Chinese characters or Latin letters. */
const WORDS = /[\u3400-\u9fffA-Za-z]/;

/**
 * Adds price_billing and product_quality, those the model did not find, when the message sets the price against poorer food;
 * a message that is the quip and nothing else says nothing more, and the model's fainter readings of its place words
 * (五星级酒店 read as premises) go.
 */
export function typesForPriceTasteQuip(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  const quip = priceTasteQuip(text);
  if (quip === undefined) return types;
  if (!WORDS.test(text.replace(quip, ''))) types = types.filter((t) => t.type === PRICE_TYPE || t.type === FOOD_TYPE || !lessSureThanARule(t));
  if (mayName(types, PRICE_TYPE, taxonomyTypes)) types = withNamedType(types, PRICE_TYPE, quip);
  if (mayName(types, FOOD_TYPE, taxonomyTypes)) types = withNamedType(types, FOOD_TYPE, quip);
  return types;
}
