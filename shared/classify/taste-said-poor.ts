import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { clauseBefore } from './sentences.ts';

const FOOD_TYPE = 'product_quality';

/**
 * The taste given a mild bad verdict: 味道不太行, 口味不怎么样, 菜品不咋样, 口感一言难尽, 味道真的很
 * 一般. The guide's 一般 alone is a neutral remark ("味道一般，价格还可以": no type in the corpus),
 * so 一般 counts only under a degree (很一般, 太一般, 超级一般), as the corpus labels it ("味道超级
 * 一般，而且很贵": product_quality). Only 真的, 确实, 也, 都, 还 or 是 may stand between the taste and
 * the verdict, so 味道也不是不行 and 味道还行 are none, and a verdict followed by 的话 is a condition.
 */
const TASTE_POOR =
  /(?:味道|口味|口感|滋味|菜品|饭菜)(?:真的|真是|确实|实在|也|都|还|就|是|吃起来|尝起来){0,2}(?:不太行|不大行|不行|不怎么样|不怎么地|不咋样|不咋地|不咋的|不敢恭维|一言难尽|差点意思|不太好|不怎么好|(?:很|太|非常|超级|特别|相当|十分|真)一般)(?!的话|吗|么|啊?[?？])/;
/** A condition, a question, another place or an earlier visit: 如果味道不太行, 不知道味道是不是不行, 以前口味不咋样. */
const NOT_THIS_ORDER = /如果|要是|假如|万一|不知道|是不是|会不会|怕|担心|之前|以前|上次|别家|别的店|其他家|隔壁/;

/** Adds product_quality when the message gives the taste a bad verdict in mild words, unless the model found it. */
export function typesForTasteSaidPoor(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = TASTE_POOR.exec(text);
  if (!found || NOT_THIS_ORDER.test(clauseBefore(text, found.index))) return types;
  return withNamedType(types, FOOD_TYPE, found[0]);
}
