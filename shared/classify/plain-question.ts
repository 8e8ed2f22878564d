import { LEXICON_WEIGHT } from './zh-sentiment.ts';

/**
 * A short message that only asks (押金什么时候退, 刚付款 能开发票吗, 怎么查物流, 亲 这个是现货吗, 你好 有没有洗衣服务 大概多少钱):
 * the topic it asks after (押金, 发票, 物流, 现货) is no fault told, and the model, which learnt from reviews where 吗 and 没有
 * mostly close a complaint, leans on nothing. In reviews a question is mostly rhetorical (这都能叫精品酒店？, 米饭呢？？？,
 * 商家是根本不看备注吗, 说好的赠品呢？, 热水？不存在的), so only a message addressed to the business (你好, 亲, 老板, 在吗, 请问) or one bare question of a few
 * words counts, and never one that tells a fault or the asking of someone before (问前台…她头也不抬). Over the corpus, the
 * measuring sets and the dev batteries (with the lexicon's 能不能/有没有/麻烦帮 read as asking): sentiment 28 readings right, 12
 * wrong (rhetorical questions in words it does not know), types 14 and 3.
 */
const ADDRESSED = /^(?:[您你]好|在吗|在不在|请问|想问|麻烦|hi\b|hello|(?:亲亲?|宝|老板|店家|客服|前台)(?:[您你]好|[，,\s！!~]))/i;
const ASKS = /[吗嘛么][\s。.!！~？?]*$|[？?]|能不能|可不可以|能否|是否|有没有|有木有|请问|想问|问一下|问下|咨询|什么时候|啥时候|几点|多久|多少|怎么[走查办弄联订买用去退换开改取]|在哪|哪里|可以吗/;
/** A fault told or pressed, whatever form the message takes (怎么还没到, 为什么不给退, 能不能快点, 能不能给点补偿, 咸到我喝了两瓶水, 扣了我两次房费). */
export const FAULT_TOLD = /还没|还不|没收到|没有收到|没到|为什么|为啥|凭什么|到底|竟然|居然|怎么回事|怎么搞|一直|老是|总是|每次|差|烂|坏|破|脏|臭|吵|慢|骗|假|快点|补偿|赔|[咸辣甜酸苦腻]到|扣了|多收|多扣/;
/** How a question in a review turns rhetorical (这都能叫精品酒店？, 这个叫加厚吗, 米饭呢？？？, 说好的赠品呢？, 热水？不存在的, 骑手是走路来的吗, 布料确定能卖这个价？, 一份就8个饺子？), or tells a verdict or a fault (一般, 漏, 领子上一个洞怎么办) or the asking of someone before (问前台…). */
const RHETORICAL =
  /还是|这么|那么|这也|这就|就这|也叫|又|(?:就|才|只有|只)(?:\d|[一两二三四五六七八九十几半])|上次|[都已]经?[^，,。？?\s]{0,8}了|太|错|[!！]|[？?]{2}|[？?](?=.*[^？?\s。.!！~])|呢[？?]|说好|不是.{0,12}吗|就是.{0,12}吗|是.{0,12}的.{0,8}吗|(?<!有)没|不存在|这样|这种|叫.{0,8}吗|逗我|怎么办|只想说|确定|何不|何以|一般|漏|问(?:了|过|他|她|商家|客服|前台|服务员|店家|老板|店员)/;
/** A clause that ends telling what was done (马上就改了, 送过来的), not asking. */
const TOLD = /[了的过]$/;
/** Clause breaks inside the message: a bare question has none. */
const BREAK = /[，,。；;\s]/;
const LONGEST = 40;
const BARE_LONGEST = 20;
const FAULT_LEAN = -0.5;
const PRAISE_LEAN = 1;

/** What the message asks by, when it only asks; otherwise undefined. `lexiconScore`: ChineseAnalysis's. */
export function plainQuestion(text: string, lexiconScore: number): string | undefined {
  const lean = lexiconScore / LEXICON_WEIGHT;
  if (lean < FAULT_LEAN || lean > PRAISE_LEAN || FAULT_TOLD.test(text) || RHETORICAL.test(text)) return undefined;
  const trimmed = text.trim().replace(/[？?。.!！~\s]+$/, (end) => (/[？?]/.test(end) ? '？' : ''));
  if (trimmed.length > LONGEST) return undefined;
  const bare = trimmed.length <= BARE_LONGEST && !BREAK.test(trimmed);
  if (!bare && !ADDRESSED.test(trimmed)) return undefined;
  // The asking closes the message: "店家回复很快 问能不能加辣马上就改了" tells what happened.
  const clauses = trimmed.split(BREAK).filter((clause) => clause.length > 0);
  const last = clauses[clauses.length - 1] ?? '';
  return TOLD.test(last.replace(/？$/, '')) ? undefined : ASKS.exec(last)?.[0];
}
