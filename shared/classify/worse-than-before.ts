import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { OTHERS_COMPARED } from './others-fault.ts';
import { clauseBefore, sentenceAround } from './sentences.ts';

const FOOD_TYPE = 'product_quality';

/**
 * The food said to fall short of before: 没以前好吃了, 没有上次的香, 不如之前新鲜, 分量没原来多了. A
 * regular's short review says only this, and the model, reading 好吃 and 香, gave it no type. Only the
 * food's virtues (taste, freshness, portion): 没以前好了 may be the service, 没以前那么咸了 is praise.
 */
const WORSE_THAN_BEFORE = /(?:没|没有|不如|比不上)(?:以前|之前|上次|原来|过去|从前|第一次)的?(?:那么|那样|这么)?(?:好吃|香|好喝|入味|新鲜|地道|正宗|多|足|大)/;
/**
 * Before said far better, the same complaint told the other way round: 以前的好吃多了, 之前的味道香多了. 比以前好吃多了
 * praises now, so a 比 anywhere earlier in the clause (比我之前吃的好吃多了) makes it no such saying.
 */
const BEFORE_WAS_BETTER = /(?:以前|之前|上次|原来|过去|从前|第一次)(?:的|吃的|点的|做的)?(?:味道|口味|菜|饭)?(?:要|还)?(?:好吃|香|好喝|入味|新鲜|地道|正宗)(?:多了|很多|得多|太多了)/;
/**
 * Now said worse than before with 差 alone (这次的比上次差, 比之前差了好多, 比上次差多了; not 差不多, about the same): the food, unless the
 * clause names what else fell short (服务比以前差, 送餐速度比上次差) or denies it (不比上次差).
 */
const WORSE_SAID = /比(?:以前|之前|上次|原来|过去|从前|第一次)(?:的|吃的|点的)?(?:要|还|更)?差(?!不多)/;
/**
 * Now said saltier, blander or smaller than before, the fault word itself after 比以前 (味道比以前淡了很多, 比上次咸, 肉比之前少了一半): the food.
 * Not 贵 (the price's) nor 快/慢, nor an item counted short (比上次少了一份饮料: a missing item).
 */
const CHANGED_SAID = /比(?:以前|之前|上次|原来|过去|从前|第一次)(?:的|吃的|点的)?(?:要|还|更)?(?:淡|咸|油|少(?!了?[一两二三1-9]?[份杯个瓶盒袋双])|小|甜|腻|硬)/;
/**
 * A regular's disappointment: the food praised as it was, then a verdict on this time (以前挺好吃的 这次不行,
 * 之前很好喝 现在一般, 以前好吃现在不行了 with nothing between, 以前很香现在没啥味道了). The verdict names no fault of its own, so the model found no type.
 */
const PRAISED_THEN_FAILED = /(?:以前|之前|上次|原来)[^，,。！!\s]{0,6}(?:好吃|好喝|香|入味)[^。！!]{0,6}?[，,\s]*(?:这次|这回|现在|今天)[^，,。！!\s]{0,4}(?:不行|一般|不好|差|不怎么样|不咋样|失望|没(?:啥|什么|有)?味|一点味道?都没)/;
/**
 * The food said to grow worse time after time (奶茶越来越淡, 肉一次比一次少, 这家店越做越差, 越吃越没味): a regular's
 * complaint the model, knowing 淡 and 少 only beside the dish, gave no type. A taste word tells the food alone; less,
 * smaller or worse (少, 小, 差) only of the food named in the clause (肉一次比一次少) or of the cooking (越做越差), as
 * 京东越来越差, 差距越来越小 and 这样的店越来越少了 are not. Not when the clause names what else declines (服务越来越差,
 * 送得一次比一次慢, 这家酒店越做越差, 人越来越少 of the customers).
 */
const GROWING_WORSE = /(?:越来越|一次比一次|一回比一回|越做越|越吃越|越喝越)(?:(淡|咸|油|腻|硬(?!朗)|酸|水|没味|难吃|难喝|不新鲜|不好吃|不好喝)|少|小|差|敷衍)/;
const COOKED_WORSE = '越做越';
const FOOD_NAMED = /味道|口味|菜|饭|量|份|品质|质量|肉|面|粉|汤|茶|料|饮|餐|米|虾|鸡|鱼|牛|蛋|东西/;
const NOT_THE_FOOD_NOW = /服务|态度|送|配送|速度|骑手|小哥|环境|包装|房间|前台|客服|酒店|宾馆|民宿|设施|卫生|人|价|钱|生意|客|京东|淘宝|平台|快递|物流|体验|[不没]$/;

/** The taste said changed from what the customer knew (味道变了, 口味都变了, 变味了): the food, unless changed for the better (味道变了 更好吃了). */
const TASTE_CHANGED = /(?:味道|口味)(?:也|都|完全|全)?变了|变味/;
const FOR_THE_BETTER = /好|香/;
const BETTER_WINDOW = 8;
const NOT_THE_FOOD = /服务|态度|送|配送|速度|骑手|小哥|环境|卫生|设施|包装|房间|前台|客服|[不没]$/;
/** Asked or supposed: 是不是没以前好吃了？, 如果没以前好吃就不点了. */
const NOT_SAID = /如果|要是|是不是|会不会|吗|？|\?/;

/** Adds product_quality when the message says the food fell short of before, unless the model found it. */
export function typesForWorseThanBefore(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = WORSE_THAN_BEFORE.exec(text) ?? beforeWasBetter(text) ?? worseSaid(text) ?? CHANGED_SAID.exec(text) ?? PRAISED_THEN_FAILED.exec(text) ?? tasteChanged(text) ?? growingWorse(text);
  const sentence = found && sentenceAround(text, found.index, found.index + found[0].length);
  if (!sentence || NOT_SAID.test(sentence) || OTHERS_COMPARED.test(sentence)) return types;
  return withNamedType(types, FOOD_TYPE, found[0]);
}

function beforeWasBetter(text: string): RegExpExecArray | null {
  const found = BEFORE_WAS_BETTER.exec(text);
  return found && !clauseBefore(text, found.index).includes('比') ? found : null;
}

function worseSaid(text: string): RegExpExecArray | null {
  const found = WORSE_SAID.exec(text);
  return found && !NOT_THE_FOOD.test(clauseBefore(text, found.index)) ? found : null;
}

function tasteChanged(text: string): RegExpExecArray | null {
  const found = TASTE_CHANGED.exec(text);
  const end = found ? found.index + found[0].length : 0;
  return found && !FOR_THE_BETTER.test(text.slice(end, end + BETTER_WINDOW)) ? found : null;
}

function growingWorse(text: string): RegExpExecArray | null {
  const found = GROWING_WORSE.exec(text);
  if (!found) return null;
  const before = clauseBefore(text, found.index);
  if (NOT_THE_FOOD_NOW.test(before)) return null;
  return found[1] || found[0].startsWith(COOKED_WORSE) || FOOD_NAMED.test(before) ? found : null;
}
