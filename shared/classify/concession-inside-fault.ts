import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { isNegated } from './negation.ts';
import { clauseBefore, clauseAfter } from './sentences.ts';
import type { Taxonomy } from './taxonomy.ts';
import { foldDegrees, phraseView } from './zh-clauses.ts';

/** A problem phrase of the taxonomy as the phrase lists read it (degrees folded), with its type. */
export interface FaultPhrase {
  phrase: string;
  type: string;
}

/** Every type's Chinese problem phrases, folded as the phrase matcher folds them (房间特别小 holds 房间很小). */
export function faultPhrases(taxonomy: Taxonomy): FaultPhrase[] {
  return taxonomy.types.flatMap((type) =>
    Object.keys(type.keywords)
      .filter((phrase) => /[\u3400-\u9fff]/.test(phrase))
      .map((phrase) => ({ phrase: phraseView(foldDegrees(phrase)), type: type.id })),
  );
}

/**
 * 却, 倒是, 反而 between a subject and its degree or negator (房间却很小, 隔音倒是不太好); not before a
 * verb, where the phrase it splits names a topic, not a fault (订单却显示完成, 系统却显示不能取消).
 */
const CONCESSIVE = /(?<=[\u3400-\u9fff])(?:却是|却|倒是|反而)(?=很|太|特别|非常|挺|蛮|好|有点|有些|比较|超|巨|十分|相当|不|没)/g;

/**
 * "价格不便宜，房间却很小", "位置好，房间倒是很小": a concessive adverb between the subject and its
 * degree splits the problem phrase (房间很小) in two, so neither the phrase lists nor the model's
 * n-grams saw it, and the fault went without a type. Reading the adverb into the phrase lists is a
 * model input (a retrain with it cost dev); here, after the model, a problem phrase that the adverb
 * alone split, read again with it left out and not negated, names its type.
 */
export function typesForConcessionInsideFault(types: ComplaintTypeScore[], text: string, faults: readonly FaultPhrase[], taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!text.includes('却') && !text.includes('倒是') && !text.includes('反而')) return types;
  for (const adverb of text.matchAll(CONCESSIVE)) {
    const before = phraseView(foldDegrees(clauseBefore(text, adverb.index)));
    const after = phraseView(foldDegrees(clauseAfter(text, adverb.index + adverb[0].length)));
    const junction = before.length;
    const joined = before + after;
    for (const { phrase, type } of faults) {
      if (!mayName(types, type, taxonomyTypes)) continue;
      const start = joined.lastIndexOf(phrase, junction - 1);
      if (start >= 0 && start + phrase.length > junction && !isNegated(joined, start)) types = withNamedType(types, type, phrase);
    }
  }
  return types;
}
