import type { AnalysedClause } from './analysed-clause.ts';

/** Longer messages say more than their one fault: the model's reading of the rest may be right. */
const FAULT_ALONE_LENGTH = 20;
/** How negative a fault alone reads at least: the lexicon's own score when lower. */
const FAULT_ALONE_RAW = 0.5;

/**
 * "油很大", "给错了口味", "房间有点小", "包装有点简陋": a short message of one clause whose only
 * words the lexicon knows are faults. The sentiment model learnt from product reviews, where 很大
 * and 小巧 praise a product, and leant positive on such text (油很大 +2.3) though the customer
 * wrote nothing but the fault. Any word scored above zero (好吃到哭's 好吃, a fault denied as in
 * 一点都不油) leaves the message to the model, and so does a second clause: "还可以，就是有点油"
 * praises in words no lexicon lists. Returns the raw score the message then has, or undefined.
 */
export function faultAloneRaw(clauses: readonly AnalysedClause[], length: number, lexiconScore: number, praiseHits: number): number | undefined {
  if (length > FAULT_ALONE_LENGTH || praiseHits > 0 || lexiconScore >= 0) return undefined;
  return toldClauses(clauses) === 1 ? Math.min(-FAULT_ALONE_RAW, lexiconScore) : undefined;
}

/**
 * "骨头比肉多", "豆芽比鱼多": the same short message of one clause, whose fault no lexicon word
 * scores but a rule names after the sentiment was read (the dish mostly filler). With no word of
 * praise and no other clause, the named fault is all the customer wrote: negative.
 */
export function faultNamedAlone(clauses: readonly AnalysedClause[], length: number, lexiconScore: number, praiseHits: number): boolean {
  return length <= FAULT_ALONE_LENGTH && praiseHits === 0 && lexiconScore <= 0 && toldClauses(clauses) === 1;
}

function toldClauses(clauses: readonly AnalysedClause[]): number {
  let told = 0;
  for (const clause of clauses) if (clause.modelText.length > 0) told += 1;
  return told;
}
