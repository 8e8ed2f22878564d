import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';

const ORDER_TYPE = 'order_accuracy';

const HAIR_DRYER = /吹风机|电吹风/;
/** A stay: its rooms, its desk, a call for the staff or a thing asked of them (打电话要了个吹风机, 叫了两次才送来). */
const STAY = /酒店|宾馆|旅馆|客栈|民宿|客房|房间|入住|退房|前台|总台|服务员|打电话|叫了|要了|送来|拿来|借/;
/** Goods bought: 送吹风机 in a shop's promotion is a gift promised, 电吹风呢 or 说好的吹风机 one not sent. */
const BOUGHT = /买|购|收到|到手|快递|物流|发货|商品|活动|赠品|赠送|送的|送了个|说好|呢|消失|冲着/;
/**
 * The hair dryer missing or broken, within its clause and the next (没有吹风机, 吹风机坏了, 要了个吹风机，
 * 半天没送来); 没得说 before it is praise. One that came, however late (叫了两次才送来吹风机), is no item
 * missing from an order: the wait is responsiveness.
 */
const FAULTED = /没|无|缺|少|不|坏/;
const AROUND = /[^，,。！？!?；;\s]*(?:吹风机|电吹风)[^，,。！？!?；;\s]*(?:[，,；;\s][^，,。！？!?；;\s]*)?/;

/**
 * "打电话要了个吹风机两分钟就送来了", "房间有吹风机": the model learnt 吹风机 from shops' promotions (买洗发水
 * 送吹风机, 说好的赠品没给: order_accuracy), and read a missing item into a stay's hair dryer brought or in
 * the room. Dropped in a stay that names no goods bought when the hair dryer's clause and the next say
 * nothing missing or broken, and the message holds none of the type's phrases.
 */
export function typesForHairDryerNotAnOrder(types: ComplaintTypeScore[], text: string, orderPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === ORDER_TYPE)) return types;
  if (!HAIR_DRYER.test(text) || !STAY.test(text) || BOUGHT.test(text)) return types;
  const around = AROUND.exec(text)?.[0] ?? text;
  if (FAULTED.test(around) || holdsAnyPhrase(text, orderPhrases)) return types;
  return withoutType(types, ORDER_TYPE);
}
