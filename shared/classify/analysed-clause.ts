/** A clause of the message with its contrast weight and its own lexicon polarity. */
export interface AnalysedClause {
  text: string;
  /** The clause as the trained models read it (foldDegrees in zh-clauses.ts), position for position. */
  modelText: string;
  /** modelText as the phrase lists read it (phraseView in zh-clauses.ts), when the analysis worked it out. */
  phraseText?: string;
  /** < 1 before a contrast word, > 1 after it, 1 otherwise. */
  weight: number;
  /** Chinese: the clause holds a contrast word (但是, 就是, 唯一的缺点…): WeightedClause.holdsContrast. */
  holdsContrast?: boolean;
  /** Lexicon sentiment of this clause alone: complaint words in a praising clause don't count. */
  lexiconScore: number;
  /**
   * The clause finds no fault but sets the scene of a sentence that praises (praising-sentences.ts):
   * in "快递小哥冒雨送上门，服务很好" the courier it names is praised, not complained of.
   */
  inPraisingSentence?: boolean;
}

/** Clauses whose own lexicon score is above this are praise, not complaint. */
export const PRAISING_CLAUSE = 0.5;
