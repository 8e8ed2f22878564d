import { afinnLabels, scoreAfinn, type ScoringStrategy } from './afinn-score.ts';
import type { AnalysedClause } from './analysed-clause.ts';
import { englishIdioms, idiomsWithin } from './en-idioms.ts';
import { isEnglishNegator } from './en-negators.ts';
import { listForExplanation } from './explanation.ts';
import { toFixedText } from './fixed-decimals.ts';

/**
 * English sentiment with the AFINN-165 lexicon of the `sentiment` package, scored as it scores
 * (afinn-score.ts; a word flips after a negator, en-negators.ts), plus service-feedback words
 * AFINN lacks, and "but"/"however" contrast weighting like the Chinese side.
 */
/** What should have come: "arrived", "received", "refunded" (isArrivalDenied). */
const ARRIVAL_WORDS = ['arrived', 'arrive', 'received', 'receive', 'came', 'come', 'credited', 'refunded', 'delivered'];

const SERVICE_WORDS: Record<string, number> = {
  late: -2, delayed: -2, delay: -2, slow: -2, slowest: -3, cold: -1, soggy: -2, stale: -2, rude: -3,
  dirty: -3, filthy: -3, smelly: -2, noisy: -2, overcharged: -3, overpriced: -2, broken: -2, missing: -2,
  unresolved: -2, crash: -2, crashes: -2, crashed: -2, crashing: -2, unhelpful: -2, unprofessional: -3,
  waited: -1, waiting: -1, cockroach: -3, cockroaches: -3, bedbugs: -3, mould: -2, mold: -2, moldy: -3,
  leaked: -3, hacked: -3, unreachable: -2, ignored: -2, unusable: -3, undercooked: -2, raw: -1, burnt: -2,
  bland: -2, greasy: -2, tasteless: -2, spilled: -2, leaking: -2, refund: -1, cancelled: -1, canceled: -1,
  glitch: -2, glitchy: -2, buggy: -2, freezes: -2, laggy: -2, scam: -3, fraud: -4, misleading: -3,
  friendly: 2, prompt: 2, quick: 2, fast: 2, clean: 2, tasty: 3, delicious: 3, fresh: 2, spotless: 3,
  comfortable: 2, cozy: 2, attentive: 3, polite: 2, courteous: 2, smooth: 2, seamless: 2, intuitive: 2,
  recommend: 2, recommended: 2, punctual: 2, helpful: 2, responsive: 2,
  // AFINN scores these as positive, but in support messages they are neutral nouns and verbs
  // ("customer support", "I need help", "free cancellation they said", "looks like").
  support: 0, help: 0, free: 0, promise: 0, promised: 0, please: 0, like: 0, want: 0, care: 0, credit: 0,
  resolve: 0, save: 0, top: 0, pay: 0, charged: -1, fee: -1, fees: -1,
  // A problem put right is the praise of support messages ("fixed my billing problem in five minutes", "sorted it same day");
  // denied, the complaint ("still not fixed", "never resolved"). The model trained on the service trades read "fixed" as a fault.
  fixed: 2, sorted: 2, resolved: 2,
  // Food, not madness: "he can't have nuts" read as praise (AFINN: nuts +3).
  nuts: 0,
  // "The lockers are a joke": a fault in reviews (14 of the corpus's 15 with the word are negative), +2 in AFINN.
  joke: -2,
  // Faults reviewers name that AFINN lacks: "overrated", "a rip-off", "lukewarm soup", "creepy".
  overrated: -2, overhyped: -2, underwhelming: -2, rubbish: -3, ripoff: -3, lukewarm: -1, creepy: -2, nightmare: -1, hassle: -2, letdown: -2,
  // And praise: "the concierge is a legend", "Legends." (every train and dev review of the corpus with either word is positive).
  legend: 3, legends: 3,
  // Verdicts AFINN lacks, each a whole review on its own ("Trash.", "Scammers.", "Daylight robbery", "Yikes"; "an absolute banger").
  trash: -3, scammer: -3, scammers: -3, robbery: -3, yikes: -2, banger: 3,
  // Chinese internet praise in letters, a whole takeaway review on its own (yyds: 永远的神; awsl: 啊我死了, cuteness overload).
  yyds: 3, awsl: 2,
  // Emoji the package's list lacks, a whole takeaway review on their own (🥰🥰, 🔥🔥, 🤮): it scored them nothing.
  '🥰': 3, '🤩': 3, '🤤': 2, '🔥': 2, '💯': 3, '🤮': -3, '🤢': -3,
  // What should have come, neutral unless denied (isArrivalDenied).
  ...Object.fromEntries(ARRIVAL_WORDS.map((word) => [word, 0])),
  // The eye-roll, the forced sweat-smile and the clown: a takeaway or hotel review's whole verdict on its own (🙄🙄, 😅😅😅).
  '🙄': -2, '😅': -1, '🤡': -2,
};

/** Words whose absence is no praise: "no refund" is a complaint, not the opposite of one. */
const NOT_NEGATED: ReadonlySet<string> = new Set(['refund']);

const CONTRAST = /\b(?:but|however|although|though|yet)\b/;
/** A sentence: what lies between . ! ? ; and line ends, found with where it starts. */
const SENTENCE = /[^.!?;\n]+/g;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** AFINN scores run to ±5 per word; this brings them to the scale of the Chinese evidence. */
const AFINN_SCALE = 0.5;

/**
 * The package flips a word only right after not/don't/can't/won't/isn't/doesn't; customers also
 * write "it never disappoints", "no problems at all", "nobody helped" (en-negators.ts), and
 * "never once late", "not too bad": the negator may stand one word further back.
 */
const NEGATOR_REACH = 2;

/**
 * "Not my problem", "not our concern": what is denied is whose the fault is, and saying so is the
 * dismissal. A virtue is still denied: "not my favourite".
 */
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'their', 'his', 'her', 'your']);

/** "Thanks for nothing": the thanks are taken back by what follows them, not by a negator before. */
function thanksForNothing(tokens: readonly string[], cursor: number): boolean {
  if (tokens[cursor] !== 'thanks' && tokens[cursor] !== 'thank') return false;
  const next = tokens[cursor + 1] === 'you' ? cursor + 2 : cursor + 1;
  return tokens[next] === 'for' && tokens[next + 1] === 'nothing';
}

/**
 * "A late checkout", "late check-out": a favour hotels grant, no lateness (11 of the corpus's 20
 * English items naming it are positive).
 */
function isLateCheckout(tokens: readonly string[], cursor: number): boolean {
  if (tokens[cursor] !== 'late') return false;
  const next = tokens[cursor + 1];
  return next === 'checkout' || next === 'check-out' || (next === 'check' && tokens[cursor + 2] === 'out');
}

/** How far back "nobody" / "no one" denies the help: "nobody at the front desk could help". */
const HELPER_REACH = 6;
/** What "unhelpful" scores: help no one gave is the complaint, not a neutral word. */
const HELP_DENIED = -2;

/** "Nobody could help", "no one around to help": help denied by who should have given it. */
function isHelpDenied(tokens: readonly string[], cursor: number): boolean {
  if (tokens[cursor] !== 'help' && tokens[cursor] !== 'helping') return false;
  for (let back = 1; back <= HELPER_REACH && cursor - back >= 0; back++) {
    const token = tokens[cursor - back]!;
    if (token === 'nobody' || token === 'noone' || token === 'no-one' || (token === 'no' && tokens[cursor - back + 1] === 'one')) return true;
  }
  return false;
}

/**
 * "The money still hasn't arrived", "never received it", "haven't been refunded": what should have come, denied, is the
 * complaint, though no word of it is a fault. Denied right before it, or across been/yet/even/ever; not "no issues, arrived early".
 */
const ARRIVAL: ReadonlySet<string> = new Set(ARRIVAL_WORDS);
const ACROSS: ReadonlySet<string> = new Set(['been', 'yet', 'even', 'ever', 'actually']);
const ARRIVAL_DENIED = -2;

function isArrivalDenied(tokens: readonly string[], cursor: number): boolean {
  if (!ARRIVAL.has(tokens[cursor]!) || cursor < 1) return false;
  if (isEnglishNegator(tokens[cursor - 1]!)) return true;
  return cursor >= 2 && ACROSS.has(tokens[cursor - 1]!) && isEnglishNegator(tokens[cursor - 2]!);
}

const negatingStrategy: ScoringStrategy = (tokens, cursor, labelScore) => {
  if (isLateCheckout(tokens, cursor)) return 0;
  if (ARRIVAL.has(tokens[cursor]!)) return isArrivalDenied(tokens, cursor) ? ARRIVAL_DENIED : 0;
  if (isHelpDenied(tokens, cursor)) return HELP_DENIED;
  // "No cutlery, no napkins": a negator is not negated by the one before it.
  if (NOT_NEGATED.has(tokens[cursor]!) || isEnglishNegator(tokens[cursor]!)) return labelScore;
  if (thanksForNothing(tokens, cursor)) return -labelScore;
  if (labelScore < 0 && cursor >= 1 && POSSESSIVES.has(tokens[cursor - 1]!)) return labelScore;
  for (let back = 1; back <= NEGATOR_REACH && cursor - back >= 0; back++) {
    if (isEnglishNegator(tokens[cursor - back]!)) return -labelScore;
  }
  return labelScore;
};

// Built on the first English message, not at import (cold start).
let labels: ReadonlyMap<string, number> | undefined;

/** Whether the lexicon scores the word (a lower-cased token) as praise or fault. */
export function isEnglishLexiconWord(word: string): boolean {
  labels ??= afinnLabels(SERVICE_WORDS);
  return (labels.get(word) ?? 0) !== 0;
}

function weightedClauses(text: string): { start: number; end: number; weight: number }[] {
  const clauses: { start: number; end: number; weight: number }[] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    if (sentence[0].trim().length === 0) continue;
    const start = sentence.index;
    const end = start + sentence[0].length;
    const match = CONTRAST.exec(sentence[0]);
    if (match && match.index > 0) {
      clauses.push({ start, end: start + match.index, weight: BEFORE_CONTRAST });
      clauses.push({ start: start + match.index, end, weight: AFTER_CONTRAST });
    } else {
      clauses.push({ start, end, weight: 1 });
    }
  }
  return clauses;
}

/**
 * English reviewers list points with commas ("Nice pool, cramped rooms, breakfast ok"): each point
 * is a clause of its own, with its own lexicon score, so the praise of one does not hide the fault
 * of the next (a clause that praises gives no complaint evidence). The sentiment is still scored
 * on the whole sentence, as it was.
 */
const LISTED_POINT = /[^,]+/g;

export interface EnglishAnalysis {
  raw: number;
  lexiconScore: number;
  lexiconHits: number;
  clauses: AnalysedClause[];
  explanations: string[];
  /** The text the model reads: its idioms' words blanked, as the lexicon scored each idiom whole. */
  featureText: string;
}

/** The AFINN tokenizer splits on spaces only, so "😡😡" would be one unknown token. */
const PICTOGRAPH = /\p{Extended_Pictographic}/gu;

export function analyseEnglish(rawText: string): EnglishAnalysis {
  const text = rawText.replace(PICTOGRAPH, ' $& ');
  let raw = 0;
  let lexiconHits = 0;
  const words: string[] = [];
  const clauses: AnalysedClause[] = [];
  labels ??= afinnLabels(SERVICE_WORDS);
  const idioms = englishIdioms(text);
  for (const clause of weightedClauses(text)) {
    const clauseText = text.slice(clause.start, clause.end);
    const said = idiomsWithin(text, idioms.idioms, clause.start, clause.end);
    const result = scoreAfinn(idioms.text.slice(clause.start, clause.end), labels, negatingStrategy);
    const score = (result.score + said.score) * AFINN_SCALE * clause.weight;
    raw += score;
    lexiconHits += result.hits + said.found.length;
    words.push(...said.found, ...result.words);
    if (!clauseText.includes(',')) {
      clauses.push({ text: clauseText, modelText: clauseText, weight: clause.weight, lexiconScore: score });
      continue;
    }
    for (const point of clauseText.matchAll(LISTED_POINT)) {
      if (point[0].trim().length === 0) continue;
      const start = clause.start + point.index;
      const end = start + point[0].length;
      const pointScore = (scoreAfinn(idioms.text.slice(start, end), labels, negatingStrategy).score + idiomsWithin(text, idioms.idioms, start, end).score) * AFINN_SCALE * clause.weight;
      clauses.push({ text: point[0], modelText: point[0], weight: clause.weight, lexiconScore: pointScore });
    }
  }
  const explanations = words.length > 0 ? [`en lexicon ${toFixedText(raw, 2)}: ${listForExplanation(words, ' ')}`] : [];
  if (clauses.some((c) => c.weight === AFTER_CONTRAST)) explanations.push('contrast "but/however": the clause after it weighs more');
  return { raw, lexiconScore: raw, lexiconHits, clauses, explanations, featureText: idioms.text };
}
