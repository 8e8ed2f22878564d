import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { BUYS_BETTER_SOURCE } from './price-buys-better.ts';

const PRICE_TYPE = 'price_billing';

/** How much or how sure, between the thing judged and the judgement (性价比也太低, 价格实在有点小贵). */
const DEGREE = '(?:也|都|还|是|真的|实在|确实|有点|有些|太|很|特别|比较|非常|超|巨|好|稍微|略微|略|稍|偏|极|极其|相当|小)*';
/** Who the price is hard on (价格对学生党不太友好). */
const WHOM = '(?:对[^，,。！？!?；;\\s]{1,5})?';
/**
 * The price put in a euphemism for dear: 劝退 (puts one off), 感人 (moving, ironic), 不友好, 不亲民.
 * Not 价格美丽, which the shoppers in the corpus say as praise as often as not.
 */
const EUPHEMISM = '(?:劝退|感人|不友好|不太友好|不算友好|不亲民|不太亲民|不算亲民)';
/**
 * Value judged poor (性价比很低, CP值不高, 性价比也不算高, 性价比差) or the price judged high (价格偏高, 房价太高,
 * 收费有点贵, 价格也不便宜) or put in a euphemism (价格劝退, 价格对学生党不太友好). Not the price judged low or not high (价格不高, 价格很低: praise), which no 不 may
 * start here: a 不 before 高 or 低 is not one of the degree words.
 */
const POOR_VALUE = new RegExp(
  `(?:(?:性价比|cp值)${DEGREE}(?:低|不高|不太高|不算高|不是很高|并不高|没那么高|差|不行|不怎么样|不咋地)|(?:价格|价钱|价位|房价|收费|定价|菜价|售价|单价)(?:${DEGREE}(?:高|贵|不便宜)|${WHOM}${DEGREE}${EUPHEMISM}))`,
  'g',
);
/** For the verdict alone: besides POOR_VALUE, the price said to buy a better stay, with what (这个价格在周边能住更好的, 这价钱可以住到更好的酒店). */
const POOR_VALUE_OR_BUYS_BETTER = new RegExp(`${POOR_VALUE.source}|(?:${BUYS_BETTER_SOURCE})(?:的(?:酒店|宾馆|民宿|房间|地方)?)?`, 'g');
/** The price told, then judged fair after a comma (价格三十多一杯，合理; 人均八十，很实惠); not a question (合理吗). */
const PRICE_TOLD_THEN_FAIR = `(?:价格|价钱|价位|房价|菜价|人均)[^，,。！？!?；;\\s]{1,10}[，,]${DEGREE}(?:合理|公道|实惠|划算|亲民|不贵|便宜|良心)(?![吗么嘛?？])`;
/** Value judged good or the price low (性价比很高, 价格很低, 价格不高): praise, which the model read as a complaint for 低 and 不. */
const GOOD_VALUE = new RegExp(
  `(?:(?:性价比|cp值)${DEGREE}(?:高|不低|不错|很好)|(?:价格|价钱|价位|房价|收费|定价|菜价|售价|单价)${DEGREE}(?:低|不高|不贵|便宜|实惠|公道|合理|适中|亲民)|${PRICE_TOLD_THEN_FAIR})`,
  'g',
);
/** A wish or a condition (要是性价比再高点, 如果价格低一点) is no judgement; neither is a fear belied. */
const NOT_A_JUDGEMENT = /如果|要是|假如|希望|担心|以为|本来/;
/** What else a message that is only the judgement may hold: a subject (酒店, 这家), a hedge (感觉, 总体). */
const ASIDE_FROM_IT = 2;
const HAN = /\p{Script=Han}/gu;

/** Whether the text holds what every judgement above is of: most messages name no price, and need no matching. */
function namesPriceOrValue(text: string): boolean {
  return text.includes('价') || text.includes('收费') || text.includes('cp值') || text.includes('钱');
}

/** The judgements' words: matchAll would copy the pattern and make an iterator and an array per judgement for them. */
function judgementsIn(text: string, judgement: RegExp): string[] {
  if (NOT_A_JUDGEMENT.test(text)) return [];
  return text.match(judgement) ?? [];
}

/**
 * "性价比很低", "价格偏高，服务一般", "房价有点高": the price or the value judged poor is
 * price_billing by the guide (太贵, 性价比低, 不值). The taxonomy lists 性价比低 and 价格偏高 but
 * not with a degree word inside (性价比很低, 价位偏高), where the model, which learnt 低 and 很高
 * as praise from shoppers' "价格低" and "评价很高", gave no type.
 */
export function typesForValueJudgedPoor(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRICE_TYPE, taxonomyTypes)) return types;
  const found = judgementsIn(text, POOR_VALUE)[0];
  return found ? withNamedType(types, PRICE_TYPE, found) : types;
}

/** The judgement alone, with a subject or a hedge at most. */
function alone(text: string, judgement: RegExp): string | undefined {
  const found = judgementsIn(text, judgement);
  if (found.length === 0) return undefined;
  let rest = text;
  for (const words of found) rest = rest.replace(words, '');
  return (rest.match(HAN)?.length ?? 0) <= ASIDE_FROM_IT ? found[0] : undefined;
}

/**
 * The price or value judged when that is all the message says ("性价比很低", "酒店价格偏高",
 * "价格偏高，性价比不高", "这个价格在周边能住更好的"; "价格很低"): the customer's verdict, negative or
 * positive, where the sentiment model read 低 and 很高 the other way round, as shoppers' praise of a
 * low price and of high ratings, and 更好 as praise. Beside anything more ("房间干净，价格偏高") the message is weighed as usual.
 */
export function priceVerdictAlone(text: string): { phrase: string; poor: boolean } | undefined {
  if (!namesPriceOrValue(text)) return undefined;
  const poor = alone(text, POOR_VALUE_OR_BUYS_BETTER);
  if (poor !== undefined) return { phrase: poor, poor: true };
  const good = alone(text, GOOD_VALUE);
  return good === undefined ? undefined : { phrase: good, poor: false };
}

/** Any other word about what was paid: a charge, a change of price, a sum, a refund (降价, 涨了, 多收, 押金, 差价, 不值). */
const OTHER_PRICE_WORDS = /贵|多收|收费|加价|涨|降|翻了|翻倍|上去了|不值|乱收|扣|押金|发票|坑|宰|钱|退|差价|保价|价格保护|元|块/;

/**
 * "价格不高", "性价比很高，房间干净，就是离地铁远": the price or the value judged good, and no other word about what was
 * paid, names no price fault, whatever the model read into 价格 and 性价比 (shoppers' 价格高 and 性价比低 taught it both).
 */
export function typesWithoutPricePraised(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PRICE_TYPE) || !namesPriceOrValue(text)) return types;
  const praised = judgementsIn(text, GOOD_VALUE);
  if (praised.length === 0 || judgementsIn(text, POOR_VALUE).length > 0) return types;
  let rest = text;
  for (const words of praised) rest = rest.replace(words, '');
  return OTHER_PRICE_WORDS.test(rest) ? types : withoutType(types, PRICE_TYPE);
}

/**
 * A bargain told: cheaper than the walk-in rate or the shop (比门市便宜一百多, 比店里便宜), booked for only so much (携程订才两百八),
 * or called a good deal (很划算; not 不划算, 没那么划算, 哪个更划算？).
 */
const BARGAIN = /比(?:门市|前台|门店|店里|平时|原价|协议价)[^，,。！？!?；;\s]{0,4}(?:便宜|低|省)|(?:订|团)[^，,。！？!?；;\s]{0,4}(?:才|只要|只需)[0-9一二两三四五六七八九十百几]+(?![0-9一二两三四五六七八九十百几]*[天个小分周月年])|(?<!不|不太|不是很|那么|更)划算(?![吗么嘛?？])/;
/** Words of a price fault beside the bargain: dear, overcharged, a deposit, an invoice, a refund (not 不贵). */
const PRICE_FAULT = /(?<!不)贵|多收|乱收|加价|涨|降|保价|不值|扣|押金|发票|坑|宰|退|差价|另收|收费/;

/**
 * "门市价要四百多,携程订才两百八,很划算了": a bargain told is praise of the price, but the model read price_billing
 * into the sums and 门市价 as it does in complaints of a price. Dropped when a bargain is told and no word of a price
 * fault or a poor value is.
 */
export function typesWithoutBargainTold(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PRICE_TYPE) || !BARGAIN.test(text) || PRICE_FAULT.test(text) || NOT_A_JUDGEMENT.test(text) || judgementsIn(text, POOR_VALUE).length > 0) return types;
  return withoutType(types, PRICE_TYPE);
}
