import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED_OR_ASKED } from './negation.ts';
import { sentenceAround } from './sentences.ts';

const MISLEADING_TYPE = 'misleading_promise';

/** A hotel's star rating worth claiming: 三星, 四星级, 五星 (一星, 二星 are ratings customers give). */
const STAR = '(?:[三四五3-5]|三四|四五)星级?';
/** Within a sentence: a rhetorical question (五星级的标准？还不如如家) runs on. */
const NEAR = '[^。！!；;\\n]';
/** Between the rating and its shortfall no price: 四星的价格跟如家差不多 weighs the price, not the rating. */
const NEAR_NO_PRICE = '[^。！!；;\\n价]';
/**
 * A star rating taken as the hotel's: not one compared with (比很多五星级都贵, 不如五星), given
 * (给个四星, 这一星是给物流的) or a verdict (五星好评).
 */
const CLAIMED_STAR = `(?<!比[^，,。！？!?]{0,4}|[如像给打扣个过于])${STAR}(?!好评|差评|吧|给|是给|都不)`;
/** A place far below any star rating: budget chains, guesthouses, hostels. */
const BUDGET_PLACE = '(?:快捷|经济型|招待所|小旅馆|旅社|青旅|如家|汉庭|七天|7天|小宾馆|农家乐)';
/** A lower rating it is said to be at most: 也就三星, 顶多快捷酒店的水平. */
const AT_MOST = `(?:也就|顶多|最多|充其量|撑死|只能算|勉强算|就是个)${NEAR}{0,3}?(?:[一二两三1-3]星|${BUDGET_PLACE})`;
/**
 * What the rating is then said to fall short of: not up to it (配不上, 达不到, 名不副实), worse than or
 * like a budget place (还不如快捷酒店, 像招待所), at most a lower rating, or none of its look. A
 * comparison with a higher rating (不如五星) is none.
 */
const FALLS_SHORT = `(?:(?:还?不如|比不上|配不上|够不上|达不到|不配|不够格)(?!${NEAR}{0,3}?星)|名不副实|徒有虚名|(?:像|跟|和|与)(?:个|是|一个)?${BUDGET_PLACE}|${AT_MOST}|的(?:样子|感觉|水准|水平|标准|档次)都?(?:没有|没|达不到|不够))`;
/** The rating, then in the same sentence what it falls short of: 号称五星，还不如快捷酒店. */
const STAR_THEN_SHORTFALL = new RegExp(`${CLAIMED_STAR}${NEAR_NO_PRICE}{0,24}?${FALLS_SHORT}`);
/**
 * The rating denied outright: 不像四星, 哪里像五星级酒店, 这也叫四星, 也敢叫四星, 还好意思挂五星, 称不上五星. 不像 only just before
 * it: 不像其他五星酒店那样敷衍 is praise.
 */
const STAR_DENIED = new RegExp(
  `(?:(?:一点都|一点也)?不像|哪里像|哪像|哪有${NEAR}{0,2}?|这也叫|这也算|也配(?:叫|称|挂|评)?|(?:也|还)?好意思(?:叫|称|挂|评|自称)|也?敢(?:叫|称|挂|评|自称)|称不上|算不上|配不上|够不上|达不到)(?:是|个|一个|一家)?${STAR}(?!那样|那么|一样)`,
);
/** What of the hotel is weighed against its rating: 五星级酒店的服务就这？ */
const WEIGHED = '(?:服务|水平|条件|设施|卫生|素质|态度|质量|标准|档次|早餐)';
/**
 * The rating met with a scoffing 就这 (五星级酒店就这服务??, 四星就这？, 号称五星的卫生就这水平): 就这
 * only before what is weighed or a question or exclamation mark; 四星就这样吧 and 五星就这个价 are
 * no scoff.
 */
const STAR_SCOFFED = new RegExp(
  `${CLAIMED_STAR}(?:的)?(?:酒店|宾馆|饭店)?(?:的)?${WEIGHED}?(?:也)?就这(?:[?？!！]|${WEIGHED}|种|破|么个|样[?？!！]|德行)`,
);
/** Goods: 三星 there is the maker (不像三星那样), no hotel's rating. */
const GOODS = /手机|机子|机器|屏|电池|短信|电脑|笔记本|显示器|买|购|京东|淘宝/;

/**
 * "号称五星，还不如快捷酒店", "挂牌五星，服务和设施都配不上", "一点五星的样子都没有": a star
 * rating the hotel does not deserve is misleading_promise by the guide (star rating not deserved,
 * 不像四星), but the model, which learnt the type from 四星的牌子 beside faults it names, read
 * nothing into a short verdict with no fault named. Named when a rating the hotel holds is said in
 * the same sentence to fall short, denied or scoffed at (五星级酒店就这服务??), the sentence supposes or asks nothing and no goods
 * are named.
 */
export function typesForStarRatingBelied(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, MISLEADING_TYPE, taxonomyTypes) || GOODS.test(text)) return types;
  const found = STAR_THEN_SHORTFALL.exec(text) ?? STAR_DENIED.exec(text) ?? STAR_SCOFFED.exec(text);
  if (!found || SUPPOSED_OR_ASKED.test(sentenceAround(text, found.index, found.index + found[0].length))) return types;
  return withNamedType(types, MISLEADING_TYPE, found[0]);
}
