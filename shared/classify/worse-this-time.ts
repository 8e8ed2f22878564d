import type { AnalysedClause } from './analysed-clause.ts';
import { ZH_NOW_WORDS } from './zh-lexicon.ts';

/**
 * "以前很好吃，这次肉很柴", "上次来很好，这回房间有股烟味": how it used to be, then a fault of this
 * time. The split weighs the clauses after the now word more, but the model, learnt from product
 * reviews, read the praise of before (and 柴) strongly enough to keep the message positive. When
 * the clauses after the now word find fault in the lexicon's words and none of them praises, the
 * verdict is on this time: negative. "以前很好吃，这次也很好吃" and "以前有点咸，这次刚刚好" praise
 * after it and stay with the model. Only where the lexicon praises before the now word ("上次投诉过米饭太硬，这次软硬刚好"
 * tells a fault fixed), and in a short message: a long review tells more than before and now.
 */
const SHORT_MESSAGE = 50;

export function faultThisTime(clauses: readonly AnalysedClause[], contrastWord: string | undefined, firstAfter: number | undefined, length: number): boolean {
  if (length > SHORT_MESSAGE || contrastWord === undefined || firstAfter === undefined || !ZH_NOW_WORDS.includes(contrastWord)) return false;
  let before = 0;
  for (let c = 0; c < firstAfter; c++) before += clauses[c]!.lexiconScore;
  if (before <= 0) return false;
  let after = 0;
  for (let c = firstAfter; c < clauses.length; c++) {
    const score = clauses[c]!.lexiconScore;
    if (score > 0) return false;
    after += score;
  }
  return after < 0;
}
