import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { sentenceAround } from './sentences.ts';

const PREMISES_TYPE = 'environment';

/** A fitting of a room (its lights, curtains, windows, toilet, safe, fridge, kettle, sockets, door lock, a business room's computer, the remote, the water heater). */
export const ROOM_FIXTURES = ['灯', '窗帘', '窗户', '马桶', '下水', '水龙头', '花洒', '喷头', '保险箱', '保险柜', '冰箱', '水壶', '吹风机', '插座', '门锁', '房门', '电脑', '遥控器', '热水器'] as const;
const FIXTURE = `(?:${ROOM_FIXTURES.join('|')})`;
/** A part of the fitting: 马桶水箱坏了, 台灯开关失灵, 马桶冲水冲不下去. */
const PART = '(?:水箱|按钮|开关|盖子?|把手|冲水)?';
/**
 * How sure, how often or how much: 也, 竟然, 根本, 老是; 是 before 坏的 (就是坏的); a mild degree (马桶有点堵,
 * 花洒有些漏水), which still tells the fault.
 */
const EMPHASIS = '(?:也|还|都|又|就|竟然|居然|直接|根本|完全|一直|老是|总是|经常|是|有点儿?|有些|有一点)*';
/** The fitting not working: broken, dead, stuck, blocked, leaking, letting the wind in (窗户漏风, 关不严). No 不 of its own: 灯不暗 is no fault. */
const BROKEN = '(?:坏|不亮|不能用|用不了|打不开|关不上|锁不上|拉不上|拉不开|冲不下去|冲不走|不出水|不通电|没电|没反应|失灵|堵|漏水|不制冷|不好使|掉了|开不了机|开不开机|漏风|关不严|关不紧)';
const FIXTURE_BROKEN = new RegExp(`${FIXTURE}(?:的)?${PART}${EMPHASIS}${BROKEN}`);
/** The shower's water swinging between hot and cold: 洗澡水一会冷一会热, 热水忽冷忽热, 水温时冷时热. */
const WATER_SWINGING = /(?:水|水温|淋浴|花洒)(?:的温度)?(?:也|还|老是|总是|一直)*(?:忽冷忽热|忽热忽冷|一会儿?冷一会儿?热|一会儿?热一会儿?冷|时冷时热|时热时冷)/;
/**
 * A smoke or fire alarm going off for nothing (烟雾报警器半夜响了三次, 烟感一直乱响): the premises' fitting at fault
 * and the night's noise, told as often without naming the stay, so read without one.
 */
const ALARM_SOUNDING =
  /(?:烟雾报警器|烟感|烟雾探测器|火警警报|消防警报)(?:也|还|又|老是|总是|一直|经常|半夜|夜里|晚上|凌晨|突然|莫名其妙地?|无缘无故地?)*(?:乱响|误报|响个不停|响了一(?:晚|夜|整晚|宿)|响了(?:一|两|三|四|五|几|好几|[0-9]+)[次回遍]|(?<=一直|老是|总是|半夜|夜里|凌晨|突然)响)/;
/** A stay: without one a fridge or a toilet that does not work is goods bought (product_quality). */
const STAY = /酒店|宾馆|旅馆|客栈|民宿|客房|房间|入住|退房|前台|总台|住了|住的|大堂|服务员/;
/** Goods bought, delivered or installed: their faults are the seller's. */
const BOUGHT = /买|购|收到|到手|京东|淘宝|快递|物流|发货|安装|师傅|售后|商品/;
/**
 * The fault only supposed, or put right at once: 如果马桶堵了, 灯坏了马上就换好了. 怕 is a worry
 * only alone: 害怕 and 可怕 are the fear the fault gave ("门锁锁不上 一个人住很害怕").
 */
const SUPPOSED = /如果|要是|假如|万一|担心|(?<![害可])怕|会不会/;
const PUT_RIGHT = /(?<![没未不])(?:修好|换好|弄好)|马上就好|立刻就/;

/**
 * "住了两晚 床头灯不亮 窗帘也拉不上", "酒店位置好 就是马桶冲不下去": a room's fitting that does not
 * work is the premises, environment by the guide (old/broken facilities), but the model, which
 * learnt the type from 房间 and the air-con, TV and hot water, gave these fittings nothing. Named in
 * a stay that names no goods bought, unless the sentence only supposes the fault or says it put right.
 * So with the shower's water swinging between hot and cold beside a call to the desk (洗澡水一会冷一会热，
 * 打电话给总台…等了一个小时也没人来), where the model gave the slow repair alone.
 */
export function typesForRoomFixtureBroken(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes) || BOUGHT.test(text)) return types;
  const found = (STAY.test(text) ? (FIXTURE_BROKEN.exec(text) ?? WATER_SWINGING.exec(text)) : null) ?? ALARM_SOUNDING.exec(text);
  if (!found) return types;
  const sentence = sentenceAround(text, found.index, found.index + found[0].length);
  if (SUPPOSED.test(sentence) || PUT_RIGHT.test(sentence)) return types;
  return withNamedType(types, PREMISES_TYPE, found[0]);
}
