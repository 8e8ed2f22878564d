import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { clauseBefore } from './sentences.ts';

const ORDER_TYPE = 'order_accuracy';

/**
 * An item of the order given or made up wrong, the item named beside the verb: 给错了口味, 口味搞错了, 饮料给错了, 酱料配错了.
 * Bare 搞错了 and 弄错了 are any mistake (前台把房号搞错了, 是不是弄错了): only with a food, a drink or a flavour named.
 * Not 没给错, 不会搞错.
 */
const ITEM = '(?:口味|味道|饮料|奶茶|咖啡|果汁|可乐|酱料|酱汁|酱|小料|配料|餐品|菜品|主食|套餐|米饭|面|粉|汤|菜|饭|餐|杯型|规格|甜度|辣度)';
const GIVEN_WRONG = new RegExp(`(?<![没不别])(?:给|配|装)错了?${ITEM}|${ITEM}(?:都|也|又|全|居然|竟然)?(?:给|搞|弄|配|装)错`);
/** The customer's own mistake, money, or a fear or a condition: 我搞错了, 自己弄错了, 找零给错, 怕搞错, 如果给错了. */
const NOT_THE_ORDER = /我|自己|找零|找钱|零钱|钱|账|怕|担心|如果|要是|万一|以免|防止/;

/**
 * "给错了口味", "口味搞错了", "饮料给错了": an item given wrong is order_accuracy by the guide (送错), but the phrase
 * lists hold 送错 and 拿错, not 给错, 搞错 or 弄错, and the model read "给错了口味" as praise.
 */
export function typesForGivenWrong(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, ORDER_TYPE, taxonomyTypes)) return types;
  const found = GIVEN_WRONG.exec(text);
  if (!found || NOT_THE_ORDER.test(clauseBefore(text, found.index))) return types;
  return withNamedType(types, ORDER_TYPE, found[0]);
}
