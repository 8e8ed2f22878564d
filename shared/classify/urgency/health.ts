import { isNegated } from '../negation.ts';
import { statesACondition } from './allergy.ts';
import { HYPOTHETICAL, HYPOTHETICAL_EN, HYPOTHETICAL_WINDOW, HYPOTHETICAL_WINDOW_LATIN, NEAR_MISS, NEAR_MISS_WINDOW, THOUGHT_EN } from './hedges.ts';
import { EATEN_OR_ORDERED, isConditionAlreadyBorne, isDishBlamedAfter, isIllnessNotFromTheBusiness } from './illness.ts';
import { isAboutTheGoods, isBareScaldWithoutWater, isWorkersMishap } from './injury.ts';
import { BED_BUGS_NAMED, isABiteSpatOut, isBagOrBun, isHeadFromAPoorNight, isHungerOrSpice, isItchFromBugsInBed, isPetsOwnDoing, isSpiceNumbness, NUMB } from './other-causes.ts';
import { AFTER_EATING_SET, AFTER_EATING_WINDOW } from './phrases/food-harm.ts';
import { BITES_ALL_OVER_SET, MOSQUITO, MOSQUITO_WINDOW } from './phrases/injury.ts';
import { LATIN, sameClauseBefore, sameSentenceBefore, sameSentenceBeforeZh } from './text-windows.ts';

/** Harm to health (illness, an allergic reaction, an injury): whether a harm phrase found in the message tells harm the business did. */

/** "感觉这种不新鲜的菜吃了会拉肚子，没敢吃": harm the customer expects, from farther back in the clause than HYPOTHETICAL reads. */
const EXPECTED = /(?:感觉|觉得|看着|看起来|看上去)[^，。！？,.!?]{0,12}会$/;
const EXPECTED_WINDOW = 16;

/** "触摸板能烫伤手指": what a thing could do ("竟然也能拉肚子" did happen). */
const COULD = /(?<![也竟居还都])能$/;

/** "吃完没多久肚子疼", "不一会儿就吐了": how soon the harm came, whose 没 or 不 denies nothing. */
const SOON_AFTER = /(?:没过?多久|不久|没一会儿?|不一会儿?|没几分钟|没几个小时|没半小时|没几天)[就便又]?$/;

/**
 * A Chinese negator must stand in the harm's own clause: "服务员连句道歉都没有，烫起泡了" denies the apology, not the burn.
 * An English one reaches over the words between ("I'm not risking food poisoning"), as isNegated reads it.
 */
const NEGATOR_REACH = 3;

function isHarmDenied(text: string, start: number): boolean {
  const clause = LATIN.test(text.charAt(start)) ? text : sameClauseBefore(text, start, NEGATOR_REACH);
  const at = clause === text ? start : clause.length;
  return isNegated(clause, at) && !SOON_AFTER.test(text.slice(Math.max(0, start - 6), start));
}

export function isHarmToHealth(text: string, start: number, end: number): boolean {
  if (AFTER_EATING_SET.has(text.slice(start, end)) && !EATEN_OR_ORDERED.test(sameSentenceBeforeZh(text, start, AFTER_EATING_WINDOW)) && !isDishBlamedAfter(text, end) && !isItchFromBugsInBed(text, start, end)) return false;
  if (statesACondition(text, start, end) || isIllnessNotFromTheBusiness(text, start, end) || isConditionAlreadyBorne(text, end) || isPetsOwnDoing(text, start) || isAboutTheGoods(text, text.slice(start, end), start, end)) return false;
  if (NUMB.has(text.slice(start, end)) && isSpiceNumbness(text, start, end)) return false;
  if (isBareScaldWithoutWater(text, start, end)) return false;
  if (isHungerOrSpice(text, start, end) || isWorkersMishap(text, start, end) || isHeadFromAPoorNight(text, start, end) || isABiteSpatOut(text, start, end)) return false;
  if (isBagOrBun(text, start, end)) return false;
  // Mosquitoes before the bites are the room's, unless bed bugs are named there too (蚊子多就算了 床上还有臭虫 腿上被叮得全是包).
  if (BITES_ALL_OVER_SET.has(text.slice(start, end)) && MOSQUITO.test(text.slice(Math.max(0, start - MOSQUITO_WINDOW), start)) && !BED_BUGS_NAMED.test(text.slice(Math.max(0, start - MOSQUITO_WINDOW), start))) return false;
  return (
    !isHarmDenied(text, start) &&
    !NEAR_MISS.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW)) &&
    !COULD.test(text.slice(0, start)) &&
    !EXPECTED.test(sameClauseBefore(text, start, EXPECTED_WINDOW)) &&
    !HYPOTHETICAL.test(text.slice(Math.max(0, start - HYPOTHETICAL_WINDOW), start)) &&
    !HYPOTHETICAL_EN.test(sameSentenceBefore(text, start, HYPOTHETICAL_WINDOW_LATIN)) &&
    !THOUGHT_EN.test(sameSentenceBefore(text, start, HYPOTHETICAL_WINDOW_LATIN))
  );
}
