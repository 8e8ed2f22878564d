import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { COURIER, HOUSE_STAFF } from './staff-words.ts';

const STAFF_TYPE = 'service_attitude';

/** Who may have said it: those who serve, the courier, the housekeeping desk or "the other end" of a call. */
const ANSWERING = new RegExp(`${HOUSE_STAFF}|${COURIER}|客房部|对方`);

/**
 * What someone said, after the verb that tells it: the quoted words, or the rest of the clause when unquoted. 回了句 before
 * 回: else 回了 is taken and the quote is read from 句 on (回了句「自己找平台」 lost its words).
 */
const SAID = /(?:说|回了?一?句|回复?|喊|嚷|嘀咕|念叨|来了?一句|答|怼)(?:了|道|着)?[:：]?\s*(?:["“「『]([^"”」』]{1,40})["”」』]|([^，,。！!？?\n]{1,24}))/g;

/**
 * Retorts at the customer, read only inside what staff said: the customer told to stay away (吃不惯别来, 吃不起就别点, 你这种团购价的就别提要求了),
 * to serve themselves ("自己叫，我又不是你司机", "自己扒出来"), asked back in scorn (米饭两块钱你也要计较, 急什么, 你想咋样, 我是你家佣人啊,
 * 路不平我有啥办法, 吃得完吗), blamed (你闻错了吧, 你们头发掉太多了吧, 你确定没拿错袋子, 肯定是骑手偷吃了), insulted or threatened
 * (这人事儿真多, 信不信我叫人, 今天不给钱别想走, 我记住你家门牌号了), or waved off (凑合用吧, 规矩就是这样, 等着吧, 忙着呢, 蛤蜊哪有不带沙的,
 * 哪家是鲜榨的啊, 反正进肚子都一样, 别人都觉得刚好, 香菜又不贵, 是你不会吃). Not 明天再说, 都差不多 or 老楼都这样 (labelled the slow fix or the room's fault,
 * not the manner), nor 别人都没事 (a fault denied: labelled after_sales).
 */
const RETORT = new RegExp(
  [
    '(?:不[^，,。]{0,4}|吃不起|住不起|嫌[^，,。]{1,4})(?:就|你就|可以)?别(?:来|点|住|吃|买|喝|要求|提)|不惯就去|就别(?:来|点|住|吃|买|喝|要求|提)|最好别来|别来了|嫌[^，,。]{1,4}(?:可以|就)?(?:点两份|去别家|去吃)',
    '^(?:那|那你|你)?(?:就)?自己(?:看|叫|去|拿|搜|扒|下来|下楼|取消|想办法|弄|找|查|解决|手机)|[呢吧]自己看',
    '你(?:也要?计较|想咋样|想怎样|想怎么样|什么意思|找谁|住这儿?吗|还想怎样|怎么不|说放哪)|我是你家|我又不是你|我(?:有|能有)啥办法|我有什么办法|关我(?:什么|啥)事|(?:急|催|吵|喊|嚷)什么|吃得完吗|吃得了那么多|就这些[？?]|想得美|听不懂[啊吗呀]|开什么发票|你不(?:看|会看)[^，,。]{0,4}吗|不下来(?:我)?就走',
    '你们?[^，,。]{0,6}(?:错了吧|多了吧|的问题吧|自己的问题|不能吃)|(?:肯定|一定)是(?:你|骑手|顾客)|你确定',
    '事儿?(?:真|太|好)?多|这种人|信不信|别想走|记住你|那个谁',
    '凑合(?:用|住|吃)吧|规矩就是这样|^等着吧|忙着呢|我们不负责|不一定有|哪有不|哪家(?:是|不是)|反正[^，,。]{0,8}都一样|换了也一样',
    '别人都觉得|不会吃|又不贵',
  ].join('|'),
);

/** The retort in what staff are told to have said, or undefined. */
function retortSaid(text: string): string | undefined {
  for (const said of text.matchAll(SAID)) {
    const words = said[1] ?? said[2]!;
    const retort = RETORT.exec(words);
    if (retort) return retort[0];
  }
  return undefined;
}

/**
 * Staff whose manner a negative review tells only by what they said: "自己叫，我又不是你司机", 老板说"米饭两块钱你也要计较",
 * 前台说"墙上写着呢自己看". Rude by the guide (service_attitude), but no word of the type is there and the model, reading
 * the fault the remark answered (漏了米饭, 烟味), or nothing at all, left the manner out: 124 of 223 such reviews in a
 * battery written for it. Read only in what was said, so the customer's own 自己去店里吃 or 我也不计较 say nothing.
 */
export function typesForStaffRetort(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, STAFF_TYPE, taxonomyTypes) || !ANSWERING.test(text)) return types;
  const retort = retortSaid(text);
  return retort === undefined ? types : withNamedType(types, STAFF_TYPE, retort);
}
