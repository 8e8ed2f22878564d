import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';

const MISLEADING_TYPE = 'misleading_promise';
/** The premises of a stay or a restaurant, or a stay's price (房价, 房费). */
const PREMISES = /酒店|宾馆|民宿|客栈|房间|客房|房价|房费|泳池|地毯|浴缸|卫生间|浴室|走廊|大堂|前台|店里|店面|环境/;
/**
 * Goods bought, where a fake (假货, 怀疑真伪) is a claim broken by the labels even unsaid: 店里买的 names a shop, not premises.
 * Not the 假 of a holiday (节假日, 假期, 放假, 暑假), which the model reads as a fake too.
 */
const GOODS = /买|购|(?<!节|休|放|暑|寒|请|度|长|年|国庆|五一)假(?!期|日)|真伪|正品/;
/**
 * Where a claim or a promise can come from besides the taxonomy's phrases: something said,
 * written or shown (说, 称, 写, 显示, 所谓), described (介绍, 描述, 标, 页面, 详情), booked (订的是,
 * 订房), rated (星, 评分, 4.6分), named (叫, 名字, 名头, 招牌) or held against something known
 * (不一样, 不如).
 */
const CLAIM = /说|称|叫|所谓|名头|挂着|写|显示|明明|提到|订的是|订房|[0-9]分(?!钟)|介绍|描述|标|页面|详情|网上|星|评分|评价|好评|名字|招牌|图|照|实际|实物|以为|本来|原来|应该|不一样|不同|不如/;

/**
 * "泳池的水很脏，漂着头发", "走廊地毯很脏，有一股霉味": a fault of the place or the goods alone
 * is no broken claim, yet the model gave misleading_promise (at 0.23 to 0.5) beside a dirty pool,
 * carpet or bath. The guide wants a description, advert, picture, rating or promise the thing
 * failed: with none of the taxonomy's phrases of the type and no word that brings a claim in, the
 * type is dropped.
 */
export function typesForMisleadingUnclaimed(types: ComplaintTypeScore[], text: string, misleadingPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === MISLEADING_TYPE) || !PREMISES.test(text) || GOODS.test(text)) return types;
  if (CLAIM.test(text) || holdsAnyPhrase(text, misleadingPhrases)) return types;
  return withoutType(types, MISLEADING_TYPE);
}
