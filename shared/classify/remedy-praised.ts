import { SENTENCE_BREAK } from './sentences.ts';

/** The business putting the fault right: 修好了, 给换了一间, 重新做了一份, 补送了, 退了差价, 连连道歉, 免单. */
const REMEDY = /修好|修完|换好|弄好|给(?:我们?)?换|换了(?:一|个|间|房|新)|重新(?:做|打扫|送)|重做|补(?:了|送|发|上|做|一份|给)|又(?:做|送)了|又送来|退了|退回|全额退|退差价|赔(?:了|给|不是)|道歉|免单|打了[^，,。！？!?]{0,3}折|升级了|送了一份新|送来了?一份新|处理了|解决了|马上来处理|找(?:了)?回来|找回了/;
/**
 * The closing thanks for it, the whole last clause: 服务太好了, 这服务我服, 真的没话说, 效率真高, 真的太负责了,
 * 还是很有诚意的, 必须好评, 这样的商家必须支持, 已收藏店铺, 这态度我还能说什么, 我都不好意思了, 就当是小插曲吧. Not 谢谢 alone, often
 * said through teeth.
 */
const THANKS =
  /^(?:这(?:样的|种)?(?:商家|店家|老板|酒店|店|服务|态度|处理)(?:我|真的|真是|还能说什么)?)?(?:真的|真是|还是|确实|也|真|就冲这)?(?:服务|态度|处理|效率)?(?:太好了?|很好|真好|我服|大方|我都不好意思了?|(?:感觉)?被重视了?|就当是?(?:个)?小插曲吧?|没话说|没得说|没的说|(?:真|很|挺|超)高|太负责了?|很负责|真负责|负责任|很有诚意(?:的)?|有诚意|必须支持|必须好评|给个好评|五星好评|好评|点赞|暖心|贴心|良心|专业|到位|(?:我)?还能说什么|已收藏(?:店铺|了)?|收藏了)(?:的)?$/;
const TRAILING = /[啦咯啊呢哈哦噢呀!！~～]+$/;
const CLAUSE_BREAK = /[，,。！？!?；;~～…、\s]+/;

/**
 * "空调不制冷，打电话给前台，十分钟师傅就上来修好了，还送了两瓶饮料赔不是，这服务我服": a fault the business put right,
 * and the review closing on thanks for it, is a satisfied customer's, the fault a complaint point; the fault's words
 * outweighed the thanks, which the lexicon does not score as a rating (服务太好了 beside 重新做了一份). The remedy is
 * told in the same last sentence or the one before it. The thanks named, or undefined.
 */
export function closingThanksForRemedy(text: string): string | undefined {
  // Most messages tell no remedy: one search before any splitting.
  if (!REMEDY.test(text)) return undefined;
  const sentences = text.split(SENTENCE_BREAK).filter((sentence) => sentence.trim() !== '');
  const lastSentence = sentences[sentences.length - 1];
  if (lastSentence === undefined) return undefined;
  const clauses = lastSentence.split(CLAUSE_BREAK).filter(Boolean);
  const last = clauses[clauses.length - 1]?.replace(TRAILING, '');
  if (!last) return undefined;
  const thanks = THANKS.exec(last);
  if (!thanks) return undefined;
  const told = [sentences[sentences.length - 2] ?? '', ...clauses.slice(0, -1)].join('，');
  return REMEDY.test(told) ? thanks[0] : undefined;
}
