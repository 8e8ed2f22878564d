import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const ORDER_TYPE = 'order_accuracy';
/** The customer's remark on the order: 备注 (备註 is folded to it). */
const REMARK = /备注/;
/**
 * The remark said to have been read and followed, with thanks: 照做了, 按备注做的, 看到了, 很细心, 特意做得很清淡,
 * 少辣做到了, 都按要求做了 (the business's care; the customer's own 特意备注了 is none, nor 没做到).
 */
const HONOURED = /照做|照着做|按(?:照)?备注|按要求|(?<![没未])做到了|看到了|有看到|细心|贴心|用心|特[意地](?:做|给|多|少|加|留|送|准备|放)|满足了/;
/**
 * Anything that could say the order still went wrong: a turn (结果, 但, 还是, 居然), the remark unread
 * (没看, 没按, 无视), an item missing or wrong (少了, 漏, 没给, 忘, 错; not the 少 of a remark, 少放盐) or a question.
 */
const STILL_WRONG = /结果|但|却|可是|不过|还是|居然|竟然|偏偏|明明|怎么|根本|没看|不看|没按|没有按|不按|无视|少了|少送|少给|少一|漏|没给|没送|没有给|没有送|忘|(?<!不)错|缺|[?？]/;

/**
 * "备注了不要葱，商家很细心，一根都没放", "备注多加辣 店家照做了": a remark followed is praise, and
 * order_accuracy is what came differing from what was ordered (the guide: 少送, 送错), but the model
 * reads the remark and its 没放 as the type's. Dropped when the message says the remark was followed
 * and nothing that could say the order still went wrong.
 */
export function typesForRemarkHonoured(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === ORDER_TYPE) || !REMARK.test(text) || !HONOURED.test(text) || STILL_WRONG.test(text)) return types;
  return withoutType(types, ORDER_TYPE);
}
