import { NEAR_MISS_WINDOW } from './hedges.ts';
import { AFTER_EATING_WINDOW } from './phrases/food-harm.ts';
import { BITES_ALL_OVER_SET, MOSQUITO } from './phrases/injury.ts';
import { BUGS_IN_BED, CAUSED_BY_FOOD_SET } from './shared-words.ts';
import { sameClauseBefore, sameSentenceBeforeZh } from './text-windows.ts';

/** Symptoms with a cause other than the business: spice, hunger, fullness, a poor night, a pet's own doing, mosquitoes, a word that only looks like one. */

/** "我家狗偷吃了剩下的鸡骨头，吐了一地": a pet sick from what it stole or picked up is the owner's, not the business's. */
const PETS_OWN_DOING = /(?:狗|猫|宠物)[^。！？!?]{0,4}?(?:偷吃|偷喝|自己吃|捡|叼|舔了地上)/;
const PET_WINDOW = 24;

export function isPetsOwnDoing(text: string, start: number): boolean {
  return PETS_OWN_DOING.test(sameSentenceBeforeZh(text, start, PET_WINDOW));
}

/** Numbness told beside Sichuan pepper or a spicy dish is its flavour ("麻辣烫太麻了，舌头发麻"), not a reaction. */
export const NUMB: ReadonlySet<string> = new Set(['发麻', '嘴麻', '舌头麻', '舌头发麻', '嘴巴发麻', '嘴发麻', '麻到没知觉', '麻得没知觉', '麻到没有知觉', '麻得没有知觉']);
const SPICE = /麻辣|花椒|藤椒|太麻|很麻|好麻|麻麻|微麻|特麻|重麻|辣/;
const SPICE_WINDOW = 12;
/** "不是花椒那种麻": the spice denied, the numbness is a reaction. */
const SPICE_DENIED = /不是|不像|并非/;

export function isSpiceNumbness(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - SPICE_WINDOW);
  const around = text.slice(from, Math.min(text.length, end + SPICE_WINDOW));
  const spice = SPICE.exec(around);
  return spice !== null && !SPICE_DENIED.test(around.slice(Math.max(0, spice.index - 3), spice.index));
}

/** A stomach that hurts from hunger or spice ("还没吃上饭，饿得肚子疼", "吃了一口辣得胃不舒服") is no harm the food did. */
const HUNGER_OR_SPICE = /饿|等[得到了]|辣[得到]/;
const STOMACH = /肚|胃/;
/** "吃撑了，肚子好难受", "吃太多了胃不舒服": too much eaten, told just before, is fullness. */
const FULLNESS = /撑|吃多了|吃太多|吃得太多|吃太饱|吃得太饱/;
const FULLNESS_WINDOW = 10;

export function isHungerOrSpice(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  if (!STOMACH.test(phrase) || CAUSED_BY_FOOD_SET.has(phrase)) return false;
  return HUNGER_OR_SPICE.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW)) || FULLNESS.test(sameSentenceBeforeZh(text, start, FULLNESS_WINDOW));
}

/** "吃了一口就吐了": a mouthful spat out, where "喝了半瓶就吐了" is vomiting. */
const THREW_UP_AFTER: ReadonlySet<string> = new Set(['就吐了', '都吐了']);
const A_MOUTHFUL = new RegExp('[一两几]口');

export function isABiteSpatOut(text: string, start: number, end: number): boolean {
  return THREW_UP_AFTER.has(text.slice(start, end)) && A_MOUTHFUL.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW));
}

/** "一晚上没睡好，早上起来头昏昏沉沉的", "吵得睡不着，头晕": a head heavy from a poor night is the room's noise or bed, not harm. */
const DIZZY: ReadonlySet<string> = new Set(['头晕', '头昏']);
const POOR_NIGHT = new RegExp('没睡|睡不|失眠|吵');
const POOR_NIGHT_WINDOW = 20;

export function isHeadFromAPoorNight(text: string, start: number, end: number): boolean {
  return DIZZY.has(text.slice(start, end)) && POOR_NIGHT.test(sameSentenceBeforeZh(text, start, POOR_NIGHT_WINDOW));
}

/**
 * Itching after a night among bugs in the bedding ("被子底下还爬出一只小虫子，起来全身痒"): harm from the stay, where the same itch with
 * nothing eaten and no bugs is a dry room, and mosquitoes are the room's environment.
 */
const ITCH: ReadonlySet<string> = new Set(['全身痒', '浑身痒', '全身发痒', '浑身发痒', '身上发痒']);
/** Bed bugs by name; 床上有蚊虫 is no bed bug. */
export const BED_BUGS_NAMED = /臭虫|跳蚤|虱子|床虱|螨虫/;

export function isItchFromBugsInBed(text: string, start: number, end: number): boolean {
  if (!ITCH.has(text.slice(start, end))) return false;
  const sentence = sameSentenceBeforeZh(text, start, AFTER_EATING_WINDOW);
  return BUGS_IN_BED.test(sentence) && !MOSQUITO.test(sentence);
}

/** 包 of a word, not a bump: 全是包装, 都是包子, 满身包裹 ("外卖袋里全是包装纸", "整袋子都是包子" typed without a break). */
const WORD_AFTER_BAO = /^[子装裹厢间邮括含容]/;
export function isBagOrBun(text: string, start: number, end: number): boolean {
  return BITES_ALL_OVER_SET.has(text.slice(start, end)) && text.endsWith('包', end) && WORD_AFTER_BAO.test(text.slice(end, end + 1));
}
