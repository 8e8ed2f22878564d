import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const MISLEADING_TYPE = 'misleading_promise';

/**
 * What the seller said at the sale, then belied: 办卡的时候说不满意随时退，真要退了就各种理由推脱; 买的时候说终身保修，现在
 * 坏了又说配件不保; 报名时承诺包过，结果没过. A promise not kept, misleading_promise by the guide (说好的…没有), as the
 * corpus labels its such reviews; the lexicon knew 当时说 and 说好, not the sale named. The sale (办卡, 签约, 买, 报名),
 * what was said then, and within the next clauses a turn (结果, 真要, 现在, 后来, 实际, 却) that belies it. A booking
 * (订房的时候说含早) is left to the booking rules, whose labels give the breakfast denied order_accuracy.
 */
const SALE_CLAIM_BELIED =
  /(?:办卡|办理|签约|签合同|购买|买|报名|交钱|付款)[^，,。！？!?；;\n]{0,4}?(?:的时候|时)(?:销售|业务员|营业员|客服|老板|店员)?(?:说|承诺|保证|讲)[^。！？!?；;\n]{1,20}?[，,\s][^。！？!?；;\n]{0,6}?(?:结果|真要|现在|后来|实际|却|可是|但是|到头来)/;
/** A price or a promotion (买的时候说没优惠第二天就有优惠了, 购买时说什么六一八活动，结果还被坑): a price matter, no promise belied. */
const PRICE_ONLY = /优惠|降价|便宜|差价|价格|活动|促销/;

/** Adds misleading_promise when the message tells of a claim made at the sale and then belied, unless the model found it. */
export function typesForSalesClaimBelied(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, MISLEADING_TYPE, taxonomyTypes)) return types;
  const found = SALE_CLAIM_BELIED.exec(text);
  if (!found || PRICE_ONLY.test(found[0])) return types;
  return withNamedType(types, MISLEADING_TYPE, found[0]);
}
