import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';

/**
 * A call for the staff that no one answers: 举手叫了好几次都没人过来, 喊了三遍服务员都没人应,
 * 按了好几次呼叫铃都没人理, 等了好一会都没服务员招呼, or answered only after several (叫了几次才过来, 按了三次铃才有人来; not 喊了两声才抬头, the staff's manner)
 * (not 打电话没人接, the phone's own rule).
 */
const CALL_UNANSWERED =
  /(?:叫|喊|招手|举手|按)[^，。！？!?；;,]{0,8}?(?:都|也|还|就是)?(?:没人|没有人|没服务员|没有服务员)(?:过来|来|理|应|搭理|回应|招呼)|(?:半天|好一会儿?|好久|很久)(?:都|也)?(?:没人|没有人|没服务员|没有服务员)(?:过来|来|理|应|搭理|招呼)|(?:叫|喊|招手|举手|按)了?[^，。！？!?；;,]{0,6}?(?:好几|几|两|三|四|五|N)(?:次|遍|声)[^，。！？!?；;,]{0,5}?才(?:有人)?(?:过来|来|理|搭理|回应)/;
/** Someone other than the house not coming: a courier, a driver. */
const NOT_THE_HOUSE = /骑手|外卖|快递|配送|司机/;

/**
 * "点单的服务员半天不来，举手叫了好几次都没人过来": the house slow to answer a guest's call is slow
 * response by the business (the guide: 反映了半天没人来), and the corpus labels every review saying so
 * responsiveness, even where the staff are said too few (服务员忙不过来…按了好几次呼叫铃都没人理).
 * In a long review of the dishes that also tells of a queue not complained of, the type the model
 * read was dropped with the queue's (queue-wait knows 叫了半天, not 叫了好几次都没人过来); this row,
 * after it, names it again. Not when only supposed (如果叫了没人来).
 */
export function typesForCallUnanswered(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BUSINESS_SLOW_TYPE, taxonomyTypes)) return types;
  const found = CALL_UNANSWERED.exec(text);
  if (!found) return types;
  const before = clauseBefore(text, found.index) + found[0];
  if (SUPPOSED.test(before) || NOT_THE_HOUSE.test(before)) return types;
  return withNamedType(types, BUSINESS_SLOW_TYPE, found[0]);
}
