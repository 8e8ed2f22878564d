import { analyseEnglish } from './en-sentiment.ts';

/** A letter's or a chat's manners: greetings, please and thanks, sign-offs. Read word by word they were praise (good, kind, best). */
const POLITENESS =
  /\b(?:please|pls|plz|kindly|many thanks|thanks? (?:a lot|so much|in advance)|thank you(?: (?:so|very) much)?(?: in advance)?|thanks|thx|cheers|(?:kind(?:est)?|best|warm(?:est)?) (?:regards|wishes)|regards|good (?:morning|afternoon|evening|day)|dear|hi|hello|hey|best|appreciate(?:d)?|(?:would be|much) appreciated|grateful|have a (?:good|nice|great|lovely) (?:day|evening|weekend)|hope (?:you(?:'|’)?re|you are|this finds you) (?:well|doing well))\b/gi;
/** A request's forms; a question is its first sentence ending in a question mark. */
const REQUESTS = /\b(?:could you|can you|would you|will you|please|kindly|i(?:'|’)?d like to|i would like to|wondering|is it possible|let me know|may i|could i|can i)\b/i;
/** A question turned rhetorical (why…, where's my…, ??), or a fault or a wait told beside the asking (still, again, never, not). */
const NOT_ONLY_ASKING =
  /\?{2,}|\?!|!\?|\b(?:why|where(?:'|’)?s|where is|where are|how come|seriously|but|still|again|yet|never|nobody|no one|not|no|(?:have|has|did|was|were|is|are|does|do|wo|ca)n(?:'|’)?t)\b/i;
const LONGEST = 300;
/** The message's first sentence, its question mark kept: the asking must open it (in reviews a question mark is mostly rhetorical, after the fault). */
const FIRST_SENTENCE = /^[^.!?\n]*[.!?]?/;
/** How far the words left after the manners may lean to praise (AFINN points × 0.5): one mild word (allow, want). */
const PRAISE_LEAN = 0.5;

/**
 * "Good afternoon, could you confirm whether my booking includes breakfast? Thanks, Priya", "Do you allow dogs? We have a small
 * border terrier": a message that opens by asking or requesting, and whose words, its manners left out, hold no sentiment word
 * or one of mild praise. The English model, trained on reviews, reads "thanks" and "good" as praise and a bare question as a
 * complaint. Over the corpus, the measuring sets and the dev batteries: 24 readings right, 3 wrong (two polite requests a writer
 * called positive, one rhetorical price question). What it asks by, or undefined.
 */
export function englishPoliteRequest(text: string): string | undefined {
  if (text.length > LONGEST || NOT_ONLY_ASKING.test(text)) return undefined;
  const opening = FIRST_SENTENCE.exec(text.trim())?.[0] ?? '';
  const ask = opening.endsWith('?') ? '?' : REQUESTS.exec(opening)?.[0];
  if (ask === undefined) return undefined;
  const { lexiconScore, lexiconHits } = analyseEnglish(text.replace(POLITENESS, ' '));
  return lexiconHits === 0 || (lexiconHits === 1 && lexiconScore > 0 && lexiconScore <= PRAISE_LEAN) ? ask : undefined;
}
