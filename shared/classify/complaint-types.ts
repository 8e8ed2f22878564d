import { PRAISING_CLAUSE, type AnalysedClause } from './analysed-clause.ts';
import type { Taxonomy } from './default-taxonomy.ts';
import { roundedTo } from './fixed-decimals.ts';
import { isNegated, isNegatedPastContrasts } from './negation.ts';
import type { PhraseFinder } from './clause-breaks.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { foldDegrees, phraseView } from './zh-clauses.ts';

/**
 * Multi-label complaint types from weighted keyword/topic phrases, clause by clause:
 * phrases in a clause that praises ("态度很好") are skipped, phrases before a contrast word
 * count half, negated problem phrases ("没送错") do not count.
 */
interface PhraseTarget {
  typeIndex: number;
  weight: number;
  negatable: boolean;
}

export interface ComplaintTypeScore {
  type: string;
  confidence: number;
  phrases: string[];
  /**
   * A problem phrase matched, not only topic words: "还没到" is a problem, "手续费" a topic. A
   * topic in a clause that finds fault is one too: "空调制热不行" and "停车场太小了" hold no premises
   * fault phrase, but a premises topic (空调, 停车场) and a fault (不行, 太小) in one clause.
   */
  problem: boolean;
}

/** Each clause's evidence, flat: clause c, type t at c × types + t. */
export interface ClauseEvidence {
  sums: Float64Array;
  problems: Uint8Array;
}

export interface PhraseEvidence {
  /** Summed phrase weights per type index (taxonomy order). */
  sums: Float64Array;
  /** 1 where a problem phrase of that type matched, or one of its topics in a clause whose lexicon score finds fault. */
  problems: Uint8Array;
  phrases: string[][];
  /**
   * 1 where a phrase of that type matched outside the scene of a praising sentence (see
   * praising-sentences.ts); when only there, and as no problem, the type was praised.
   */
  outsidePraise?: Uint8Array;
  /**
   * A phrase read as denied only because a contrast's 不 stands before it ("不过隔音很差"): only
   * then does reading past the contrasts (contrastsDeny false) find other evidence.
   */
  deniedByContrast?: boolean;
}

/**
 * The evidence in a model's type order: `taxonomyIndex[t]` is where the model's type t stands in the
 * taxonomy (-1 when the taxonomy lacks it), since an extension may reorder or add types.
 */
export function evidenceInModelOrder(evidence: PhraseEvidence, taxonomyIndex: readonly number[], into: PhraseEvidence): PhraseEvidence {
  for (let t = 0; t < taxonomyIndex.length; t++) {
    const index = taxonomyIndex[t]!;
    into.sums[t] = index >= 0 ? evidence.sums[index]! : 0;
    into.problems[t] = index >= 0 ? evidence.problems[index]! : 0;
  }
  return into;
}

/** A type needs this much confidence to be reported (one strong phrase, or two weaker ones). */
export const TYPE_THRESHOLD = 0.5;
/** A complaint with no type above the threshold still reports its best type if this sure. */
export const FALLBACK_THRESHOLD = 0.3;

export class ComplaintTypeDetector {
  readonly #taxonomy: Taxonomy;
  #matcher: PhraseMatcher<PhraseTarget[]> | undefined;
  private readonly typeIds: string[];
  /** evidence()'s sums and flags, reused: allocating two typed arrays per message cost more than filling them. */
  private readonly sums: Float64Array;
  private readonly problems: Uint8Array;
  private readonly outsidePraise: Uint8Array;

  constructor(taxonomy: Taxonomy) {
    this.#taxonomy = taxonomy;
    this.typeIds = taxonomy.types.map((type) => type.id);
    this.sums = new Float64Array(this.typeIds.length);
    this.problems = new Uint8Array(this.typeIds.length);
    this.outsidePraise = new Uint8Array(this.typeIds.length);
  }

  /**
   * The phrase matcher over every type's phrases, built on the first message: the processor
   * makes its classifier at module init, and the matcher's ~2,400 phrases were a good part of a
   * Lambda's init; the first message builds the n-gram index then anyway.
   */
  get #phrases(): PhraseMatcher<PhraseTarget[]> {
    return (this.#matcher ??= phraseMatcher(this.#taxonomy));
  }

  get types(): readonly string[] {
    return this.typeIds;
  }

  /** The types' phrases, for what must not cut one (clause breaks). */
  get phrases(): PhraseFinder {
    return this.#phrases;
  }

  /**
   * Per-type phrase evidence: summed weights (problem phrases and topics), whether a problem
   * phrase matched, and which phrases. The learned type model (type-model.ts) reads these as
   * features; `detect` turns them into types on their own, for custom taxonomies. The sums and
   * flags live in buffers the next call overwrites: copy them to keep them.
   */
  evidence(clauses: readonly AnalysedClause[], perClause?: ClauseEvidence, contrastsDeny = true): PhraseEvidence {
    const negatedAt = contrastsDeny ? isNegated : isNegatedPastContrasts;
    const typeCount = this.typeIds.length;
    const { sums, problems, outsidePraise } = this;
    for (let t = 0; t < typeCount; t++) {
      sums[t] = 0;
      problems[t] = 0;
      outsidePraise[t] = 0;
    }
    const phrases: string[][] = [];
    let deniedByContrast = false;
    const matcher = this.#phrases;
    if (perClause) {
      perClause.sums.fill(0, 0, clauses.length * typeCount);
      perClause.problems.fill(0, 0, clauses.length * typeCount);
    }
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c]!;
      if (clause.lexiconScore > PRAISING_CLAUSE) continue;
      const clauseWeight = Math.min(clause.weight, 1);
      const text = clause.phraseText ?? phraseView(clause.modelText);
      const hits = matcher.scan(text);
      // Aspect and opinion in one clause: what a phrase list cannot enumerate ("热水不太稳定", "制热不行").
      const findsFault = clause.lexiconScore < 0;
      for (let h = 0; h < hits; h++) {
        const phrase = matcher.phrase(h);
        const targets = matcher.value(h);
        let negated: boolean | undefined;
        for (let k = 0; k < targets.length; k++) {
          const target = targets[k]!;
          if (target.negatable && (negated ??= negatedAt(text, matcher.start(h)))) {
            deniedByContrast ||= contrastsDeny && !isNegatedPastContrasts(text, matcher.start(h));
            continue;
          }
          const problem = target.negatable || findsFault;
          sums[target.typeIndex]! += target.weight * clauseWeight;
          if (problem) problems[target.typeIndex] = 1;
          if (clause.inPraisingSentence !== true) outsidePraise[target.typeIndex] = 1;
          if (perClause) {
            perClause.sums[c * typeCount + target.typeIndex]! += target.weight * clauseWeight;
            if (problem) perClause.problems[c * typeCount + target.typeIndex] = 1;
          }
          const found = (phrases[target.typeIndex] ??= []);
          if (!found.includes(phrase)) found.push(phrase);
        }
      }
    }
    return { sums, problems, phrases, outsidePraise, deniedByContrast };
  }

  /** The types of a message from its evidence() alone. */
  detect({ sums, problems, phrases }: PhraseEvidence): ComplaintTypeScore[] {
    const scored: ComplaintTypeScore[] = [];
    for (let index = 0; index < sums.length; index++) {
      if (sums[index] === 0) continue;
      const confidence = roundedTo(1 - Math.exp(-sums[index]!), 3);
      scored.push({ type: this.typeIds[index]!, confidence, phrases: phrases[index] ?? [], problem: problems[index] === 1 });
    }
    scored.sort((a, b) => b.confidence - a.confidence);
    const confident = scored.filter((s) => s.confidence >= TYPE_THRESHOLD);
    if (confident.length > 0) return confident;
    const best = scored[0];
    return best && best.confidence >= FALLBACK_THRESHOLD ? [best] : [];
  }
}

function phraseMatcher(taxonomy: Taxonomy): PhraseMatcher<PhraseTarget[]> {
  const targets = new Map<string, PhraseTarget[]>();
  // Phrases are matched with degree adverbs read as 很 (zh-clauses.ts): "特别慢" matches "很慢".
  const add = (phrase: string, target: PhraseTarget) => {
    const folded = phraseView(foldDegrees(phrase));
    const list = targets.get(folded) ?? [];
    if (!list.some((known) => known.typeIndex === target.typeIndex && known.negatable === target.negatable)) list.push(target);
    targets.set(folded, list);
  };
  taxonomy.types.forEach((type, typeIndex) => {
    for (const [phrase, weight] of Object.entries(type.keywords)) add(phrase, { typeIndex, weight, negatable: true });
    for (const [phrase, weight] of Object.entries(type.topics)) add(phrase, { typeIndex, weight, negatable: false });
  });
  return new PhraseMatcher(targets);
}
