import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const ORDER_TYPE = 'order_accuracy';
/** A request made (备注了, 要求, 交代): with the order or the booking. */
const REQUESTED = /备注|要求|交代|嘱咐|特意说|提前说/;
/** The request said kept: 照做了, 都做到了, 真的没放, 按备注做的, 给安排了, 已经装好了. */
const KEPT = /照做|做到了|(?:真的|都|也|确实|果然|还真)(?:一[根点个粒])?(?:都)?没(?:有)?放|按(?:照)?(?:备注|要求)(?:做|来)|(?:给|都)安排(?:了|好)|已经(?:装|准备|放|铺)好/;
/** Anything that says it was not kept after all: 结果, 还是给了, 只给了, 忘了, 错了, 不保证, 摆设. */
const BROKEN = /结果|却|还是|只给|没给|忘|错|不对|不保证|摆设|没按|不按|少了|没有按/;

/**
 * "备注了不要香菜不要葱 真的一根都没放", "备注了少冰七分糖，商家都照做了", "提前在飞猪上备注了老人腿脚不好要低楼层，
 * 到店前台直接给安排了三楼": a request said kept is praise; the model read order_accuracy from 备注 and 给了,
 * which its complaints mostly hold. Dropped when the message says a request was kept and nothing says it was not.
 */
export function typesForRequestKept(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === ORDER_TYPE) || !REQUESTED.test(text) || !KEPT.test(text) || BROKEN.test(text)) return types;
  return withoutType(types, ORDER_TYPE);
}
