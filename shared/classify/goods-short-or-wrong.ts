import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { clauseBefore } from './sentences.ts';

const ORDER_TYPE = 'order_accuracy';

/** What comes in the box or with the order of goods: the earphones, the screen film, the case, the cable, a gift. */
const ACCESSORY = '(?:耳机|贴膜|手机膜|钢化膜|膜|手机套|保护套|手机壳|数据线|充电器|充电头|鼠标|捅针|卡针|内存卡|说明书|赠品|礼物|礼品|配件)';
/**
 * The goods short of what the order should hold (赠品没送, 少了捅针, 配件不足, 说好送16g内存卡的…结果没送) or the wrong goods
 * sent (和我买的不一样, 我要的明明不是这个款, 发回来的却不是): order_accuracy by the guide (少送, 送错), as the corpus labels
 * them, where the model read only the goods' quality. Not a seller that includes no extras (连个耳机都不送, 不送鼠标: the
 * corpus labels it the price or the goods, never the order), nor a thing said merely absent (这个手机没有数据线), nor short
 * weight (缺斤少两: labelled both ways), nor a wish (能赠送鼠标就好了), nor a remedy refused
 * (我要的不是免单).
 */
const SHORT_OR_WRONG = new RegExp(
  [
    `${ACCESSORY}(?:也|都|竟然都|竟然|根本|居然)?(?:没送|没给|没有送|没有给)`,
    `(?:没送|没给|少了|缺了?)(?:一?[个张条根副])?${ACCESSORY}`,
    `${ACCESSORY}不足`,
    '说好(?:的)?送[^！？!?；;]{1,16}?(?:没送|没有送|没给|没有给)',
    '(?:和|跟)我(?:买|拍|要|订|选)的不一样',
    '我要的(?:明明|根本)?不是(?:这|那)',
    '发(?:回来|过来|来)?的(?:却|竟然|居然|根本)?不是',
    '发货没看码',
  ].join('|'),
);
/** A wish or a condition: 能赠送鼠标就好了, 如果少了配件. */
const NOT_TOLD = /希望|最好|如果|要是|能不能|可以的话|就好了/;

/** Adds order_accuracy when a negative message says goods were sent short or wrong, unless the model found it. */
export function typesForGoodsShortOrWrong(types: ComplaintTypeScore[], text: string, negative: boolean, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!negative || !mayName(types, ORDER_TYPE, taxonomyTypes)) return types;
  const found = SHORT_OR_WRONG.exec(text);
  if (!found || NOT_TOLD.test(clauseBefore(text, found.index) + found[0])) return types;
  return withNamedType(types, ORDER_TYPE, found[0]);
}
