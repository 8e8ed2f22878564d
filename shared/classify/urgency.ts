import type { ClassifierInput } from './types.ts';
import { REPEATED_UNRESOLVED, repeatedComplaintsReason } from './repeated-complaints.ts';
import { REASONS, triggerPhrases, type Trigger } from './urgency/phrases/triggers.ts';
import { WordLists } from './word-lists.ts';
import { bitesFromBedBugs, BED_BUG_WORDS, fellOnASlipperyFloor, FUME_WORDS, fumesHarm, struckByAFall, toothBrokenOnFood } from './urgency/bodily-harm.ts';
import { counts, HARM } from './urgency/counts.ts';
import { isIllnessAfterEating, isIllnessFromFood } from './urgency/illness.ts';
import { moneyGone } from './urgency/money-gone.ts';
import { PERSONAL_SAFETY, personalSafetyIncident } from './urgency/personal-safety.ts';
import { LONG_REVIEW, NOT_A_COMPLAINT, praiseOutweighs } from './urgency/praise-gate.ts';
import { PREMISES_FAILING, premisesFailing, SHARP_WORDS, sharpInBed } from './urgency/premises-failing.ts';
import { GAS_WORDS, PLACE_CONTEXT } from './urgency/shared-words.ts';
import { AFTER_EATING_TROUBLE, stomachTroubleAfterEating } from './urgency/stomach-trouble.ts';

/**
 * Escalation signals, as the labelling guide (docs/complaint-taxonomy.md) defines urgency:
 * regulators and police, media exposure, lawyers; actual harm to health or safety (illness after
 * eating, foreign objects in food, injuries, dangerous premises); theft and personal safety;
 * angry compensation demands. Each trigger names its reason so an agent sees why a message
 * jumped the queue. Most feedback is not urgent, so every trigger is a phrase that means the
 * event, not a topic word: "抖音上看到的店" is not exposure, "房间有蟑螂" is not harm.
 */

export interface UrgencyResult {
  urgent: boolean;
  urgentReason?: string;
  explanations: string[];
  /** What was found in the food ("蟑螂" in "麻辣烫里有一只蟑螂", "头发" in "菜里有头发"), urgent or not. */
  foundInFood?: string;
  /** With foundInFood: whether the message names premises at all (店, 房间, 厕所…): pests there are environment. */
  namesPremises?: boolean;
  /** The harm phrase when it follows something eaten or drunk ("吃完拉肚子"): the food is at fault. */
  illnessFromFood?: string;
  /** Urgent for harm that happened to the customer (health, a foreign object, danger, theft), not for a threat. */
  reportsHarm?: boolean;
  /** The theft or the intrusion told ("钱不见了", "房卡能打开别人的房间"): privacy_security by the guide. */
  theftOrIntrusion?: string;
}

/** The word lists of the checks after the phrase list, each read only where the message holds a word of its list. */
const CHECKS_WORDS = new WordLists([
  ...AFTER_EATING_TROUBLE.map(([words]) => words),
  ...PREMISES_FAILING.map(([words]) => words),
  ...PERSONAL_SAFETY.map(([words]) => words),
  SHARP_WORDS,
  GAS_WORDS,
  FUME_WORDS,
  BED_BUG_WORDS,
]);

export function detectUrgency(analysisText: string, sentimentScore: number, history: ClassifierInput['history']): UrgencyResult {
  const held = CHECKS_WORDS.read(analysisText);
  const reasons = new Map<Trigger, string>();
  let foundInFood: string | undefined;
  let illnessFromFood: string | undefined;
  let theftOrIntrusion: string | undefined;
  const hits = triggerPhrases.scan(analysisText);
  for (let h = 0; h < hits; h++) {
    const trigger = triggerPhrases.value(h);
    if (trigger === 'found') {
      if (foundInFood === undefined && counts('foreign_object', analysisText, triggerPhrases.start(h), triggerPhrases.end(h), sentimentScore)) foundInFood = triggerPhrases.phrase(h);
      continue;
    }
    if (trigger === 'none' || reasons.has(trigger)) continue;
    const phrase = triggerPhrases.phrase(h);
    const start = triggerPhrases.start(h);
    const illnessAfterEating = trigger === 'health' && isIllnessAfterEating(analysisText, phrase, start);
    if (sentimentScore >= NOT_A_COMPLAINT && praiseOutweighs(analysisText, trigger, phrase, start, illnessAfterEating)) continue;
    if (!counts(trigger, analysisText, start, triggerPhrases.end(h), sentimentScore)) continue;
    reasons.set(trigger, `${REASONS[trigger]} ("${phrase}")`);
    if (trigger === 'foreign_object') foundInFood = phrase;
    if (trigger === 'theft') theftOrIntrusion = phrase;
    if (trigger === 'health' && isIllnessFromFood(analysisText, phrase, start, illnessAfterEating)) illnessFromFood = phrase;
  }
  if (!reasons.has('health')) {
    const trouble = stomachTroubleAfterEating(analysisText, held, sentimentScore, sentimentScore >= NOT_A_COMPLAINT && analysisText.length < LONG_REVIEW);
    if (trouble !== undefined) {
      reasons.set('health', `${REASONS.health} ("${trouble}")`);
      illnessFromFood ??= trouble;
    }
  }
  if (!reasons.has('health')) {
    const struck = struckByAFall(analysisText, sentimentScore);
    if (struck !== undefined) reasons.set('health', `${REASONS.health} ("${struck}")`);
  }
  if (!reasons.has('health') && (sentimentScore < NOT_A_COMPLAINT || analysisText.length >= LONG_REVIEW)) {
    const fumes = fumesHarm(analysisText, held, sentimentScore) ?? toothBrokenOnFood(analysisText, sentimentScore) ?? bitesFromBedBugs(analysisText, held, sentimentScore) ?? fellOnASlipperyFloor(analysisText, sentimentScore);
    if (fumes !== undefined) reasons.set('health', `${REASONS.health} ("${fumes}")`);
  }
  if (!reasons.has('safety') && (sentimentScore < NOT_A_COMPLAINT || analysisText.length >= LONG_REVIEW)) {
    const failing = premisesFailing(analysisText, held, sentimentScore) ?? sharpInBed(analysisText, held);
    if (failing !== undefined) reasons.set('safety', `${REASONS.safety} ("${failing}")`);
  }
  if (!reasons.has('theft') && (sentimentScore < NOT_A_COMPLAINT || analysisText.length >= LONG_REVIEW)) {
    const gone = moneyGone(analysisText, sentimentScore) ?? personalSafetyIncident(analysisText, held, sentimentScore);
    if (gone !== undefined) {
      reasons.set('theft', `${REASONS.theft} ("${gone}")`);
      theftOrIntrusion = gone;
    }
  }
  if (history && history.unresolvedComplaints >= REPEATED_UNRESOLVED && sentimentScore < 0) {
    reasons.set('repeated', repeatedComplaintsReason(history.unresolvedComplaints));
  }
  const result: UrgencyResult = { urgent: false, explanations: [] };
  if (foundInFood !== undefined) {
    result.foundInFood = foundInFood;
    result.namesPremises = PLACE_CONTEXT.test(analysisText);
  }
  if (reasons.size === 0) return result;
  if (illnessFromFood !== undefined) result.illnessFromFood = illnessFromFood;
  if (theftOrIntrusion !== undefined) result.theftOrIntrusion = theftOrIntrusion;
  result.urgent = true;
  if ([...reasons.keys()].some((trigger) => HARM.has(trigger))) result.reportsHarm = true;
  result.urgentReason = [...reasons.values()].join('; ');
  result.explanations.push(`urgent: ${result.urgentReason}`);
  return result;
}