import type { ComplaintTypeScore } from './complaint-types.ts';
import { lessSureThanARule, withoutType } from './named-type.ts';

const ORDER_TYPE = 'order_accuracy';
/**
 * What tells an order came wrong beside 点的是: what came instead (上来的是, 送来, 给我), a turn (却, 结果, 变成, 成了,
 * 不是, 明明), something missing or mistaken (没有, 少, 漏, 错, 忘, 没给), a note ignored (备注了不要还是放了), a question (怎么来了, 啊, 呢？).
 */
const ORDER_WRONG = /(?:上来|端来|拿来|来|收到|到手|做)(?:的|了)?(?:是|却|成)|送来|给我|却|结果|变成|成了|换成|不是|没有|少了|少给|漏|错|忘|没给|没送|没上|没[加放按做]|只来|只有|怎么|不对|不一样|变了|明明|备注|还是放|[？?啊]/;

/**
 * "我点的是肉饼汤，汤很清但是很鲜", "朋友点的是海鲜咖喱，虾、鱿鱼、扇贝都很新鲜": what was ordered told in a review
 * not negative, with nothing said to have come otherwise, is no order error; the model learnt 点的是 from orders
 * that came wrong ("点的是微辣，送来特辣") and read it into the telling of a meal. A rule's reading stays.
 */
export function typesForOrderOnlyNamed(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  const order = types.find((t) => t.type === ORDER_TYPE);
  if (!order || !lessSureThanARule(order) || !text.includes('点的') || ORDER_WRONG.test(text)) return types;
  return withoutType(types, ORDER_TYPE);
}
