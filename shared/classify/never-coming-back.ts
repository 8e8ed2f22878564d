/**
 * Rather paying more for a better place next time (下次宁愿多花点钱住好的, 宁可住别家), or taking another
 * place next time (下次会考虑其他酒店, 下次还是换别家, 下次可能会换一家): a refusal too. Not 下次试试别的, another dish
 * of the same shop, nor 下次换一家试试, a lukewarm shrug. So 以后出差换别家.
 */
const RATHER_ELSEWHERE =
  '(?:宁愿|宁可)[^，,。！？!?；;\\s]{0,8}?(?:住|订|选|换)(?:别|好|其他|其它|贵)|下次(?:可能|应该|估计|大概)?(?:会|还是|就|要|得)?(?:(?:考虑|换|住|选)(?:其他|其它|别的|别)(?:家|的?(?:酒店|饭店|宾馆|民宿|地方|店))|换(?:一家|家)(?!试))|以后(?:出差|来[^，,。！？!?；;\\s]{0,3})?(?:就|还是|会)?(?:换|住|选)(?:别家|其他家|别的酒店|其他酒店)';
/**
 * A second visit refused in the diners' slang (不会二刷, 不想再刷, 没有二刷的必要, 不会二刷但不后悔) or the one
 * visit called enough (体验一次就够了, 来一次就够了). Not 一年来一次就够了: a treat kept rare, said of the price.
 */
const REPEAT_VISIT_REFUSED =
  '(?:不会|不想|不打算|不值得|没必要|没有必要)再?[二三]刷|没有?[二三]刷的(?:欲望|必要|打算|想法|冲动)|(?<!年)(?:来|吃|体验|住|去|点)(?:一次|一回|一次性)就(?:够了?|行了?|足够了?)$';
/**
 * The customer refusing to come back or order again: 再也不会买了, 下次不点了, 不会再来, 不会回购, 拉黑了, 下次不会选了,
 * hedged or not (下次应该不会住了, 估计不会再点了), 下次还是算了 (not 这次就算了, which forgives).
 * The verb is one of coming back to the seller (点, 买, 来, 光顾, 回购, 住, 订), not 吃, which names a
 * dish or a part ("自助餐性价比不高，菜色一般，以后不会再吃了" in a praised stay); what follows it is
 * nothing or the seller ("以后不会买外国货了" refuses a kind of goods, not this shop).
 */
const NEVER_AGAIN = new RegExp(
  `(?:(?:再也不|不会再|下次不会?|下回不|以后(?:都|也|再也)?不会?再?|再不|绝不|不再|(?:下次|以后|下回)?(?:应该|可能|估计|大概|肯定|绝对)(?:不会再?|不再|再也不))(?:会|想|敢|要)?(?:点|买|(?:来|去)(?:吃|住)?|光顾|回购|住|订|选择?)(?:他家|她家|你家|这家|这个|这里|这种|这家店)?$)|不会回购|不回购|不再回购|拉黑|还是算了?$|${REPEAT_VISIT_REFUSED}|${RATHER_ELSEWHERE}`,
);
/** A refusal said on a condition or of someone else (要是再这样就不会再来, 如果…的话, 朋友说): no verdict yet. */
const NOT_A_VERDICT = /如果|要是|假如|不然|否则|的话|除非|就怕|怕|说/;
/** Particles and emoji-like tails after the verdict: 了!!, 啊, 呢, 哈. */
const TRAILING = /[了啦咯啊呢哈吧哦噢呀嘛]+$/;
/** A character ending a clause; sticky, so that it is tested in place without cutting the text up. */
const CLAUSE_BREAK_AT = /[，,。！？!?；;~～…、\s]/y;

function isClauseBreakAt(text: string, index: number): boolean {
  CLAUSE_BREAK_AT.lastIndex = index;
  return CLAUSE_BREAK_AT.test(text);
}

/** The last clause of the text, where a verdict that sums the review up stands; read from the end, as only it is needed. */
export function lastClause(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isClauseBreakAt(text, end - 1)) end--;
  if (end === 0) return undefined;
  let start = end - 1;
  while (start > 0 && !isClauseBreakAt(text, start - 1)) start--;
  return text.slice(start, end);
}

/**
 * "送得挺快的包装也还行，就是再也不会买了": a review that closes on the customer refusing to come
 * back is their verdict on it, however mild the body (a flaw after 就是 weighs less, so the
 * praise before outweighed it and the review read positive). Of the corpus's train and dev
 * messages whose last clause is such a refusal, 170 of 173 are labelled negative: the others are
 * two lukewarm remarks (一般般，不会回购), which the lukewarm lean decides, and a shopping rating
 * ("有点难看,下次再也不买了!!!!" labelled positive).
 */
export function closingRefusal(text: string): string | undefined {
  const last = lastClause(text);
  if (last === undefined || NOT_A_VERDICT.test(last)) return undefined;
  return NEVER_AGAIN.exec(last.replace(TRAILING, ''))?.[0];
}
