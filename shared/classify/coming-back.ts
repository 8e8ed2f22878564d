import { isWhitespace } from './negation.ts';
import { SENTENCE_BREAK } from './sentences.ts';

/**
 * The customer saying they will come back or order again: 会再点, 下次还会来, 继续支持, 还会回购. The
 * clause is the promise alone, from its start (不会再来 and 应该会再来吧 are none of it).
 */
const COMING_BACK =
  /^(?:下次|以后|下回|有机会|总之)?(?:还会再?|会再|还要再?|一定会再?|肯定会再?|(?:还|也)?会继续|继续|(?:还|也)?会一直)(?:来|点|买|住|光顾|回购|订|支持)(?:的|他家|她家|这家|你家)?$|^(?:会|还会|会继续|继续)回购$/;
/** Particles after the promise: 了, 哦, 哈. 吗 is not one: 下次还会来吗 asks. */
const TRAILING = /[了啦咯啊呢哈哦噢呀]+$/;
/** Where a clause ends (with whitespace): the last clause is where a verdict that sums the review up stands. */
const CLAUSE_BREAK_CODES = new Set([...'，,。！？!?；;~～…、'].map((c) => c.charCodeAt(0)));
/** The return promised on a condition (如果价格再低点，会再来): no verdict yet. */
const CONDITIONAL = /如果|要是|假如|除非|的话|前提/;

/**
 * "酸辣粉没送……肉有点少。总体还行吧，会再点": a review that closes on the customer coming back is
 * their verdict on it, however many faults it lists (a satisfied review with a complaint point is
 * positive, the guide's complaint types aside). Of the corpus's train and dev messages whose last
 * clause is such a promise, all 98 are labelled positive (and already read so); the mirror of
 * closingRefusal.
 */
export function closingReturn(text: string): string | undefined {
  const last = lastClause(text);
  if (last === '') return undefined;
  const found = COMING_BACK.exec(last.replace(TRAILING, ''));
  if (!found || CONDITIONAL.test(lastSentence(text))) return undefined;
  return found[0];
}

function lastSentence(text: string): string {
  const sentences = text.split(SENTENCE_BREAK).filter(Boolean);
  return sentences[sentences.length - 1] ?? '';
}

/** The text's last clause, found from its end: every message passes here, so no split of the whole text. */
function lastClause(text: string): string {
  let end = text.length;
  while (end > 0 && isClauseBreak(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isClauseBreak(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

function isClauseBreak(code: number): boolean {
  return CLAUSE_BREAK_CODES.has(code) || isWhitespace(code);
}

/** The whole called satisfying, summed up: 总体还是满意的, 整体来说很满意, 还算满意吧. */
const SATISFIED = /^(?:(?:总体|整体|总的|综合)(?:来说|来讲|而言|来看)?|总之)?(?:还是|还算|也)?(?:挺|很|比较|蛮|非常)?满意(?:的)?(?:吧)?$/;

/**
 * "房间太小了，隔音也差，热水时有时无，早餐品种少，不过服务员态度很好，总体还是满意的": a review that
 * lists its faults and then sums itself up as satisfying is positive, as one closing on a return is;
 * the faults outweighed the lone verdict and it read negative. All 29 train and dev messages whose
 * last clause is such a verdict are labelled positive. Not 不太满意 (^ anchors the clause), nor one on a condition.
 */
export function closingSatisfied(text: string): string | undefined {
  if (!text.includes('满意')) return undefined;
  const last = lastClause(text);
  if (last === '' || CONDITIONAL.test(lastSentence(text))) return undefined;
  return SATISFIED.exec(last.replace(TRAILING, ''))?.[0];
}
