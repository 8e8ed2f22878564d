import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';

const COUNT = '(?:两|三|四|五|六|七|八|九|十|好几|几|[2-9]|1[0-9])';
const TIMES = `${COUNT}(?:遍|次|回)`;
/** What the business did only then: gave, brought, changed, fixed, came (才给拿毛巾, 才送上来, 才有人接); not 才搭理 or 才抬头 (its manner). */
const ONLY_THEN_MET = '才(?:给|送|拿|帮|开|换|修|来|到|端|上|有人(?!搭理|理|应)|办|弄|处理|安排)';
const STILL_NOT = '(?=$|[，,。！？!?；;~～…\\s]|[^，,。！？!?；;]{0,4}?(?:还没|都没|也没|仍没|到现在|至今))';
/**
 * A request made of the business again and again before it was met, or still unmet: 问了三遍才给拿毛巾, 饮料要了三遍才端上来,
 * 说了好几遍才给换, 打了五个电话前台才有人接, 一瓶矿泉水要了三回, 发票要了三次到现在还没开出来, 吹风机报修了两回都没换. Slow
 * handling by the business, responsiveness by the guide. Only 要 and 报修 tell the request by the count alone: 重要的事情说三遍,
 * 每周都要去两次, 马桶要冲两三遍, 骑手打电话问了三遍 and 来回跑了三趟 (labelled the room card's fault) ask nothing of it.
 */
const ASKED_AGAIN = new RegExp(
  `(?:问|要|说|讲|提|反映|反应|催|叫|找[^，,。！？!?；;\\s]{1,3}?)了${TIMES}[^，,。！？!?；;]{0,6}?${ONLY_THEN_MET}` +
    `|打了?${COUNT}(?:个|通)电话[^，,。！？!?；;]{0,6}?${ONLY_THEN_MET}` +
    `|(?<!重)(?:要|报修?)了${TIMES}${STILL_NOT}`,
);

/**
 * Asked of a takeaway's courier (打了三个电话才送到: the trip's), or for an invoice, whose delay the corpus labels a
 * billing fault alone (发票要了三次都没开: both such messages).
 */
const NOT_THE_HOUSE = /骑手|外卖|小哥|配送|快递|送餐|发票/;

/** Adds responsiveness when a request had to be made again and again, unless a type found names it already. */
export function typesForAskedAgain(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BUSINESS_SLOW_TYPE, taxonomyTypes)) return types;
  const found = ASKED_AGAIN.exec(text);
  return found && !NOT_THE_HOUSE.test(text) ? withNamedType(types, BUSINESS_SLOW_TYPE, found[0]) : types;
}
