import type { ComplaintTypeScore } from './complaint-types.ts';
import type { FaultPhrase } from './concession-inside-fault.ts';
import { withoutType } from './named-type.ts';
import { CLAUSE_BREAK, SENTENCE_BREAK } from './sentences.ts';
import { foldDegrees, phraseView } from './zh-clauses.ts';

/**
 * A time before this visit (以前, 之前, 上次, 去年), or others' word of the place (听说, 看评论说, 之前差评说):
 * what this visit is set against.
 */
const PAST = /以前|之前|以往|上次|上回|原来|过去|去年|曾经|听说|据说|评论说|差评说|网上说|有人说|别人说|都说/;
/**
 * This time said better, after the past in its sentence: 这次明显改善了, 现在不用了, 这次好多了, 现在快多了, 这次已经弄好了, 这次改了,
 * 这次完全没有这个问题, 现在价格亲民了很多, 这次遇到的小哥特别热情. Not 没改善 (the fault kept).
 */
const MENDED =
  /(?:这次|这回|现在|如今|今天|后来|我们|我(?:去|来)的时候|我(?:觉得|感觉))[^。！？!?；;\n]{0,12}?(?:(?<![没不未])(?:改善|改进|改观|好多了|好很多|好了很多|快多了|快了很多|快了不少|不用了|不用排|不用等|没有了|没了|解决了|进步|不会了|弄好了|修好了|修好|改好了|改了|换成了|换了新的|补上了)|(?:完全|并|根本)?没(?:有)?(?:这个|这种|这些)?(?:问题|情况)|(?:亲民|便宜|实惠|热情|干净|安静)(?:了)?(?:很多|多了|不少)|(?:很|特别|非常|超级|都很|挺)热情|(?:觉得|感觉)(?:还好|还行|挺好|不错|没有|并没有))/;
/**
 * A clause comparing the fault down to what was said or feared: 没有网上说的那么贵, 不像别人说的那样难吃 (not 没见过这么差: 过;
 * nor praise compared down, a complaint: 没图片看着那么的好).
 */
const COMPARED_DOWN = /(?:不像|不会像|没有|没|并不|不是|不至于)[^，,。！？!?；;过]{0,12}(?:那么|那样)(?!的?(?:好|棒|美|漂亮|精致|大气|新|干净|便宜|实惠|值|划算|方便|快|香|鲜|嫩|热情|神奇|厉害))/;
/**
 * The past's fault said gone in its own clause (之前那股霉味没了, 以前的蚊子不见了, 之前的问题都没了): a smell, a pest, a
 * noise, dirt or a problem, not a thing booked or promised (之前订的房没了 is a booking lost).
 */
const GONE = new RegExp(`(?:${PAST.source})[^，,。！？!?；;\\n订约留说]{0,6}?(?:味|蚊|蟑螂|虫|噪音|吵|问题|毛病|污渍|灰)[^，,。！？!?；;\\n]{0,3}?(?:没了|没有了|不见了|消失了)`);
/** The fault kept or worse, or others' word borne out: 还是, 依然, 没改善, 更慢, 果然. */
const STILL = /没有?(?:改善|改进|好转|变)|还是|依然|依旧|照样|仍然|更(?:慢|差|咸|贵|脏|吵)|又|果然|确实/;

/**
 * "以前上菜特别慢，这次明显改善了，十分钟菜就上齐了", "之前差评说上菜慢的，这次完全没有这个问题",
 * "以前很贵，现在搞活动价格亲民了很多", "也没有网上说的那么贵": a fault of a past visit, or of others' report, told
 * as mended, belied or compared down is praise of this visit, but the model reads the fault's phrase (上菜很慢, 态度不好, 很贵) as a
 * complaint. A type is dropped when its problem phrases stand only in sentences that tell such a fault
 * mended: every other sentence holds none of them. Not when the fault is said to remain (还是慢, 没改善)
 * or borne out (听说服务差，果然).
 */
export function typesForFaultNowMended(types: ComplaintTypeScore[], text: string, faults: readonly FaultPhrase[]): ComplaintTypeScore[] {
  if (types.length === 0) return types;
  const mended: string[] = [];
  const rest: string[] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const past = PAST.exec(sentence);
    const after = past ? sentence.slice(past.index) : '';
    const now = past ? (MENDED.exec(after) ?? GONE.exec(after)) : null;
    // 还是 or 依然 counts only up to the mending (以前要排队，现在不用等了，味道依旧 is mended).
    if (now && !STILL.test(after.slice(0, now.index + now[0].length))) mended.push(phraseView(foldDegrees(sentence)));
    else if (!COMPARED_DOWN.test(sentence)) rest.push(phraseView(foldDegrees(sentence)));
    else for (const clause of sentence.split(CLAUSE_BREAK)) (COMPARED_DOWN.test(clause) ? mended : rest).push(phraseView(foldDegrees(clause)));
  }
  if (mended.length === 0) return types;
  const restText = rest.join('。');
  for (const { type } of [...types]) {
    const phrases = faults.filter((fault) => fault.type === type).map((fault) => fault.phrase);
    if (mended.some((sentence) => phrases.some((phrase) => sentence.includes(phrase))) && !phrases.some((phrase) => restText.includes(phrase))) types = withoutType(types, type);
  }
  return types;
}
