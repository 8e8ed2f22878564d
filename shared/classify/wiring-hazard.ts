import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { isNegated } from './negation.ts';
import { clauseBefore, sentenceAround } from './sentences.ts';

const PREMISES_TYPE = 'environment';
const SAFETY_TYPE = 'privacy_security';

/** Where a fault can smoke or scorch: the sockets and the room's electric fittings. */
const WIRED = '(?:插座|插头|插线板|开关|电线|吹风机|电吹风|水壶|热水器|空调|电视|电热毯)';
const NEAR = '[^，,。！？!?；;\\n]{0,8}?';
/**
 * An electrical or fire hazard: a socket that sparks (一插就打火, 冒火花), a shock (漏电, 被电了一下), bare wiring
 * (电线裸露, 插座里的线都露出来了), a scorched fitting (插座都熏黑了, 吹风机冒烟), the smoke alarm or extinguisher gone
 * dead or missing (房间没有烟雾报警器), the fire escape blocked. Not 打火机, a lighter; nor 真理的火花, nor a seam's 线都露出来了 (no wiring), nor a dish still
 * smoking (火锅还冒着烟), named with no fitting.
 */
const HAZARD = new RegExp(
  `打火(?!机)|[冒打起闪蹦出]火花|冒(?:了|出)?(?:点|些|一点)?火星|火星子|漏电|触电|被电(?:了|到|麻|击)|电麻了|电了一下|(?:电线|铜线|铜丝|电源线|插座[^，,。！？!?]{0,6}?线)${NEAR}(?:裸露|外露|露|破)` +
    `|(?:烟雾报警器|烟感|烟雾探测器)${NEAR}(?:拆|坏|套|堵|不响)|灭火器${NEAR}(?:过期|没有|空)|(?:消防通道|逃生通道|安全通道|安全出口)${NEAR}(?:堆|堵|锁)` +
    `|(${WIRED}${NEAR}(?:烧焦|焦味|焦糊|冒烟|发黑|熏黑))`,
);
/** The smoke alarm or extinguisher missing (房间没有烟雾报警器): told with its own 没, so read apart from the denial check. */
const SAFETY_KIT_MISSING = /(?:没有|没|无)(?:烟雾报警器|烟感|烟雾探测器|灭火器)/;
/** Goods bought, delivered or installed: their faults are the seller's (product_quality). */
const BOUGHT = /买|购|收到|到手|京东|淘宝|快递|物流|发货|师傅|售后|商品|电脑|笔记本|平板|键盘/;
/** The hotel blaming the guest for it (前台说我房间的烟雾报警器被拆了，要罚款): a charge, not the premises' fault. */
const BLAMED = /说我|罚款|要我赔|让我赔/;
/** Only supposed or feared (万一漏电, 担心会打火); 害怕 and 可怕 are the fright it gave. */
const SUPPOSED = /如果|要是|假如|万一|担心|(?<![害可])怕|会不会/;

/**
 * "插座松了 一插就打火", "卫生间电线裸露在外面", "房间的烟雾报警器被拆了": a hazard of the premises is a broken
 * facility (environment) and unsafe premises (privacy_security) by the guide, as the corpus labels most such stays
 * (its urgency is urgency.ts's), but told without 坏, 安全隐患 or a room's name the model gave it one type or none;
 * a fitting that only scorches or smokes is environment alone.
 * Not for goods bought, nor when denied, supposed or blamed on the guest.
 */
export function typesForWiringHazard(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (BOUGHT.test(text)) return types;
  const missing = SAFETY_KIT_MISSING.exec(text);
  const found = missing ?? HAZARD.exec(text);
  if (!found || (!missing && isNegated(text, found.index))) return types;
  // Supposed in its own clause (万一漏电); a fire supposed after the fault told (这要是着火怎么跑) leaves it told.
  if (SUPPOSED.test(clauseBefore(text, found.index)) || BLAMED.test(sentenceAround(text, found.index, found.index + found[0].length))) return types;
  // A fitting that only scorches or smokes (吹风机一开就有焦味) the corpus calls the premises' fault, not unsafe premises.
  const named = found[1] ? [PREMISES_TYPE] : [PREMISES_TYPE, SAFETY_TYPE];
  let out = types;
  for (const type of named) if (mayName(out, type, taxonomyTypes)) out = withNamedType(out, type, found[0]);
  return out;
}
