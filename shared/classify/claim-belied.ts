import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const MISLEADING_TYPE = 'misleading_promise';
/**
 * A claim (说是, 号称, 写着, 标着, the listing's 写的, 标的, 主打, 图里有 — not the customer's own 备注写的) and, in the next clause, what the thing tasted or turned out to be
 * (吃着就是, 一吃就是, 其实是, 明明是, 吃着像, 实物只有, 来的是, 咬开一股): 说是现炒的，吃着就是料理包; 图里有溏心蛋有虾，实物只有面; 号称现磨咖啡，喝着就是速溶的; 说是牛肉 吃着像猪肉
 * (the clauses parted by a space, as takeaway reviews are written).
 * A bare 是 after the claim is no reveal (售后说是人为的，…; 虽说是修身的裤子但是…), nor a person
 * after it (说是“异常交易”，其实就是我在外地用了一下: an explanation, not the thing sold).
 */
const CLAIM_BELIED =
  /(?<![虽敢])(?:说是|号称|宣传说|写着|标着|写的是|标的是|说好是|店名叫|招牌写的?是?|菜单上写的?是?|(?<!备注|备注里|备注上|订单上|订单里|留言|我|地址)写的|标的|主打|商品名写的?|菜名叫|名字叫|图(?:片)?(?:里|上)(?:有|是))[^。！？!?]{1,14}?[，,\s]?[^。！？!?]{0,4}?(?:(?:吃着|喝着|吃起来|喝起来|一吃|一喝|尝着|尝起来|其实|实际上|明明|分明|根本|居然|竟然)(?:明显|分明)?就?是(?![我你他她])|(?:吃着|喝着|吃起来|喝起来|尝着|尝起来)像|结果(?:就是|一点(?:都|也)不|完全不|根本不)|实物(?:只有|就是|是|就)|来的是|咬开(?:一股|是|全是))/;
/**
 * What the listing, the platform or the advert "plainly wrote" (携程上明明写的免押金, 页面上明明写着含早,
 * app里明明写着免费停车): a description the place did not live up to. The customer's own order, remark or
 * screenshot plainly written (备注里明明写了, 订单上明明写着两份) is a wrong item instead, so only a public
 * description is named before 明明.
 */
const LISTING_BELIED = /(?:页面|网页|网上|官网|app|APP|宣传|促销|活动|介绍|详情|平台|携程|美团|飞猪|去哪儿?|广告)[^，,。！？!?]{0,4}明明(?:写|标)/;
/** The claim borne out (说是现炒的，确实是现炒的) or praised. */
const BORNE_OUT = /确实|果然|真的是|的确/;

/**
 * "说是现炒的，吃着就是料理包", "说是农家土鸡，一吃就是饲料鸡": the thing not as claimed is
 * misleading_promise by the guide, but the model read only the food (product_quality) into these.
 */
export function typesForClaimBelied(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, MISLEADING_TYPE, taxonomyTypes)) return types;
  const listed = LISTING_BELIED.exec(text);
  if (listed) return withNamedType(types, MISLEADING_TYPE, listed[0]);
  const found = CLAIM_BELIED.exec(text);
  if (!found || BORNE_OUT.test(found[0])) return types;
  return withNamedType(types, MISLEADING_TYPE, found[0]);
}
