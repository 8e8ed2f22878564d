import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';

const SPAN = '(?:半天|老半天|好久|好几天|[一二两三四五六七八九十几\\d]+天|[一二两三四五六七八九十几半\\d]+个?多?半?(?:小时|钟头))';
/**
 * The business slow to answer, told by how long: 客服回复要等两天, 微信隔半天才回. Slow response by the business itself,
 * responsiveness by the guide; the model read the span of time as nothing. Not a booking slow to confirm (一直显示待确认，两个小时才确认:
 * labelled the system's), nor a way back (折腾一个小时才回去睡).
 */
const REPLY_SLOW = new RegExp(`(?:回复|回消息|回信息|答复)(?:要|得)?等(?:了)?${SPAN}|(?:隔|过了|等了)?${SPAN}(?:后|以后)?[^，,。！？!?；;\\s]{0,4}?才(?:回复|回消息|回信息|回(?![去来家到房头])|答复)`);
/** A refund, a compensation or a complaint waited on is after_sales's (退款申请三天才回复); money that came is no reply (才回款). */
const AFTER_SALES = /退款|退钱|退费|赔|投诉|售后|维权/;

/** Adds responsiveness when the business is told slow to reply, unless a type found names it or after_sales owns the wait. */
export function typesForReplySlow(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BUSINESS_SLOW_TYPE, taxonomyTypes) || AFTER_SALES.test(text)) return types;
  const found = REPLY_SLOW.exec(text);
  return found && !found[0].endsWith('回款') ? withNamedType(types, BUSINESS_SLOW_TYPE, found[0]) : types;
}
