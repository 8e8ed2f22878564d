import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { toldNotSupposed } from './sentences.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';

/**
 * A wait of half an hour or more at a service counter, a clinic's or a bank's (挂了号等了三个小时, 在营业厅排了一个多小时,
 * 抽血的地方人太多等了四十分钟, 去网点要排两个小时, 拿药的窗口排了一个小时): the business slow at its own counter, responsiveness by the guide (slow handling at the counter is
 * responsiveness), as a hotel's desk slow at check-in is (desk-slow.ts); the model knew the hotel's desk and
 * the restaurant's table, not these. A wait told only as too long (药房排队太久, 等号等了一个多小时) counts at such a counter too.
 */
const COUNTER_WAIT =
  /(?:挂号|挂了号|候诊|看病|就诊|叫号|窗口|柜台|网点|营业厅|办业务|办个业务|取号|抽血|缴费|取药|拿药|药房|收费处|等号|排号)[^。！？!?；;\n]{0,8}?(?:排队(?:太|好|很|超)(?:久|长)|(?:等了|排了|(?:要|得)(?:排|等)(?:队)?)(?:快|将近|足足|整整|差不多|近)?(?:[一二两三四五六七八九十半几\d]+个?多?半?(?:小时|钟头|个钟)|[三四五六七八九]十多?分钟|[3-9]\d多?分钟))/;
/**
 * A result or a report awaited past its time (体检报告说好一周出，等了半个月还没出来; 化验结果迟迟不出): the business slow
 * to hand over what it owes, responsiveness, as a repair left waiting is.
 */
const RESULT_LATE = /(?:报告|化验单|化验结果|检查结果|体检结果)[^。！？!?；;\n]{0,14}?(?:还没出|没出来|迟迟|晚出了|才出来|还没拿到|拿不到)/;

/**
 * A visit booked and kept hours late or not at all (宽带师傅约好下午两点，五点才到; 预约了上午上门，等了一上午都没来): the
 * business slow to come, responsiveness, as a repair left waiting is; a technician's or a fitter's, not a courier's.
 */
const VISIT_LATE =
  /(?:约好|约的|约了|预约(?:了|的)?)[^。！？!?；;\n]{0,10}?(?:才到|才来|迟到|都没(?:人)?来|没(?:人)?来)/;
const VISITOR = /师傅|工程师|上门|安装|维修|装机|检修|人员/;

/** Adds responsiveness when the message tells of a long wait at a service counter, a report past its time, or a visit kept late, unless the model found it. */
export function typesForCounterWait(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BUSINESS_SLOW_TYPE, taxonomyTypes)) return types;
  const found = toldNotSupposed(text, COUNTER_WAIT.exec(text) ?? RESULT_LATE.exec(text) ?? (VISITOR.test(text) ? VISIT_LATE.exec(text) : null));
  if (!found) return types;
  return withNamedType(types, BUSINESS_SLOW_TYPE, found[0]);
}

/** Anything brought to the customer: a courier, a rider, an order on its way. */
const BROUGHT = /外卖|快递|骑手|配送|送餐|送货|送到|送达|送来|物流|小哥|派送|上门/;

/**
 * "牙科医生技术很好，就是等号等了一个多小时": a wait at a clinic's or a bank's counter, nothing brought to the customer,
 * is the counter's slowness only; the model read the hour waited as a delivery's. Dropped when nothing is brought.
 */
export function typesForCounterWaitNotDelivery(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === 'delivery') || BROUGHT.test(text)) return types;
  const found = toldNotSupposed(text, COUNTER_WAIT.exec(text));
  if (!found) return types;
  return withoutType(types, 'delivery');
}
