import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { slownessToldBeside } from './queue-wait.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';
/** The business's handling said quick: 办入住退房都挺麻利的, 有问题五分钟内回复, 周二上午就修好了, 消息秒回, 效率很高 (not the line's speed: 网速很快). */
const QUICK = /麻利|利索|效率(?:很|挺|特别|非常|超|真)?高|高效|秒回|秒退|秒到账|(?<!网速|网络|速度|上网|wifi|WiFi)(?:很|挺|特别|非常|超)(?:快|及时)|分钟(?:内|之内|就)|马上就?(?:来|到|修|处理|回|给|换|办)|立马|立刻|当场|第二天就|没等多久|不用等/;
/** Any word of a wait or a slowness, which the praise may be set against (等了半小时才有人来，不过修得很快; 接单晚了二十分钟，出餐倒挺快). */
const SLOWNESS = /慢|久|半天|等了|才|没人|不理|拖|催|迟迟|一直|还没|晚了|没接|不接/;

/**
 * "前台办入住退房都挺麻利的", "对接的经理全程跟进 有问题五分钟内回复", "周一报修马桶漏水，周二上午就修好了": the business's
 * quick handling is praise, but 办入住, 回复 and 报修 weigh on responsiveness in the model, which learnt them from
 * complaints of slowness. Dropped when a clause says the handling was quick, no word of a wait or a slowness stands
 * anywhere in the message, and no other clause holds one of the type's problem phrases.
 */
export function typesWithoutResponsePraised(types: ComplaintTypeScore[], text: string, slowPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === BUSINESS_SLOW_TYPE) || !QUICK.test(text) || SLOWNESS.test(text)) return types;
  if (slownessToldBeside(text, QUICK, slowPhrases)) return types;
  return withoutType(types, BUSINESS_SLOW_TYPE);
}

/**
 * A thing done at once or within minutes: 不到10分钟, 两分钟就改好了, 两分钟就办完了, 十分钟就到账了, 马上就办好了, 押金秒退, 商家秒接单,
 * 押金当天就回来了, 神速 (not 第二天就: often what befell).
 */
const DONE_AT_ONCE =
  /不到[0-9一二两三四五六七八九十]+分钟|(?:分钟|半小时)(?:内|之内)?就?(?:办好|办完|改好|修好|换好|弄好|送来|送到|送上来|处理好|搞定|到账|回复了|回了|到店|接单)|马上就?(?:办好|修好|换好|弄好|处理好|搞定)|当天就(?:回来|退回|退了|到账|原路|处理|修好|办好)|秒(?:回|退|接单|连|到账)|神速/;
/** Hours in the message (besides SLOWNESS's words; not half of one, 半小时内就回复了): the quickness may be mocked or set against them. */
const HOURS_TOLD = /(?<!半)小时/;

/**
 * "半夜2点到店，前台还醒着，马上就办好了", "问客服能不能改地址，两分钟就改好了": the business quick, told without a word
 * of praise, in a message naming no fault and no slowness; the quick phrase, or undefined. The model, which learnt
 * 分钟 and 到店 from waits, read such text as a complaint.
 */
export function quickHandlingTold(text: string): string | undefined {
  if (SLOWNESS.test(text) || HOURS_TOLD.test(text)) return undefined;
  return DONE_AT_ONCE.exec(text)?.[0];
}
