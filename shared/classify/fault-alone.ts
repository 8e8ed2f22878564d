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
 * praises in words no lexicon lists — unless the clauses only list faults (faultsListed) and a
 * complaint type was found (`typed`).
 * Returns the raw score the message then has, or undefined.
 */
export function faultAloneRaw(clauses: readonly AnalysedClause[], length: number, lexiconScore: number, praiseHits: number, typed = false): number | undefined {
  if (length > FAULT_ALONE_LENGTH || praiseHits > 0 || lexiconScore > 0) return undefined;
  const told = toldClauses(clauses);
  if (told === 1) return lexiconScore < 0 ? Math.min(-FAULT_ALONE_RAW, lexiconScore) : undefined;
  return told > 1 && told <= LISTED_CLAUSES && typed && faultsListed(clauses) ? Math.min(-FAULT_ALONE_RAW, lexiconScore) : undefined;
}

/** A terse list is of two or three faults; a message of more clauses weighs them as a shopper's mixed review ("有点脆,有点酸,感觉一般,…"). */
const LISTED_CLAUSES = 3;
/** Words adding one more of the same to what went before: "珍珠也硬", "还贵", "又咸". */
const ADDED = ['也', '还', '又', '而且'];
/**
 * A fault said mildly, in words the lexicon may not score (米饭有点干, 奶茶偏甜, 份量小了点): beside another such
 * clause, with a complaint type found and no praise, the message lists faults.
 */
const HEDGED = /有点|有些|有一点|偏|略|稍微|了一?点/;

/**
 * "有点咸 有点油", "奶茶太甜了 珍珠也硬", "比图片小好多 还贵", "米饭有点干 菜有点淡": terse takeaway reviews
 * that list small faults, none strong alone, which the model read as praise. Each clause is a fault (its
 * lexicon score below zero, or a fault said mildly: HEDGED), or a later fault is added to the first with 也/还/又; no clause praises in the lexicon's words
 * and none holds a contrast, which is how a lukewarm word no lexicon lists ("还可以，就是有点油",
 * "速度可以 就是有点咸") introduces a minor flaw. The caller asks it only where a complaint type was
 * found: "刚收到，还没用" lists no fault, though 没用 scores as one.
 */
function faultsListed(clauses: readonly AnalysedClause[]): boolean {
  let all = true;
  let added = false;
  let first = true;
  for (const clause of clauses) {
    if (clause.modelText.length === 0) continue;
    if (clause.holdsContrast === true || clause.lexiconScore > 0) return false;
    if (clause.lexiconScore < 0 || HEDGED.test(clause.text)) {
      if (!first && ADDED.some((word) => clause.text.includes(word))) added = true;
    } else all = false;
    first = false;
  }
  return all || added;
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
