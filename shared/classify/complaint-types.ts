import type { AnalysedClause } from './analysed-clause.ts';
import type { Taxonomy } from './default-taxonomy.ts';
import { isNegated } from './negation.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

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
  /** A problem phrase matched, not only topic words: "还没到" is a problem, "手续费" a topic. */
  problem: boolean;
}

export interface PhraseEvidence {
  /** Summed phrase weights per type index (taxonomy order). */
  sums: Float64Array;
  /** 1 where a problem phrase (not only a topic word) of that type matched. */
  problems: Uint8Array;
  phrases: string[][];
}

/** A type needs this much confidence to be reported (one strong phrase, or two weaker ones). */
export const TYPE_THRESHOLD = 0.5;
/** A complaint with no type above the threshold still reports its best type if this sure. */
export const FALLBACK_THRESHOLD = 0.3;
/** Clauses whose own lexicon score is above this are praise, not complaint. */
const PRAISING_CLAUSE = 0.5;

export class ComplaintTypeDetector {
  private readonly matcher: PhraseMatcher<PhraseTarget[]>;
  private readonly typeIds: string[];

  constructor(taxonomy: Taxonomy) {
    this.typeIds = taxonomy.types.map((type) => type.id);
    const targets = new Map<string, PhraseTarget[]>();
    const add = (phrase: string, target: PhraseTarget) => {
      const list = targets.get(phrase) ?? [];
      list.push(target);
      targets.set(phrase, list);
    };
    taxonomy.types.forEach((type, typeIndex) => {
      for (const [phrase, weight] of Object.entries(type.keywords)) add(phrase, { typeIndex, weight, negatable: true });
      for (const [phrase, weight] of Object.entries(type.topics)) add(phrase, { typeIndex, weight, negatable: false });
    });
    this.matcher = new PhraseMatcher(targets);
  }

  get types(): readonly string[] {
    return this.typeIds;
  }

  /**
   * Per-type phrase evidence: summed weights (problem phrases and topics), whether a problem
   * phrase matched, and which phrases. The learned type model (type-model.ts) reads these as
   * features; `detect` turns them into types on their own, for custom taxonomies.
   */
  evidence(clauses: readonly AnalysedClause[]): PhraseEvidence {
    const sums = new Float64Array(this.typeIds.length);
    const problems = new Uint8Array(this.typeIds.length);
    const phrases: string[][] = [];
    for (const clause of clauses) {
      if (clause.lexiconScore > PRAISING_CLAUSE) continue;
      const clauseWeight = Math.min(clause.weight, 1);
      for (const hit of this.matcher.findAll(clause.text)) {
        for (const target of hit.value) {
          if (target.negatable && isNegated(clause.text, hit.start)) continue;
          sums[target.typeIndex]! += target.weight * clauseWeight;
          if (target.negatable) problems[target.typeIndex] = 1;
          const found = (phrases[target.typeIndex] ??= []);
          if (!found.includes(hit.phrase)) found.push(hit.phrase);
        }
      }
    }
    return { sums, problems, phrases };
  }

  detect(clauses: readonly AnalysedClause[]): ComplaintTypeScore[] {
    const { sums, problems, phrases } = this.evidence(clauses);
    const scored: ComplaintTypeScore[] = [];
    for (let index = 0; index < sums.length; index++) {
      if (sums[index] === 0) continue;
      const confidence = Number((1 - Math.exp(-sums[index]!)).toFixed(3));
      scored.push({ type: this.typeIds[index]!, confidence, phrases: phrases[index] ?? [], problem: problems[index] === 1 });
    }
    scored.sort((a, b) => b.confidence - a.confidence);
    const confident = scored.filter((s) => s.confidence >= TYPE_THRESHOLD);
    if (confident.length > 0) return confident;
    const best = scored[0];
    return best && best.confidence >= FALLBACK_THRESHOLD ? [best] : [];
  }
}
