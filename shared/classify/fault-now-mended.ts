import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import { SENTENCE_BREAK } from './sentences.ts';
import { foldDegrees, phraseView } from './zh-clauses.ts';

/** A time before this visit: 以前, 之前, 上次, 原来, 去年. */
const PAST = /以前|之前|以往|上次|上回|原来|过去|去年|曾经/;
/**
 * This time said better, after the past in its sentence: 这次明显改善了, 现在不用了, 这次好多了, 现在快多了.
 * Not 没改善, 还是, 依然, 更慢 (the fault kept or worse).
 */
const MENDED = /(?:这次|这回|现在|如今|今天|后来)[^。！？!?；;\n]{0,12}?(?<![没不未])(?:改善|改进|好多了|好很多|好了很多|快多了|快了很多|快了不少|不用了|不用排|不用等|没有了|没了|解决了|进步|不会了)/;
const STILL = /没有?(?:改善|改进|好转|变)|还是|依然|依旧|照样|仍然|更(?:慢|差|咸|贵|脏|吵)|又/;

/** The types a fault told as mended can have given, with the phrase list that names each. */
type Lists = { slow: readonly string[]; food: readonly string[]; premises: readonly string[]; manner: readonly string[] };
const LISTED: [string, keyof Lists][] = [
  ['responsiveness', 'slow'],
  ['product_quality', 'food'],
  ['environment', 'premises'],
  ['service_attitude', 'manner'],
];

/**
 * "以前上菜特别慢，这次明显改善了，十分钟菜就上齐了", "以前要排队现在不用了": a fault of a past visit told as
 * mended is praise of this one, but the model reads the fault's phrase (上菜很慢) as a complaint. A type is
 * dropped when its phrases stand only in sentences that tell a past fault mended: every other sentence
 * holds none of them. Not when the fault is said to remain (还是慢, 没改善).
 */
export function typesForFaultNowMended(types: ComplaintTypeScore[], text: string, lists: Lists): ComplaintTypeScore[] {
  if (!LISTED.some(([type]) => types.some((t) => t.type === type))) return types;
  const mended: string[] = [];
  const rest: string[] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const past = PAST.exec(sentence);
    const after = past ? sentence.slice(past.index) : '';
    const now = past ? MENDED.exec(after) : null;
    // 还是 or 依然 counts only up to the mending (以前要排队，现在不用等了，味道依旧 is mended).
    (now && !STILL.test(after.slice(0, now.index + now[0].length)) ? mended : rest).push(phraseView(foldDegrees(sentence)));
  }
  if (mended.length === 0) return types;
  const restText = rest.join('。');
  for (const [type, list] of LISTED) {
    if (!types.some((t) => t.type === type)) continue;
    const phrases = lists[list];
    if (mended.some((sentence) => holdsAnyPhrase(sentence, phrases)) && !holdsAnyPhrase(restText, phrases)) types = withoutType(types, type);
  }
  return types;
}
