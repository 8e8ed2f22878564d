import type { WordLists } from '../word-lists.ts';
import { counts } from './counts.ts';
import { MOSQUITO } from './phrases/injury.ts';
import { BUGS_IN_BED, FALL_WINDOW, FOOD_CONTEXT, GAS_WORDS, GOODS } from './shared-words.ts';
import { sameClauseBefore, sameSentenceBeforeZh } from './text-windows.ts';

/** Harm to the body told with words between, where the phrase list names only the joined forms: read after it, each behind its words. */

/**
 * Fumes in the room followed by symptoms ("甲醛味特别重，住了一晚眼睛流泪嗓子疼"): harm from the stay, where the smell alone is the
 * room's environment, a cough alone may be the guest's own cold ("霉味，我鼻炎犯了"), and a headache from a smell is as often a figure of speech.
 */
const FUMES_HARM = /(?:甲醛|油漆味|霉味|霉菌|消毒水味|杀虫剂|杀虫水)[^。！？!?鼻感]{0,24}?(?:咳嗽|嗓子疼|嗓子痛|喉咙疼|喉咙痛|流泪|呼吸不畅|胸闷)/g;
export const FUME_WORDS = ['甲醛', '油漆', '霉', '消毒水', '杀虫'];
/** Gas in the room, then a guest dizzy or sick ("热水器是燃气的 洗完澡人晕乎乎的"): carbon monoxide, where the smell alone is the safety trigger's. */
const GAS_HARM = /(?:燃气|煤气|瓦斯|天然气)[^。！？!?]{0,24}?(?:头晕|头昏|晕乎乎|晕晕乎乎|昏昏沉沉|晕倒|站不住|站不稳|恶心|想吐)/g;

export function fumesHarm(text: string, held: WordLists, sentimentScore: number): string | undefined {
  const gas = held.holds(GAS_WORDS);
  if (!gas && !held.holds(FUME_WORDS)) return undefined;
  for (const fumes of [...text.matchAll(FUMES_HARM), ...(gas ? text.matchAll(GAS_HARM) : [])]) {
    const end = fumes.index + fumes[0].length;
    if (counts('health', text, fumes.index, end, sentimentScore)) return fumes[0];
  }
  return undefined;
}

/**
 * A tooth broken on something in the food, with words between ("咬了一口牙就崩了个角", "咯到一颗钢珠，牙齿裂了"): the phrase list names only the
 * joined forms (牙崩, 崩了牙). Nearly broken or not broken at all ("差点把牙崩了", "幸好牙没崩") is none, nor the hotel's toothbrush (牙刷断了).
 */
const TOOTH_BROKEN = /牙(?![刷膏签线缸杯])齿?[^，。！？,.!?差险没不]{0,3}?(?:崩|裂|碎|断|缺了|掉了一块|磕掉)/g;
const TOOTH_FOOD_WINDOW = 30;

export function toothBrokenOnFood(text: string, sentimentScore: number): string | undefined {
  if (!text.includes('牙')) return undefined;
  for (const tooth of text.matchAll(TOOTH_BROKEN)) {
    const start = tooth.index;
    if (FOOD_CONTEXT.test(sameSentenceBeforeZh(text, start, TOOTH_FOOD_WINDOW)) && counts('health', text, start, start + tooth[0].length, sentimentScore)) return tooth[0];
  }
  return undefined;
}

/**
 * Bites told by the skin, with words between ("后背和腿上全是一排一排的红包"), where the message blames bed bugs or fleas before or after
 * ("床垫里肯定有臭虫"): the phrase list names only the joined forms (全是红包). Mosquitoes anywhere in the message make them the room's.
 */
const BITTEN_SKIN = /(?:身上|腿上|背上|后背|胳膊|手臂|脖子|脸上|全身|浑身|肚子上|腰上)[^，。！？,.!?]{0,8}?(?:红包|小包|大包|疙瘩|红点|红疹|包)/g;
export const BED_BUG_WORDS = ['臭虫', '跳蚤', '床虱', '虱子', '螨'];
const BEDDING = /床单|床垫|被子|被褥|被套|枕头|枕套/;

export function bitesFromBedBugs(text: string, held: WordLists, sentimentScore: number): string | undefined {
  // Bugs in the bedding told only as 虫 ("床上有虫 睡了一晚身上全是红点") bite as bed bugs do, and so does bedding blamed for an itch
  // ("手臂上全是一个个小红包 特别痒 床单肯定有问题").
  if (!(held.holds(BED_BUG_WORDS) || (text.includes('虫') && BUGS_IN_BED.test(text)) || (text.includes('痒') && BEDDING.test(text))) || MOSQUITO.test(text)) return undefined;
  for (const bites of text.matchAll(BITTEN_SKIN)) {
    if (counts('health', text, bites.index, bites.index + bites[0].length, sentimentScore)) return bites[0];
  }
  return undefined;
}

/**
 * A fall told bare after the floor was said to be slippery ("浴室地太滑了 也没防滑垫 我妈洗完澡直接摔了", "地砖又滑 我爸一屁股坐地上"): the
 * phrase list names 摔了 only after a shower (洗澡摔了), as 摔了 alone is as often a phone, and 一屁股坐 alone is sitting down tired. A phone
 * or a cup in the clause ("地太滑 手机掉地上摔了") is the goods.
 */
const SLIPPED_AND_FELL = /滑[^。！？!?]{0,24}?(摔了|一屁股[坐摔跌])(?![个一只块])/g;
const CROCKERY = /杯|碗|盘|碟/;
const isDroppedGoods = (words: string): boolean => GOODS.test(words) || CROCKERY.test(words);

export function fellOnASlipperyFloor(text: string, sentimentScore: number): string | undefined {
  if (!text.includes('摔了') && !text.includes('一屁股')) return undefined;
  for (const slip of text.matchAll(SLIPPED_AND_FELL)) {
    const end = slip.index + slip[0].length;
    const start = end - slip[1]!.length;
    if (isDroppedGoods(sameClauseBefore(text, start, FALL_WINDOW)) || isDroppedGoods(text.slice(end, end + 2))) continue;
    if (counts('health', text, start, end, sentimentScore)) return slip[1];
  }
  return undefined;
}

/**
 * Something that fell and struck a body ("窗帘杆突然掉下来 正好砸在我老公额头上"): told so, it is never a joke or thanks, so it counts however
 * warmly the sentiment words read the rest (正好, 起了个大包), where the phrase list's bare 砸在 needs a complaint around it.
 */
const STRUCK_BY_A_FALL = /(?:掉下来|掉了下来|砸下来|砸了下来|倒下来|倒了下来|塌下来|塌了下来)[^。！？!?]{0,8}?(?:砸在|砸到|砸中|打在|磕在|落在|掉在)[^，。！？,.!?]{0,6}?(?:额头|头上|头顶|脑袋|脑门|脸上|眼睛|鼻子|肩膀|背上|手上|脚上|腿上|身上)/g;

export function struckByAFall(text: string, sentimentScore: number): string | undefined {
  if (!text.includes('下来')) return undefined;
  for (const struck of text.matchAll(STRUCK_BY_A_FALL)) {
    if (counts('health', text, struck.index, struck.index + struck[0].length, sentimentScore)) return struck[0];
  }
  return undefined;
}
