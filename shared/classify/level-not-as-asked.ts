import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { isNegated } from './negation.ts';
import { clauseBefore, SENTENCE_BREAK } from './sentences.ts';

const ORDER_TYPE = 'order_accuracy';

const ASKED = '(?:点的|点了|选的|选了|要的|要了|备注|备注了|备注的|写了|写的|说了|说的|明明选|明明点)(?:是|的是|个|一个|一份)?';

/** A level asked for with the order, and how the food or drink come past it. */
interface Level {
  asked: RegExp;
  came: RegExp;
}

const LEVELS: readonly Level[] = [
  // 点的微辣, 选的免辣, 备注了不要辣 … 辣得流泪, 辣到怀疑人生, 送来的是特辣, 还是辣.
  { asked: new RegExp(`${ASKED}(?:不辣|免辣|不要辣|不放辣|不加辣|去辣|微辣|少辣)`), came: /辣(?:到|得|死|哭|爆)|特辣|变态辣|重辣|(?:很|太|超|超级|巨|贼|还是|也是|照样|依然)辣/ },
  // 选的微糖, 备注了少冰, 点的去冰 … 甜到发齁, 超甜, 一杯全是冰; the shop's own level given instead (要的去冰 给的正常冰, 给的正常糖).
  { asked: new RegExp(`${ASKED}(?:无糖|不加糖|去糖|不要糖|微糖|少糖|半糖|低糖|[一二三]分糖)`), came: /甜(?:到|得)|齁甜|全糖|(?<!比)(?:正常糖|标准糖)|(?:很|太|超|超级|巨|贼|特别|还是|也是|照样|依然)甜/ },
  { asked: new RegExp(`${ASKED}(?:去冰|少冰|不加冰|不要冰|常温|温的|热的|热饮)`), came: /(?:全是|都是|一半是|大半是|一大半是|满满的)冰|(?<!比)(?:正常冰|标准冰|多冰)|冰块(?:很|太|超|特别)?多|还是冰的|是冰的/ },
];
/** How far after the request the food's level may be told: the rest of its remark, not a later one. */
const SAME_REMARK = 24;
/** The request told as a rebuttal of what came (明明选的不辣, 明明备注了微糖). */
const REBUTTAL = /明明/;
/** A request of a later or an earlier order, or one only supposed (下次点微辣, 如果选了不辣). */
const NOT_THIS_ORDER = /如果|要是|假如|下次|下回|之前|以前|上次/;

/**
 * "点的不辣 送来辣得我直流眼泪", "明明选的微糖 喝着超甜", "备注了去冰 结果一杯全是冰": a mild level of
 * spice, sugar or ice asked for and the order come past it is the order not kept, order_accuracy by
 * the guide (备注不要香菜, the dish not as ordered). Of the corpus's train and dev reviews naming the
 * spice level asked for, 20 are labelled order_accuracy and the model missed 2 (both dev); the corpus
 * has no drinks, whose sugar and ice are chosen the same way. Only mild asked and strong come: food
 * milder than asked for (点的中辣 吃着像微辣) the labels call the food's, product_quality. The level
 * must not be denied (点的微辣 不会太辣).
 */
export function typesForLevelNotAsAsked(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, ORDER_TYPE, taxonomyTypes)) return types;
  for (const level of LEVELS) {
    const missed = levelMissed(text, level);
    if (missed) return withNamedType(types, ORDER_TYPE, missed);
  }
  const madeOther = levelMadeOther(text);
  if (madeOther) return withNamedType(types, ORDER_TYPE, madeOther[0]);
  const opposite = oppositeFlavour(text);
  return opposite ? withNamedType(types, ORDER_TYPE, opposite[0]) : types;
}

/** A level of ice, sugar or spice named, then made or given another (少冰做成了多冰, 微辣给成了特辣). */
const ICE_LEVEL = '(?:去冰|少冰|多冰|正常冰|常温)';
const SUGAR_LEVEL = '(?:无糖|微糖|少糖|半糖|全糖|正常糖|[一二三五七]分糖)';
const SPICE_LEVEL = '(?:不辣|免辣|微辣|中辣|特辣|重辣)';
const MADE = '(?:做成|给成|弄成|变成|送成|换成)了?';
const LEVELS_MADE_OTHER = [ICE_LEVEL, SUGAR_LEVEL, SPICE_LEVEL].map((level) => new RegExp(`(${level})${MADE}(${level})`));

function levelMadeOther(text: string): RegExpExecArray | undefined {
  for (const told of LEVELS_MADE_OTHER) {
    const found = told.exec(text);
    if (found && found[1] !== found[2] && !NOT_THIS_ORDER.test(clauseBefore(text, found.index))) return found;
  }
  return undefined;
}

/** What came, told as the dish being or given a flavour (豆腐脑是甜的, 送来的是甜的, 做成了咸的). */
const CAME = '(?:是|给的是?|给了|送来的?是?|来的是?|做成了?|做的是)';
/** What the customer asked for (我要的咸的, 明明点的是甜的). */
const ASKED_FLAVOUR = '(?:我|可我|但我|明明)?(?:要|点|选|订)的(?:是)?';
/**
 * "豆腐脑是甜的 我要的咸的", "粽子要的是咸的，送来的是甜的": the sweet or the savoury kind come where the other was
 * asked for, the dish not as ordered (order_accuracy), as the corpus labels it; the model gave it no type.
 * So is 咸豆腐脑给成甜的了. Both flavours named, and different: 豆腐脑是咸的，我要的咸的 is the order kept.
 */
const OPPOSITE = [
  new RegExp(`${CAME}(甜|咸)的[！!]*[^。！？!?]{0,6}?${ASKED_FLAVOUR}(甜|咸)`),
  new RegExp(`${ASKED_FLAVOUR}(甜|咸)的[^。！？!?]{0,6}?${CAME}(甜|咸)的`),
  // The kind asked named on the dish, then made or given the other (咸豆腐脑给成甜的了).
  new RegExp(`(甜|咸)[^，,。！？!?；;\\s]{1,4}?(?:给成|做成|送成|弄成)了?(甜|咸)的`),
];

function oppositeFlavour(text: string): RegExpExecArray | undefined {
  if (!text.includes('甜') || !text.includes('咸')) return undefined;
  for (const told of OPPOSITE) {
    const found = told.exec(text);
    if (found && found[1] !== found[2] && !NOT_THIS_ORDER.test(clauseBefore(text, found.index))) return found;
  }
  return undefined;
}

function levelMissed(text: string, { asked, came }: Level): string | undefined {
  const request = asked.exec(text);
  if (!request || NOT_THIS_ORDER.test(clauseBefore(text, request.index))) return undefined;
  const after = text.slice(request.index + request[0].length, request.index + request[0].length + SAME_REMARK).split(SENTENCE_BREAK)[0]!;
  const strong = came.exec(after);
  if (strong && !isNegated(after, strong.index)) return `${request[0]}…${strong[0]}`;
  // 辣得要命，我明明选的不辣: the level come told first, the request after it as a rebuttal (明明).
  if (!REBUTTAL.test(text.slice(Math.max(0, request.index - 3), request.index + 2))) return undefined;
  const before = text.slice(Math.max(0, request.index - SAME_REMARK), request.index).split(SENTENCE_BREAK).pop()!;
  const told = came.exec(before);
  return told && !isNegated(before, told.index) && !NOT_THIS_ORDER.test(before) ? `${told[0]}…${request[0]}` : undefined;
}
