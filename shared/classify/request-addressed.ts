import { FAULT_TOLD } from './plain-question.ts';
import { LEXICON_WEIGHT } from './zh-sentiment.ts';

/**
 * A short message addressed to the business that asks or requests and names no problem ("您好，请问可以提前入住吗？",
 * "你好 下周三晚上能订个靠窗的两人位吗", "我是1508的 能不能再送两瓶矿泉水上来"): no verdict either way, whatever a word in it leans to
 * (不太能吃辣 read as a fault, 谢谢 as praise). Only when it opens by addressing the business or by asking, is short, and its
 * words lean neither to a fault (a question that tells one, 咸到我喝了两瓶水, is a complaint) nor strongly to praise.
 * Opening forms: a greeting, 请问/想问/麻烦, an order number, a room number (我是1508的). On the corpus and the measuring sets: 38
 * neutral readings right, 2 wrong (polite requests a writer called positive). Since the greeting itself (你好) praises nothing in
 * the lexicon, such a request may lean to a fault as far as one fault word (能不能延迟退房: 延迟): sentiment 15 right, 2 wrong.
 */
const ADDRESSED = /^(?:[您你]好|hi\b|hello|亲[,， ]|老板[,， ]|店家[,， ]?你好|前台你好|请问|想问|想咨询|咨询一下|麻烦|订单号|我是\d{3,4})/i;
const ASKS = /[吗嘛？?]|能不能|可不可以|请问|麻烦|帮忙|帮我|想订|想预订|预订|预约|一下/;
const LONGEST = 80;
/** The lexicon's sum over the message (as zh lexicon explains it, before LEXICON_WEIGHT) it may lean to a fault or to praise. */
const FAULT_LEAN = -1;
const PRAISE_LEAN = 1;

/** The opening that addresses the business, when the message is such a request; otherwise undefined. `lexiconScore`: ChineseAnalysis's. */
export function requestAddressed(text: string, lexiconScore: number): string | undefined {
  const lean = lexiconScore / LEXICON_WEIGHT;
  if (text.length > LONGEST || lean < FAULT_LEAN || lean > PRAISE_LEAN || FAULT_TOLD.test(text)) return undefined;
  const trimmed = text.trim();
  const opening = ADDRESSED.exec(trimmed);
  return opening && ASKS.test(trimmed) ? opening[0] : undefined;
}

/** Something told as having happened (刚才打扫的阿姨把我的药给扔了, 头先叫咗三个烧味饭) or judged (这个太高): the request follows a fault. */
const TOLD_OR_JUDGED = /[了过咗]|太/;

/**
 * A request addressed to the business that tells nothing as having happened ("请问包间要收服务费吗？我们八个人想周六晚上去，
 * 有没有大一点的包间，价格大概多少，谢谢"): what it asks after (服务费, 价格) is no complaint, though the model, which learnt
 * from reviews, leans on those words. The opening, when so; otherwise undefined.
 */
export function enquiryAddressed(text: string, lexiconScore: number): string | undefined {
  return TOLD_OR_JUDGED.test(text) ? undefined : requestAddressed(text, lexiconScore);
}
