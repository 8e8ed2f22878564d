import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const MISLEADING_TYPE = 'misleading_promise';

/**
 * A group-buy deal or voucher the shop refuses at the table, the refusal the shop's (说…不能用, 不让用, 不给核销,
 * 不认): 团购的券到店说不能用, 美团券服务员不让用, 代金券不给核销, 团购套餐老板不认. Not 优惠券用不了 bare,
 * mostly an app's fault (下单的时候优惠券用不了: digital_experience).
 */
const COUPON_REFUSED =
  /(?:团购|券|套餐)[^，,。！？!?；;]{0,10}?(?:说[^，,。！？!?；;]{0,4}?(?:不能用|用不了|不可以用|不能使用)|(?:不让|不给|不肯|拒绝)(?:用|使用|核销|验)|不认|不承认)/;
/**
 * The deal's own terms, not a refusal: 不能与其他优惠同用, 周末不能用, 酒水不能用; the customer's own fault or a past date
 * (过期了, 自己没看清); an app's or system's fault (APP上, 系统, 下单时, 提示).
 */
const TERMS_OR_OWN = /APP|app|系统|下单|提示|报错|同用|叠加|同享|一起用|共用|同时使用|周末|节假日|酒水|过期|到期|自己|没看清|没注意/;

/**
 * "团购的券到店说不能用，非要按原价付": a deal bought and then not honoured is a promise not kept,
 * misleading_promise by the guide (说好的…没有), and the model, which never saw 团购 beside 不能用,
 * read only the price or nothing. Not for the deal's own terms, a lapsed voucher, or a supposition.
 */
export function typesForCouponRefused(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, MISLEADING_TYPE, taxonomyTypes)) return types;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const found = COUPON_REFUSED.exec(sentence);
    if (!found || TERMS_OR_OWN.test(sentence) || SUPPOSED.test(sentence.slice(0, found.index + found[0].length))) continue;
    return withNamedType(types, MISLEADING_TYPE, found[0]);
  }
  return types;
}
