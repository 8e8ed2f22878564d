import { toFixedText } from './fixed-decimals.ts';
import { OTHERS_COMPARED } from './others-fault.ts';
import type { PhraseFinder } from './clause-breaks.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { maskLongRuns, type WeightedClause } from './zh-clauses.ts';
import { ZH_DEGREE_FAULTS, ZH_DEGREE_WORDS, ZH_NEGATORS, ZH_SENTIMENT_WORDS, ZH_VERDICT_IDIOMS } from './zh-lexicon.ts';

/**
 * Lexicon score for simplified Chinese with negation and degree handling, per weighted clause.
 * Negated praise ("不好吃") turns clearly negative; negated criticism ("不差") only mildly
 * positive, which is how people use it.
 */
type LexiconEntry =
  | { kind: 'sentiment'; weight: number; idiom?: true }
  | { kind: 'degreeFault'; weight: number }
  | { kind: 'negator' }
  | { kind: 'degree'; factor: number }
  | { kind: 'neutral' };

/** Phrases that start like a negator or sentiment word but are neither (没想到 is surprise). */
const NEUTRAL_PHRASES = ['小心', '小时', '少见', '少有', '少许', '淡定', '冷静', '远近', '偏偏', '旧址', '不但', '不仅', '不过', '没想到', '不得不', '不知道', '不好意思', '无论', '不用', '别的', '没事', '好像', '好多', '好几', '只好', '正好', '刚好', '好不容易', '差不多', '不差钱', '非得', '好了', '装好', '弄好', '好几', '还好', '不足的是', '不足之处',
  // A hotel's class, not a rating given: "号称五星，还不如快捷酒店" read as five stars of praise.
  '五星级', '四星级', '三星级', '5星级', '4星级', '3星级', '五星酒店', '四星酒店', '三星酒店', '5星酒店', '4星酒店', '号称五星', '号称四星', '挂牌五星', '挂牌四星',
  // A rating asked for, not given: "超时半小时，骑手还让我给好评" read as the customer's praise.
  '让我给好评', '让我好评', '要我给好评', '叫我给好评', '让我给个好评', '让我给五星', '求好评', '求个好评', '求五星', '问我要五星好评', '问我要好评', '要五星好评', '要个好评',
  // A suspicion asked, which asserts what follows rather than denying it: "柠檬是不是放太久了" read as 不是…太久, praise.
  '是不是',
  // 好 as a verb's result (订好的房, 约好的时间: booked, agreed), not praise: "在艺龙订好的房…到了说没房了" read positive.
  '订好', '定好', '预订好', '预定好', '约好', '订好了', '定好了',
  // Another place recommended by the hotel that could not keep the booking (他们推荐的另一家), not the customer's own 推荐.
  '推荐的另一家', '推荐的别的酒店', '推荐的另外一家',
  // A degree said with 得不行 (兴奋得不行, 香得不行, 疼得不行): the word before it judges, not 不行.
  '得不行',
  // Words that hold a negator's character but deny nothing (别人的头发 read as 别…头发, no hair; 无线信号不好 as 无…不好,
  // praise; 无故死机 and 差别好大 likewise): other people and places, a difference, recognition, wireless, for no reason, a
  // return policy's name (七天无理由退货), Africa, the future, a minor, a missed call.
  '别人', '别家', '别处', '个别', '区别', '差别', '识别', '分别', '级别', '类别', '告别', '无线', '无故', '无理由', '无条件', '非洲', '未来', '未成年', '未接',
  // Otherwise (不然就投诉: a threat, not a denial), and Taiwan's fried fish cake (甜不辣).
  '不然', '要不然', '甜不辣'];

/**
 * A fault compared down to what was said or feared (不像网上说的那么难吃, 没有想象中那么贵, 并没有传说中那么难等):
 * 那么 or 那样 right before it, and a denial of the likeness earlier in the clause. The negator stands too far off
 * for MODIFIER_REACH, so 难吃 there read as the customer's own verdict. Praise compared down (没有想象中那么好吃) is
 * left as it was read, and so is the superlative of experience (没见过这么差的, 从没用过那么烂的: 过).
 */
const COMPARED_TO = /(?:那么|那样)$/;
const LIKENESS_DENIED = /(?:不像|没有|没|并不|不是|不至于)[^，,。！？!?；;过]{0,12}$/;

const NEGATED_PRAISE_FACTOR = -0.9;
const NEGATED_CRITICISM_FACTOR = -0.6;
/** A modifier applies to a sentiment word at most this many characters further on. */
const MODIFIER_REACH = 3;
/**
 * A turn between a modifier and what follows ends its reach: in "房间不大但很干净" the 不 of 不大 had reached over 但 to
 * 很干净 (a clause kept whole when the review's contrast is elsewhere), and the praise read as its denial.
 */
const TURN_BETWEEN = /但|却|而|可是|只是|不过/;

function withinReach(text: string, modifierEnd: number, start: number): boolean {
  return start - modifierEnd <= MODIFIER_REACH && (start === modifierEnd || !TURN_BETWEEN.test(text.slice(modifierEnd, start)));
}
const INTENSIFYING_HAO = 1.4;
/** "这不是坑人吗", "这不是骗人嘛": a fault asked as 不是…吗 asserts it. */
const RHETORICAL_NEGATOR = /^(?:不是|不就是)/;
const ASKED_AFTER = /^[^，,。！？!?；;]{0,4}?[吗嘛么][？?！!]*(?:$|[，,。；;\s])/;

function isRhetorical(text: string, negatorStart: number, faultEnd: number): boolean {
  return RHETORICAL_NEGATOR.test(text.slice(negatorStart, negatorStart + 3)) && ASKED_AFTER.test(text.slice(faultEnd));
}

const matcher = new PhraseMatcher<LexiconEntry>([
  ...ZH_NEGATORS.map((word) => [word, { kind: 'negator' }] as const),
  ...Object.entries(ZH_DEGREE_WORDS).map(([word, factor]) => [word, { kind: 'degree', factor }] as const),
  ...Object.entries(ZH_SENTIMENT_WORDS).map(([word, weight]) => [word, { kind: 'sentiment', weight }] as const),
  ...Object.entries(ZH_VERDICT_IDIOMS).map(([word, weight]) => [word, { kind: 'sentiment', weight, idiom: true }] as const),
  ...Object.entries(ZH_DEGREE_FAULTS).map(([word, weight]) => [word, { kind: 'degreeFault', weight }] as const),
  ...NEUTRAL_PHRASES.map((word) => [word, { kind: 'neutral' }] as const),
]);

/** The sentiment lexicon's words, degree words and negators, for what must not cut one (clause breaks). */
export const sentimentLexiconPhrases: PhraseFinder = matcher;

/** A word that judges (a sentiment word, or a fault word after a degree), as opposed to a modifier. */
function deniesVirtue(entry: LexiconEntry): boolean {
  return entry.kind === 'sentiment' && entry.weight > 0;
}

function isJudgement(entry: LexiconEntry): boolean {
  return entry.kind === 'sentiment' || entry.kind === 'degreeFault';
}

/** What scoreZhClause counts across the clauses of a message besides their scores. */
export interface LexiconTally {
  /** Words that scored above zero: praise, or a fault denied (不难吃). */
  praiseHits: number;
}

/** One of a thing, right before a fault word (一根头发, 一点异味, 一丝油烟): the start of a total denial. */
const ONE_OF = /一(?:根|点|点点|丝|滴|个|只|粒|颗|块|条|片)?$/;
/** The denial after the fault word and at most two characters more of its noun (一根头发都没有, 一点异味也闻不到). */
const NONE_AT_ALL = /^[^，,。！？!?；;\s]{0,2}?(?:都|也)(?:没有|没|木有|看不到|闻不到|听不到|找不到)/;

/**
 * A fault the lexicon has no word for, denied outright: 一点都不塌, 一点也没坨, 丝毫不卡, 一点不挤. The model reads 不 and 没 as
 * complaints (shoppers mostly use them so), and with no lexicon word there the denial read as a fault.
 */
const FAULT_DENIED_OUTRIGHT =
  /(?:一点|一点点|一丁点|丝毫)(?:都|也)?(?:不|没有?)(?:会)?(?:塌|散|焦|糊|坨|硬|腻|咸|腥|臭|脏|吵|挤|卡|慢|贵|晃|漏|洒|凉|旧|潮|霉|碎|烂|少|远|偏|乱|急躁|绕路|耽误|起球|掉色|变形|缩水|压扁|压塌|串味|回软|敷衍|冷淡|拖沓|麻烦|费劲|难找|堵)/g;
/** What a fault denied outright weighs: as a lexicon criticism of -1 negated. */
const FAULT_DENIED_OUTRIGHT_VALUE = -1 * NEGATED_CRITICISM_FACTOR;

/**
 * A fault denied plainly, in words no lexicon entry covers because alone they judge nothing or too little: 汤没洒, 面没有坨, 吃完不口干,
 * 不用排队, 骑手没迟到, 一点都没晚, 听不到外面的声音, 闻不到烟味. Customers praise so as often as with a word of praise; the model read
 * 不 and 没 as complaints and the faults' own words as the fault met. Only faults that are praise whenever denied: not 不热, 不辣, 不甜,
 * 不硬 (a want unmet as often as a fault avoided), nor 电视听不到声音, nor 没化开 (frozen food not thawed). Not asked (有没有洒, 会不会坨,
 * 腻不腻) nor supposed (担心会不会洒).
 */
const FAULT_DENIED =
  /(?:没有|没|不会|不用|无需|不需要|不)(?:再|怎么|太)?(?:洒(?!水)|撒出|漏(?!送|发|给|掉|了[一个两几]|电)|坨|串味|口干|口渴|排队|排长队|等位|迟到|超时|晚点|晚(?=[，,。！!？?\s]|$)|腥|膻|油腻|腻|压扁|压坏|挤坏|变形|碎|糊|焦|软塌|塌|起球|掉色|缩水|卡顿|磨叽|拖拉|拖沓|敷衍|拉过?肚子|闹过?肚子|烟味|霉味|潮味|怪味|腥味|甲醛味|下水道味|污渍|污迹|涩|打扰|犯困|塞牙|潮(?![流汕州])|晃(?!眼)|蚊子|苍蝇|虫眼|老鼠|小卡片|小广告|骚扰电话|推销电话|水垢|霉斑)|(?:一点|一丝|任何|什么)(?:声音|动静|噪音)(?:都|也)(?:没有?|听不[到见])|(?:空调|冰箱|风扇|新风|排风扇?|水管|马桶|暖气)[^，,。！？!?；;\s]{0,3}?(?:也|都)?(?:不|没)响|(?:不用|无需|不需要|没让我?)等(?!到|着)|没有?(?:凉|冷掉|变凉|化(?!妆|开))|听不[到见](?:一点|任何|什么)?(?:外面|隔壁|马路|街上|楼下|走廊|车|噪|吵|装修)|(?:外面|隔壁|马路|街上|楼下|走廊)[^，,。！？!?；;\s]{0,8}?(?:都|也|完全|根本)听不[到见]|闻不[到出](?:一点|任何|什么)?(?:异味|烟味|霉味|臭味|怪味|腥味|消毒水)/g;
/**
 * What a fault denied plainly weighs: a word of praise's weight, more than a lexicon criticism negated (不差 is faint praise, 没洒 the
 * customer's check come out well). On the 300-review development battery of denials 0.6 / 1.0 / 1.4 read 90.0 / 90.7 / 91.0 % of
 * sentiments right; over the corpus and measuring sets 1.0 changed one reading from 0.6, to the right one.
 */
const FAULT_DENIED_VALUE = 1;
/** Emphasis right before a denial: 一点都, 一点也, 根本, 完全, 压根, 丝毫, 都. */
const DENIAL_EMPHASIS = /(?:一点点?|一丁点|丝毫|根本|完全|压根儿?|从来|并)?(?:都|也)?$/;
/** Before a denial, what makes it a question or a supposition, not a report: 有没有洒, 会不会坨, 是不是…, 担心…, 如果…. */
const DENIAL_NOT_REPORTED = /(?:有|会|是|能|要|担心|怕|如果|要是|万一|希望|别|千万)$/;

function overlapsAny(spans: readonly [number, number][], from: number, start: number, end: number): boolean {
  for (let s = from; s < spans.length; s++) if (spans[s]![0] < end && start < spans[s]![1]) return true;
  return false;
}

/** The [start, end) of "一…都没有" around the fault word at [start, end), if the clause denies it wholesale. */
function totalDenial(text: string, start: number, end: number): [number, number] | undefined {
  // ONE_OF needs 一 among the three characters before the word: most criticisms have none, and need no slice.
  const nearestOne = text.lastIndexOf('一', start - 1);
  if (start === 0 || nearestOne < start - 3) return undefined;
  const one = ONE_OF.exec(text.slice(Math.max(0, start - 3), start));
  if (!one) return undefined;
  const none = NONE_AT_ALL.exec(text.slice(end, end + 8));
  return none ? [start - one[0].length, end + none[0].length] : undefined;
}

/**
 * Lexicon score of one clause. The words that moved it go to `evidence`, e.g. "太慢(-2.6)" or
 * "不好吃(-1.3)"; the [start, end) spans of negated sentiment phrases and of verdict idioms go to
 * `negatedSpans`. The trained model reads "不" as negative on its own (product reviewers mostly use
 * it to complain), so "一点都不慢" would come out negative, and an idiom by its characters (不亏, 快跑);
 * the rule knows better there and the model skips these spans.
 */
export function scoreZhClause(clause: WeightedClause, evidence: string[], negatedSpans: [number, number][], tally?: LexiconTally): number {
  let score = 0;
  const spansBefore = negatedSpans.length;
  const evidenceBefore = evidence.length;
  // A run counts three times at most here too: "差评哈哈哈…" with eighty 哈 was forty 哈哈 of praise.
  const hits = matcher.scan(maskLongRuns(clause.text));
  let negated = false;
  let degree = 1;
  let modifierEnd = -1;
  let modifierStart = -1;
  for (let h = 0; h < hits; h++) {
    const entry = matcher.value(h);
    if (entry.kind === 'neutral') continue;
    const start = matcher.start(h);
    const end = matcher.end(h);
    if (entry.kind === 'negator' || entry.kind === 'degree') {
      if (modifierEnd < 0 || !withinReach(clause.text, modifierEnd, start)) {
        negated = false;
        degree = 1;
        modifierStart = start;
      }
      if (entry.kind === 'negator') negated = !negated;
      else degree *= entry.factor;
      modifierEnd = end;
      continue;
    }
    if (entry.kind === 'degreeFault' && !(modifierEnd === start && degree !== 1)) {
      negated = false;
      degree = 1;
      modifierEnd = -1;
      continue;
    }
    // "不够干净" / "不够热情": 不够 right before a virtue denies it, as 不太 does; alone ("分量不够") it is a shortfall.
    if (h + 1 < hits && matcher.start(h + 1) === end && matcher.phrase(h) === '不够' && deniesVirtue(matcher.value(h + 1))) {
      if (modifierEnd < 0 || !withinReach(clause.text, modifierEnd, start)) {
        negated = false;
        degree = 1;
        modifierStart = start;
      }
      negated = !negated;
      modifierEnd = end;
      continue;
    }
    // "好慢" / "好贵": 好 right before another sentiment word is an intensifier, not praise.
    if (h + 1 < hits && matcher.start(h + 1) === end && isJudgement(matcher.value(h + 1)) && matcher.phrase(h) === '好') {
      degree *= INTENSIFYING_HAO;
      modifierEnd = end;
      if (modifierStart < 0) modifierStart = start;
      continue;
    }
    // Zero-weight entries only swallow a shorter sentiment word inside them (出差 holds 差).
    if (entry.weight === 0) {
      negated = false;
      degree = 1;
      modifierEnd = -1;
      continue;
    }
    let modified = modifierEnd >= 0 && withinReach(clause.text, modifierEnd, start);
    let value = entry.weight;
    let spanEnd = end;
    const noneAtAll = value < 0 ? totalDenial(clause.text, start, end) : undefined;
    const othersAt = value < 0 && noneAtAll === undefined && !modified ? othersComparedAt(clause.text, start) : -1;
    if (noneAtAll !== undefined) {
      // "一根头发都没有", "一点异味都没有": none at all of the fault named, which the customer looked for — praise, as 没有异味 is.
      value *= NEGATED_CRITICISM_FACTOR;
      modified = negated = true;
      [modifierStart, spanEnd] = noneAtAll;
    } else if (modified) {
      if (negated && value < 0 && isRhetorical(clause.text, modifierStart, end)) negated = false;
      if (negated) value *= value > 0 ? NEGATED_PRAISE_FACTOR : NEGATED_CRITICISM_FACTOR;
      value *= degree;
    } else if (othersAt >= 0) {
      value *= NEGATED_CRITICISM_FACTOR;
      modified = negated = true;
      modifierStart = othersAt;
    } else if (value < 0 && start >= 2 && COMPARED_TO.test(clause.text.slice(start - 2, start))) {
      const denial = LIKENESS_DENIED.exec(clause.text.slice(0, start - 2));
      if (denial) {
        value *= NEGATED_CRITICISM_FACTOR;
        modified = negated = true;
        modifierStart = denial.index;
      }
    }
    value *= clause.weight;
    score += value;
    if (tally && value > 0) tally.praiseHits += 1;
    if (modified && negated) negatedSpans.push([modifierStart, spanEnd]);
    else if (entry.kind === 'sentiment' && entry.idiom) negatedSpans.push([start, end]);
    const phrase = modified ? clause.text.slice(modifierStart, end) : matcher.phrase(h);
    evidence.push(`${phrase}(${value > 0 ? '+' : ''}${toFixedText(value, 1)})`);
    negated = false;
    degree = 1;
    modifierEnd = -1;
    modifierStart = -1;
  }
  if (clause.text.length >= 2 && (clause.text.includes('不') || clause.text.includes('没') || clause.text.includes('无'))) score += deniedFaults(clause, evidence, negatedSpans, spansBefore, tally, evidence.length === evidenceBefore);
  if (clause.text.length >= 4 && (clause.text.includes('一点') || clause.text.includes('丝毫'))) {
    for (const denied of clause.text.matchAll(FAULT_DENIED_OUTRIGHT)) {
      const start = denied.index;
      const end = start + denied[0].length;
      if (overlapsAny(negatedSpans, spansBefore, start, end)) continue;
      score += countDenial(denied[0], FAULT_DENIED_OUTRIGHT_VALUE * clause.weight, [start, end], negatedSpans, evidence, tally);
    }
  }
  return score;
}

/** "不比五星级差", "不比大酒店逊色": right before the fault word, what this one is no worse than. */
const NO_WORSE_THAN = /不比[^，,。！？!?；;\s]{1,8}$/;

/**
 * Where, before the fault word at `start`, the clause tells the fault of other shops (不像有些店越做越差) or what this one
 * is no worse than (不比五星级差), or -1.
 */
function othersComparedAt(text: string, start: number): number {
  if (start < 3) return -1;
  const before = text.slice(0, start);
  const noWorse = before.search(NO_WORSE_THAN);
  return noWorse >= 0 ? noWorse : start >= 4 ? before.search(OTHERS_COMPARED) : -1;
}

/** FAULT_DENIED's denials in the clause not already read by the lexicon (不吵, 没有异味): their score, each span left for the model to skip; `bare`: the clause held no lexicon word. */
function deniedFaults(clause: WeightedClause, evidence: string[], negatedSpans: [number, number][], spansBefore: number, tally: LexiconTally | undefined, bare: boolean): number {
  let score = 0;
  FAULT_DENIED.lastIndex = 0;
  for (let denied = FAULT_DENIED.exec(clause.text); denied !== null; denied = FAULT_DENIED.exec(clause.text)) {
    const start = denied.index;
    const end = start + denied[0].length;
    const before = clause.text.slice(Math.max(0, start - 2), start);
    // X不X asks (腻不腻, 掉不掉色): the fault's own character right before the negator.
    if (DENIAL_NOT_REPORTED.test(before) || (start > 0 && denied[0].includes(clause.text[start - 1]!))) continue;
    if (overlapsAny(negatedSpans, spansBefore, start, end)) continue;
    // The emphasis before the denial is part of it (一点都没晚): the model reads 一点都 as a shopper's complaint. In a clause with no
    // other lexicon word the words before are the denial's subject (窗户一关外面一点声音都没有, 喝着不口干), which the model read as the
    // fault's topic: the rule reads that clause alone.
    const emphasis = DENIAL_EMPHASIS.exec(clause.text.slice(Math.max(0, start - 5), start));
    score += countDenial(denied[0], FAULT_DENIED_VALUE * clause.weight, [bare ? 0 : start - (emphasis?.[0].length ?? 0), end], negatedSpans, evidence, tally);
  }
  return score;
}

/** A denied fault counted as praise: its span left for the model to skip, its words for the explanation. Returns its value. */
function countDenial(phrase: string, value: number, span: [number, number], negatedSpans: [number, number][], evidence: string[], tally: LexiconTally | undefined): number {
  if (tally) tally.praiseHits += 1;
  negatedSpans.push(span);
  evidence.push(`${phrase}(+${toFixedText(value, 1)})`);
  return value;
}
