import type { ComplaintTypeScore } from './complaint-types.ts';
import { STAY } from './couriers.ts';
import { KITCHEN } from './delivery-said-slow.ts';
import { mayName, withNamedType } from './named-type.ts';
import { clauseBefore } from './sentences.ts';

const TRANSPORT_TYPE = 'delivery';

/**
 * The order's wait said in a figure or with no figure of time: 等到花儿都谢了, 午饭变晚饭, 早餐成了午餐, 送了这么久,
 * 这么久才送到, 中午点的下午才到, 预计时间早就过了.
 */
const WAIT_IN_SLANG = new RegExp(
  '花儿?都谢了' +
    '|(?:早饭|早餐|午饭|午餐|晚饭|晚餐)(?:都)?(?:变|变成|成了|吃成)了?(?:午饭|午餐|晚饭|晚餐|下午茶|夜宵|宵夜)' +
    '|送(?:了|得|的)?(?:这么|那么)久|(?:这么|那么)久才(?:送到|送来|到)' +
    '|(?:早上|上午|中午|下午|晚上)(?:点|下单)的[^，,。！？!?；;]{0,4}?(?:中午|下午|晚上|半夜|第二天)才(?:到|送到|送来)' +
    '|预计(?:送达)?时间(?:早就|都|已经)?过了',
);
/** Served at a table or a counter, the kitchen blamed, or a wish: the corpus labels those otherwise. */
const NOT_THE_TRIP = /上菜|服务员|堂食|店里|餐厅|饭店|前台|排队/;
/** A device slow to respond (手机…我等到花儿都谢了你的字却还没有出现): the figure is the product's. */
const DEVICE = /手机|电脑|系统|软件|网速|输入|开机|屏幕|电话本|机器/;

/**
 * "等到花儿都谢了", "午饭变晚饭", "这么近送了这么久", "中午点的下午才到": slow delivery is delivery by the guide, but
 * said in a figure, or without a figure of time, the model found no type (午饭变晚饭 it read as praise). Not served at
 * a table, at a hotel, of a device, or with the kitchen named (出餐慢: responsiveness), nor hearsay or a fear (怕, 听说).
 */
export function typesForWaitSaidInSlang(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, TRANSPORT_TYPE, taxonomyTypes) || STAY.test(text) || NOT_THE_TRIP.test(text) || KITCHEN.test(text) || DEVICE.test(text)) return types;
  const found = WAIT_IN_SLANG.exec(text);
  if (!found || /怕|担心|听说|以为|如果|要是/.test(clauseBefore(text, found.index))) return types;
  return withNamedType(types, TRANSPORT_TYPE, found[0]);
}
