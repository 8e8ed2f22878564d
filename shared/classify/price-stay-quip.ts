import { digitOf } from './chinese-numerals.ts';
import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const PRICE_TYPE = 'price_billing';

/** A stay that stands for a high price, and one that stands for a cheap lodging: the quip sets the one's price beside the other's service. */
const DEAR_STAY = '[四五45]星级?(?:酒店)?|星级酒店|豪华酒店|高档酒店|高端酒店|大酒店|度假酒店';
const CHEAP_STAY = '[一二两三四123４]星级?(?:酒店)?|招待所|快捷酒店|快捷|小旅馆|旅馆|小旅店|旅社|小宾馆|青旅|农家乐|地下室|宿舍|城中村';
/**
 * "五星级的价格，三星级的服务", "四星酒店的价格，招待所的条件", "五星级的价格，快捷酒店的设施": the price
 * of a dear stay said to buy a cheap one's, the stay's counterpart of "米其林的价格，沙县的味道". Poor value
 * (price_billing) and the customer's verdict, but the model read 五星 and 服务 as praise and the
 * review came out positive. The dear stay must name the price and the cheap one what came: "快捷酒店
 * 的价格，五星级的服务" is praise, and so is "四星的价格，四星的服务" (the stars must fall).
 */
const QUIP = new RegExp(
  `(${DEAR_STAY})的?(?:价格|价钱|价位|房价|收费)[，,、\\s]*(?:却是|却|但是?|享受|住出了?)?(${CHEAP_STAY})的?(?:服务|设施|条件|水平|体验|卫生|环境|待遇|档次|硬件|房间|品质|质量|标准)`,
);

function stars(place: string): number | undefined {
  return /星/.test(place) && !/星级酒店/.test(place) ? digitOf(place[0]!) : undefined;
}

/** The quip setting a dear stay's price against a cheap stay's service, or undefined. */
export function priceStayQuip(text: string): string | undefined {
  if (!text.includes('价') && !text.includes('收费')) return undefined;
  const found = QUIP.exec(text);
  if (!found) return undefined;
  const dear = stars(found[1]!);
  const cheap = stars(found[2]!);
  if (dear !== undefined && cheap !== undefined && cheap >= dear) return undefined;
  return found[0];
}

/** Adds price_billing, when the model did not find it, for the quip. */
export function typesForPriceStayQuip(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  const quip = priceStayQuip(text);
  if (quip === undefined || !mayName(types, PRICE_TYPE, taxonomyTypes)) return types;
  return withNamedType(types, PRICE_TYPE, quip);
}
