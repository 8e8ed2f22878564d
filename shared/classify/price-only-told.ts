import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import { portionMocked } from './portion-slang.ts';

const FOOD_TYPE = 'product_quality';
const PRICE_TYPE = 'price_billing';
const CLAUSE_BREAK = /[，,。.！!？?；;、~～\s]+/;
/** A clause about the price alone: a sum (三十八块, 35元, 卖二十八, 炒饭二十八 at its end) or its judgement (太贵, 不值, 性价比低, 坑, 抢钱). */
const PRICE_CLAUSE = /[0-9一二两三四五六七八九十百千]+(?:块|元|rmb)|[0-9一二两三四五六七八九十百千]{2,}$|卖|贵|不值|性价比|价格|价钱|价位|坑|宰|抢钱|冤大头|智商税|割韭菜/i;
/** A judgement of the thing itself, which a price clause may carry (不是很好还挺贵的, 那么丑那么小的果还卖那么贵). */
const THING_JUDGED = /好|丑|小|差|难|功能|质量|味|口感|量|少|咸|淡|硬|冷|凉|鲜|脏|旧|烂/;

/**
 * "一碗面三十八块，真的不值", "一个汉堡卖三十五，性价比太低": a price told and judged is
 * price_billing by the guide ("不值这个价"), nothing said of the food, but the model read the dish
 * named beside the sum as product_quality (0.45 to 0.8). Dropped only when every clause of the
 * message speaks of the price and no phrase of the food's faults (难吃, 量少 ...) is in it: a
 * judgement of the thing, even inside a clause of price (味道一般, 鱼片就几片, 不是很好还挺贵的,
 * 三十五块就这么一丁点), leaves the type to the model.
 */
export function typesForPriceOnlyTold(types: ComplaintTypeScore[], text: string, foodFaultPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === FOOD_TYPE) || !types.some((t) => t.type === PRICE_TYPE)) return types;
  if (THING_JUDGED.test(text) || portionMocked(text) !== undefined || holdsAnyPhrase(text, foodFaultPhrases)) return types;
  const clauses = text.split(CLAUSE_BREAK).filter(Boolean);
  if (!clauses.every((clause) => PRICE_CLAUSE.test(clause))) return types;
  return withoutType(types, FOOD_TYPE);
}
