import { EATING } from './shared-words.ts';

/** "no onions because I am allergic", "because of my allergy": why the note was written, not a reaction. */
const ALLERGY_AS_A_REASON = /\b(?:because|as|since|due to)\b(?:\s+of)?(?:\s+(?:my|his|her|an?|i'?m|i am|he'?s|she'?s|he is|she is))?\s+$/i;
/**
 * "my son has a nut allergy", "(allergy, clearly written in the notes)": the bare noun names an allergy someone has; one the meal
 * caused is told with what caused it or what struck ("it gave me an allergy", "got an allergy", "an allergy attack").
 */
const ALLERGY_CAUSED = /\b(?:gave|give|gives|got|get|gets|caused|causing|triggered|set off)\s+(?:me|him|her|us|them|my\s+\w+)?\s*(?:an?\s+|bad\s+|severe\s+)*$/i;
const ALLERGY_STRUCK = /^\s*(?:attack|reaction|flare)/i;
/** "my son is allergic", "I'm allergic": who is allergic, a condition, unless a reaction follows ("is allergic reaction" is no English). */
const ALLERGIC_BY_NATURE = /\b(?:is|am|are|i'?m|he'?s|she'?s|we'?re|they'?re)\s+(?:very\s+|severely\s+|highly\s+)?$/i;

/**
 * "我家孩子花生过敏", "老公海鲜过敏，备注了不要虾": who has the allergy, then to what, with no 了 after and nothing eaten before in the
 * message, is a condition ("我吃了芒果过敏", "宝宝海鲜过敏了", "吃了几口才发现，我芒果过敏" and "两个人全过敏" are reactions).
 */
const ALLERGIC_PERSON_BEFORE = /(?:我|孩子|宝宝|小孩|娃|儿子|女儿|老公|老婆|家人|朋友|他|她)[^，。！？,.!?吃喝食了全都也人]{1,4}$/;
const REACTION_AFTER = /^(?:了|起来|反应|发作)/;
const NOTED_BEFORE = /备注[^，。！？,.!?]{0,6}$/;

/** "我对鱼过敏", "I'm allergic to onions": the customer names a condition; a reaction is told in other words (起疹子, hives, 医院). */
export function statesACondition(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  if (phrase === '过敏') {
    // "备注写了花生过敏不要放花生": the allergy told in the order's note, a condition; a reaction is told in other words (嘴肿了).
    return /对[^，。！？,.!?]{0,6}$/.test(text.slice(Math.max(0, start - 7), start)) ||
      NOTED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
      (ALLERGIC_PERSON_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && !REACTION_AFTER.test(text.slice(end, end + 2)) && !EATING.test(text.slice(0, start)));
  }
  const before = text.slice(Math.max(0, start - 24), start);
  if (phrase === 'allergy') return !ALLERGY_CAUSED.test(before) && !ALLERGY_STRUCK.test(text.slice(end, end + 10));
  if (phrase === 'allergic') return /^\s+to\b/i.test(text.slice(end, end + 4)) || ALLERGY_AS_A_REASON.test(before) || (ALLERGIC_BY_NATURE.test(before) && !ALLERGY_STRUCK.test(text.slice(end, end + 10)));
  return false;
}
