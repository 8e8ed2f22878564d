import { PRAISING_CLAUSE } from './analysed-clause.ts';
import type { ChineseClause } from './zh-clauses.ts';

/**
 * Marks the clauses that only set the scene of a sentence that praises: in "快递小哥冒雨送上门，
 * 服务很好" the first clause names the courier and nothing else, and read alone it counted as a
 * delivery complaint. A sentence praises when one of its clauses does, none finds fault, none
 * holds a contrast word (a fault after 就是 or 但 is still a fault) and the sentiment model reads
 * it as positive too (`modelSums`: each clause's n-gram sum): a single lexicon word misleads
 * ("说好的…照样扣了年费" is no praise).
 */
export function markPraisingSentences(clauses: readonly ChineseClause[], modelSums: Float64Array): void {
  let start = 0;
  for (let end = 0; end < clauses.length; end++) {
    if (!clauses[end]!.endsSentence && end < clauses.length - 1) continue;
    if (sentencePraises(clauses, modelSums, start, end)) {
      for (let c = start; c <= end; c++) if (clauses[c]!.lexiconScore <= PRAISING_CLAUSE) clauses[c]!.inPraisingSentence = true;
    }
    start = end + 1;
  }
}

function sentencePraises(clauses: readonly ChineseClause[], modelSums: Float64Array, start: number, end: number): boolean {
  let praising = false;
  let model = 0;
  for (let c = start; c <= end; c++) {
    const clause = clauses[c]!;
    if (clause.lexiconScore < 0 || clause.holdsContrast) return false;
    if (clause.lexiconScore > PRAISING_CLAUSE) praising = true;
    model += modelSums[c]!;
  }
  return praising && model > 0;
}
