import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const AFTER_SALES_TYPE = 'after_sales';

/**
 * "外卖超时了，准时宝赔付也没给", "说好退钱过了一个月还没退", "退款申请了三天还没到账": money owed the
 * customer for a fault, a refund or a compensation, not paid is after_sales by the guide (refunds,
 * compensation). All 12 written corpus reviews (and dev fixtures) saying so are labelled with the
 * type, but the model gave it to none of "准时宝赔付也没给", "说好的赔付，到现在一分钱没见到". A
 * voucher (早餐券没给) is left out, a hotel's breakfast voucher being order_accuracy, and so is a
 * re-sent dish that never came, whose labels split between after_sales and responsiveness.
 * Between the remedy and its denial no sentence may end.
 */
const REMEDY_WITHHELD =
  /(?:赔付|赔偿|补偿|退款|退钱|红包)[^。！？!?；;\n]{0,12}?(?:没有|没|未)(?:给|收到|到账|退|见到|兑现|下文|消息)/;

/** Adds after_sales when the message says money owed the customer was not paid, unless the model found it. */
export function typesForRemedyWithheld(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, AFTER_SALES_TYPE, taxonomyTypes)) return types;
  const found = REMEDY_WITHHELD.exec(text);
  if (!found) return types;
  return withNamedType(types, AFTER_SALES_TYPE, found[0]);
}
