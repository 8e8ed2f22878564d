import { countOf } from './chinese-numerals.ts';
import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const TRANSPORT_TYPE = 'delivery';
const BUSINESS_SLOW_TYPE = 'responsiveness';
const NUMBER = '[0-9]+|[一二两三四五六七八九十半]+';
/** A span of time: 20分钟, 四十五分钟, 一个半小时, 半小时, 两个钟头, 55分 closing its clause. */
const SPAN = `(${NUMBER})个?(半)?多?(小时|钟头|分钟|分(?=[，,。！!？?\\s]|$))`;
/** The time promised for the thing to come: 预计20分钟送达, 说好十分钟送上来, 承诺半小时内到, 说好半小时出餐. */
const PROMISED = new RegExp(`(?:预计|预估|说好的?|说|承诺|答应|保证|写着?|显示|标着?|号称)[^，,。！？!?；;\\d一二两三四五六七八九十半]{0,4}${SPAN}(?:内|之内|以内)?[^，,。！？!?；;]{0,3}?(?:送|到|来|出餐|做好|上)`);
/** The time it took, told after the promise: 实际55分钟, 等了四十五分钟, 结果送了一个半小时, 用了一个小时. */
const TOOK = new RegExp(`(?:实际上?|实则|结果|却|等了|用了|花了|送了|到了|足足|整整|过了)[^，,。！？!?；;\\d一二两三四五六七八九十半]{0,4}${SPAN}`);
/** A stay (its desk, its room service: 毛巾, 牙刷) or the kitchen still at it: the business's own slowness (responsiveness by the guide). */
const BUSINESS_OWN = /客房|酒店|宾馆|民宿|前台|房间|入住|毛巾|被子|牙刷|枕头|拖鞋|加床|出餐|备餐|接单|做好|上菜|后厨|厨房|办理|修/;
/** An order brought by a courier (送达, 外卖, 骑手), not a meal at a table (排队, 桌, 店里). */
const ORDER_BROUGHT = /送达|外卖|骑手|配送|送餐|小哥|美团|饿了么/;
const AT_A_TABLE = /排队|桌|堂食|店里|餐厅/;
/** A distance told as a time (步行五分钟到西湖，实际走了二十分钟; 说是十分钟车程): the place's location, not a wait. */
const DISTANCE = /步行|走路|走了|车程|开车|开了|打车|路程|距离|公里|地铁站/;
/** Later than promised by at least this many minutes, and by half as long again. */
const LATE_BY_MINUTES = 15;
const LATE_RATIO = 1.5;

function minutesOf(found: RegExpExecArray): number | undefined {
  const count = countOf(found[1]!);
  if (count === undefined) return undefined;
  const hours = found[3] === '小时' || found[3] === '钟头';
  return (hours ? count * 60 : count) + (found[2] === '半' && hours ? 30 : 0);
}

/**
 * "页面写预计20分钟送达，实际55分钟", "说好十分钟送牙刷上来，我看着表等了四十五分钟": a wait told only by
 * the time promised and the time it took, no word of slowness; the model reads the numbers as
 * nothing. Late by a quarter of an hour and by half as long again: the trip's (delivery) where a
 * courier brings an order, the business's own (responsiveness) at a stay or in the kitchen. Not a
 * promise kept or beaten (说20分钟，18分钟就到了).
 */
export function typesForPromisedMinutes(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  const promised = PROMISED.exec(text);
  if (!promised || DISTANCE.test(text)) return types;
  const after = text.slice(promised.index + promised[0].length);
  const took = TOOK.exec(after);
  if (!took) return types;
  const promisedMinutes = minutesOf(promised);
  const tookMinutes = minutesOf(took);
  if (promisedMinutes === undefined || tookMinutes === undefined) return types;
  if (tookMinutes - promisedMinutes < LATE_BY_MINUTES || tookMinutes < promisedMinutes * LATE_RATIO) return types;
  const type = BUSINESS_OWN.test(text) ? BUSINESS_SLOW_TYPE : ORDER_BROUGHT.test(text) && !AT_A_TABLE.test(text) ? TRANSPORT_TYPE : undefined;
  if (type === undefined || !mayName(types, type, taxonomyTypes)) return types;
  return withNamedType(types, type, text.slice(promised.index, promised.index + promised[0].length + took.index + took[0].length));
}
