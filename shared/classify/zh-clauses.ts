import type { AnalysedClause } from './analysed-clause.ts';
import { withDegreeSaidPlainly } from './degree-words.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { ZH_CONTRAST_WORDS, ZH_MILD_CONTRAST_WORDS, ZH_NOW_WORDS, ZH_PAST_WORDS, ZH_VERDICT_WORDS } from './zh-lexicon.ts';

/**
 * Splits simplified-Chinese text into clauses and weights them around the last contrast word:
 * in "送得很快，但是饭全凉了" the clause after 但是 carries the verdict. The same weighting is used
 * when training the model and when scoring, so the model learns under the rule it runs with.
 */
export interface WeightedClause {
  text: string;
  /** The clause as the trained models read it (foldDegrees): as long as text, position for position. */
  modelText: string;
  /** modelText as the phrase lists read it (phraseView). */
  phraseText: string;
  weight: number;
  /** The clause ends a sentence (。！？；, a line end or the text's end), not only a clause (，、). */
  endsSentence: boolean;
  /** The clause holds a contrast word (但是, 就是, 不过…), whether or not it is the one the weights turn on. */
  holdsContrast: boolean;
}

/**
 * Degree adverbs say how much, not what: "送餐特别慢" is the complaint "送餐很慢" is. Reviews
 * mostly praise after 特别, 非常 and 挺, so models that read them as they are learnt them as
 * praise and missed the fault after them (送餐特别慢 scored delivery 0.12 where 送餐很慢 scored
 * 0.56; 房间特别小 came out positive). The models read each as 很, which the sentiment model
 * leaves out, one 很 per character so that positions stay those of the text. Not 十分 (四十分钟)
 * or 相当 (相当于); 太 and 超 carry their own sense (太慢 is a complaint, 超时 a delay). 好 before a
 * fault or an amount is one too ("送了好久才到", "比以前小了好多" came out praise, the model reading
 * 好 as good); not 好多了, which is "much better".
 */
const DEGREE_ADVERBS = /非常|特别|超级|极其|格外|挺|蛮|好(?=[久几慢咸淡辣贵少小差难烂脏吵冷凉硬腻远臭挤闷晚]|多(?!了)|半天)/g;

export function foldDegrees(text: string): string {
  return text.replace(DEGREE_ADVERBS, (adverb) => (adverb.length === 2 ? '很很' : '很'));
}

/** How many times in a row one character counts for the models ("好好好吃" yes, the tenth A no). */
const MAX_RUN = 3;
/** What stands in for the rest of a run: a noncharacter, which no model has a weight for. */
const RUN_MASK = '\uffff';

/**
 * The text with every character past the third of a run masked, positions kept: the models are
 * linear in n-gram counts, so "差评 AAAA…" with sixty A's read as sure praise (the bigram "aa"
 * sixty times) whatever else it said.
 */
export function maskLongRuns(text: string): string {
  let masked: string[] | undefined;
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    run = text.charCodeAt(i) === text.charCodeAt(i - 1) ? run + 1 : 1;
    if (run > MAX_RUN) (masked ??= text.split(''))[i] = RUN_MASK;
  }
  return masked ? masked.join('') : text;
}

/**
 * Folded text for phrase lists, where positions need not match the text: one 很 per adverb, so
 * "房间特别小" holds the phrase "房间很小".
 */
export function phraseView(foldedText: string): string {
  return foldedText.includes('很很') ? foldedText.replaceAll('很很', '很') : foldedText;
}

/**
 * A clause as the split makes it: weighted, and already the object the analysis returns, its
 * lexicon score 0 until analyseChinese sets it (a second object per clause was garbage).
 */
export type ChineseClause = WeightedClause & AnalysedClause;

export interface ClauseSplit {
  clauses: ChineseClause[];
  contrastWord?: string;
  /** A mild contrast (就是, 只是, 唯一): the clause after it weighs less, a minor flaw of a satisfied review. */
  mildContrast?: boolean;
  /** Index of the first clause after the contrast word the weights turn on. */
  firstClauseAfterContrast?: number;
}

/**
 * Chosen on the dev split among 0.5/0.75/1 before × 1/1.25/1.5 after, the sentiment model retrained
 * for each (2026-12-01): 0.5/1.5, the first guess, read too many satisfied reviews with one fault
 * after 但是 as complaints (written dev 94.69 %, shopping dev 91.78 %; here 95.32 %, 92.17 %).
 */
export const BEFORE_CONTRAST_WEIGHT = 0.75;
export const AFTER_CONTRAST_WEIGHT = 1.25;
/**
 * "位置好，服务热情，就是早餐一般": a mild contrast names a minor flaw in a review the customer
 * still concludes is good, so the flaw weighs less than the praise, not more.
 */
export const BEFORE_MILD_CONTRAST_WEIGHT = 1;
export const AFTER_MILD_CONTRAST_WEIGHT = 0.6;
/**
 * "以前很好吃，这次肉很柴": a clause opening with now after one about before turns the review more
 * than 但是 does: how it used to be is no praise of this time.
 */
const NOW_WEIGHTS = [0.5, 1.5] as const;
const CONTRAST_WEIGHTS = [BEFORE_CONTRAST_WEIGHT, AFTER_CONTRAST_WEIGHT] as const;
const MILD_WEIGHTS = [BEFORE_MILD_CONTRAST_WEIGHT, AFTER_MILD_CONTRAST_WEIGHT] as const;

/**
 * Clause breaks, one flag per UTF-16 code unit: punctuation and what a regular expression's \s
 * matches (WhiteSpace and LineTerminator). A table, not a regular expression: splitting every
 * message with one was a noticeable share of the classifier's time.
 */
const CLAUSE_BREAK = new Uint8Array(65536);
for (const character of ',.!?;:，。！？；：、~～…"\'“”‘’()（）【】「」《》-—\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff') {
  CLAUSE_BREAK[character.charCodeAt(0)] = 1;
}

/** The breaks that end a sentence; the other clause breaks (，、：…) go on with it. */
const SENTENCE_END = new Uint8Array(65536);
for (const character of '.!?;。！？；\n\r') SENTENCE_END[character.charCodeAt(0)] = 1;

export function isClauseBreak(code: number): boolean {
  return CLAUSE_BREAK[code] === 1;
}

/** 不但/不仅/但愿 contain 但, 不过如此/再好不过 contain 不过, but are not contrasts; listing them lets longest-match swallow them. */
const NOT_A_CONTRAST = ['不但', '不仅', '但愿', '只是想', '却是', '不过如此', '再好不过', '最好不过'];

type ContrastKind = 'contrast' | 'mild' | 'past' | 'now' | 'verdict' | 'none';

const contrastMatcher = new PhraseMatcher<ContrastKind>([
  ...ZH_CONTRAST_WORDS.map((word) => [word, 'contrast'] as const),
  ...ZH_MILD_CONTRAST_WORDS.map((word) => [word, 'mild'] as const),
  ...NOT_A_CONTRAST.map((word) => [word, 'none'] as const),
  ...ZH_PAST_WORDS.map((word) => [word, 'past'] as const),
  ...ZH_NOW_WORDS.map((word) => [word, 'now'] as const),
  ...ZH_VERDICT_WORDS.map((word) => [word, 'verdict'] as const),
]);

/** A clause that says whether the customer will come back weighs as the verdict after 但是 does. */
export const VERDICT_WEIGHT = AFTER_CONTRAST_WEIGHT;

function holdsOneOf(starts: readonly number[], start: number, end: number): boolean {
  for (let v = 0; v < starts.length; v++) if (starts[v]! >= start && starts[v]! < end) return true;
  return false;
}

/**
 * The non-empty runs between clause breaks in text[from, to); a clause holding a verdict word's
 * start weighs at least VERDICT_WEIGHT. No closure in the loop: one capturing `i` made V8
 * allocate a context for every character (most of this function's garbage).
 */
function splitClauses(text: string, modelText: string, from: number, to: number, weight: number, words: MarkedWords, into: ChineseClause[]): void {
  // A clause can hold 很很 only where the text does: one search for the run of clauses, not one per clause.
  const doubledAdverbs = modelText.includes('很很');
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && CLAUSE_BREAK[text.charCodeAt(i)] === 0) continue;
    if (i > start) {
      const verdict = weight < VERDICT_WEIGHT && holdsOneOf(words.verdicts, start, i);
      const clause = text.slice(start, i);
      const endsSentence = i === text.length || SENTENCE_END[text.charCodeAt(i)] === 1;
      const clauseModelText = modelText === text ? clause : modelText.slice(start, i);
      const phraseText = withDegreeSaidPlainly(doubledAdverbs ? phraseView(clauseModelText) : clauseModelText);
      const holdsContrast = holdsOneOf(words.contrasts, start, i);
      into.push({ text: clause, modelText: clauseModelText, phraseText, weight: verdict ? VERDICT_WEIGHT : weight, endsSentence, holdsContrast, lexiconScore: 0, inPraisingSentence: false });
    }
    start = i + 1;
  }
}

/** Where the verdict words and the contrast words (strong or mild) of the text start. */
interface MarkedWords {
  verdicts: readonly number[];
  contrasts: readonly number[];
}

const NO_WORDS: readonly number[] = [];

export function splitWeightedClauses(text: string): ClauseSplit {
  let last = -1;
  let pastSeen = false;
  let verdicts: number[] | undefined;
  let contrasts: number[] | undefined;
  const hits = contrastMatcher.scan(text);
  for (let h = 0; h < hits; h++) {
    const kind = contrastMatcher.value(h);
    const start = contrastMatcher.start(h);
    if (kind === 'verdict') {
      (verdicts ??= []).push(start);
      continue;
    }
    if (kind === 'past') pastSeen = true;
    if (kind === 'contrast' || kind === 'mild') (contrasts ??= []).push(start);
    // A contrast word at the very start has nothing before it to outweigh.
    if (kind === 'none' || kind === 'past' || start === 0) continue;
    if ((kind === 'mild' || kind === 'now') && CLAUSE_BREAK[text.charCodeAt(start - 1)] === 0) continue;
    if (kind === 'now' && !pastSeen) continue;
    last = h;
  }
  const clauses: ChineseClause[] = [];
  const modelText = maskLongRuns(foldDegrees(text));
  const words = { verdicts: verdicts ?? NO_WORDS, contrasts: contrasts ?? NO_WORDS };
  if (last < 0) {
    splitClauses(text, modelText, 0, text.length, 1, words, clauses);
    return { clauses };
  }
  const start = contrastMatcher.start(last);
  const kind = contrastMatcher.value(last);
  const [before, after] = kind === 'mild' ? MILD_WEIGHTS : kind === 'now' ? NOW_WEIGHTS : CONTRAST_WEIGHTS;
  splitClauses(text, modelText, 0, start, before, words, clauses);
  const firstClauseAfterContrast = clauses.length;
  splitClauses(text, modelText, start, text.length, after, words, clauses);
  return { clauses, contrastWord: contrastMatcher.phrase(last), mildContrast: kind === 'mild', firstClauseAfterContrast };
}

/**
 * N-grams are keyed by number, not string, so scoring allocates nothing per n-gram: a unigram
 * is its UTF-16 code unit, a bigram (first + 1) * 65536 + second, so the two never collide.
 */
export function bigramKey(first: number, second: number): number {
  return (first + 1) * 65536 + second;
}

export function ngramText(key: number): string {
  return key < 65536 ? String.fromCharCode(key) : String.fromCharCode(Math.floor(key / 65536) - 1, key % 65536);
}

const UNPAIRED_SURROGATE = /\p{Cs}/gu;

/**
 * An n-gram as the explanations show it. The model reads UTF-16 units, so an emoji is read by its
 * first unit (😡 and 😭 share \ud83d) and an n-gram can hold half of one; an unpaired surrogate is
 * not text (JSON carries it as "\ud83d", a UTF-8 consumer refuses it, and the explanation is stored
 * on the timeline), so that half is shown as U+FFFD, the replacement character.
 */
export function ngramShown(key: number): string {
  const text = ngramText(key);
  // Nearly every n-gram is of Han characters: the pattern is run (a /u scan) only where a unit is a surrogate.
  return holdsSurrogate(text) ? text.replace(UNPAIRED_SURROGATE, '\ufffd') : text;
}

function holdsSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}

/**
 * Visits the character unigrams and bigrams of each clause with the clause weight, and returns
 * the normaliser that keeps long reviews from drowning the bias: the square root of the number
 * of n-grams visited. Training goes through here; scoreWithModel (sentiment-model.ts) visits
 * the same n-grams in the same order without the callback.
 */
export function forEachNgram(
  clauses: readonly WeightedClause[],
  visit: (key: number, weight: number, clauseIndex: number, position: number, length: 1 | 2) => void,
): number {
  let count = 0;
  for (let c = 0; c < clauses.length; c++) {
    const { modelText: text, weight } = clauses[c]!;
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      visit(code, weight, c, i, 1);
      count += 1;
      if (previous >= 0) {
        visit(bigramKey(previous, code), weight, c, i - 1, 2);
        count += 1;
      }
      previous = code;
    }
  }
  return Math.sqrt(Math.max(count, 1));
}
