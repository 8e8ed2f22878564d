import { ALLERGIC_REACTION_EN, TIMES_OVER_SET } from './phrases/food-harm.ts';
import { BITES_ALL_OVER_SET, INJURED } from './phrases/injury.ts';
import { PREMISES_DANGER, SPARKS } from './phrases/premises.ts';
import type { Trigger } from './phrases/triggers.ts';
import { CAUSED_BY_FOOD_SET, GENERIC_DANGER } from './shared-words.ts';
import { sameSentenceBeforeZh } from './text-windows.ts';

/**
 * A message this positive is thanks or a joke ("差点想报警哈哈", "帮我买了退烧药，太暖了"),
 * whatever words it uses.
 */
export const NOT_A_COMPLAINT = 0.45;
/**
 * In a review this long, the overall praise is about everything else: "服务好，价格适中…但是老公
 * 每次吃都会拉肚子" and "great vibe… someone went through my bag, lost 200 euro" still report harm
 * or theft. Jokes and thanks are short.
 */
export const LONG_REVIEW = 40;
/**
 * "嘴唇肿起来了，吃了药才好点", "输了液才缓过来": relief after treatment reads as praise to the sentiment words, but it tells that the harm was
 * real, so a short review that says it is not thanks.
 */
const RELIEF = /才(?:好(?![吃喝看玩用听])|缓过|退烧|消肿|止住)/;
const HARM_IN_ANY_REVIEW: ReadonlySet<string> = new Set([...CAUSED_BY_FOOD_SET, ...ALLERGIC_REACTION_EN, ...INJURED, ...PREMISES_DANGER]);
/**
 * Sparks from a fitting named just before, told in a short message the sentiment words read as mild ("浴室排风扇一直滋滋响 后来直接冒火星了"): no
 * one jokes or thanks with them. A grill's sparks (烤串的炭火一直冒火花) are cooking, and a long review is read as before.
 */
const SPARKS_SET: ReadonlySet<string> = new Set(SPARKS);
const FITTING = /插座|插头|插排|排插|插线板|电线|开关|排风扇|排气扇|换气扇|风扇|灯|空调|电视|吹风机|热水壶|水壶|热水器|充电器|浴霸|暖风机/;
const FITTING_WINDOW = 20;

function isSparksFromAFitting(text: string, phrase: string, start: number): boolean {
  return SPARKS_SET.has(phrase) && text.length < LONG_REVIEW && FITTING.test(sameSentenceBeforeZh(text, start, FITTING_WINDOW));
}
/**
 * "位置好早餐丰富，可惜床单上有臭虫，胳膊上全是包": praise, then a turn to the harm. The praise is of everything before the turn, as in a long
 * review, not thanks or a joke about the harm.
 */
const TURN_TO_A_FAULT = /可惜|但是|(?<![不非])但(?!愿)|不过|只是|就是|然而|结果/;
/**
 * Only harm that is never a figure of speech or a fruit's bruise ("嗓子干得冒烟", "像压伤的", "奶中毒了") turns a short review so: a danger
 * named in more than two characters (冒火花, 被电麻, not 冒烟 or 着火) is one, and so is a purge counted (拉了七八次).
 */
/** A fall or a retch told after the turn ("就是浴室太滑，我妈摔了一跤", "就是吃完晚上呕吐") is met, not a way of speaking. */
const FELL_OR_RETCHED = ['摔了一跤', '绊了一跤', '滑倒', '摔倒', '磕破', '磕青', '呕吐'];
const HARM_TOLD_AFTER_A_TURN: ReadonlySet<string> = new Set([...HARM_IN_ANY_REVIEW, ...BITES_ALL_OVER_SET, ...TIMES_OVER_SET, ...FELL_OR_RETCHED]);

function isHarmAfterATurn(text: string, trigger: Trigger, phrase: string, start: number): boolean {
  const harm = trigger === 'foreign_object' || trigger === 'theft' || HARM_TOLD_AFTER_A_TURN.has(phrase) || (trigger === 'safety' && phrase.length > 2 && !GENERIC_DANGER.has(phrase));
  return harm && TURN_TO_A_FAULT.test(text.slice(0, start));
}

/**
 * In a message that reads as praise, a harm phrase is taken as said in passing, unless it is harm no one praises past:
 * a foreign object, a theft or grave harm in a long review, sparks from a fitting, harm told after a turn (但是…), an
 * illness after something eaten or one that treatment relieved (吃了药才好点).
 */
export function praiseOutweighs(text: string, trigger: Trigger, phrase: string, start: number, illnessAfterEating: boolean): boolean {
  if (text.length >= LONG_REVIEW && (trigger === 'foreign_object' || trigger === 'theft' || HARM_IN_ANY_REVIEW.has(phrase))) return false;
  if (isSparksFromAFitting(text, phrase, start) || isHarmAfterATurn(text, trigger, phrase, start)) return false;
  return trigger !== 'health' || !(RELIEF.test(text) || illnessAfterEating);
}
