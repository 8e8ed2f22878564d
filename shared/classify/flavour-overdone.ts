import type { ComplaintTypeScore } from './complaint-types.ts';
import { typesForFoodOvercooked } from './food-overcooked.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { firstOccurrence } from './occurrence.ts';
import { holdsAnyPhrase } from './phrase-set.ts';

const FOOD_TYPE = 'product_quality';

/**
 * One dish's flavour or texture faulted in passing inside a long, satisfied review: "麻婆豆腐真的咸到发苦",
 * "牛排感觉有点过了偏老", "杨枝甘露有点稀", "羊排有点膻味". The guide counts the point (太咸, a positive review
 * may still voice one), but among a dozen praised dishes the model's reading of the whole review gave
 * nothing, while the same clause alone it typed. A mild degree (有点, 略, 偏, 太…) may stand before any of
 * these faults (偏老 only: 有点老 may be a room); a plain one (很, 特别, 超…) only before those no dish is praised with (很咸, 很腥, not 很软,
 * 很甜); 甜 is a fault only overdone (太甜), since 偏甜 describes a cuisine and 甜到齁 praises fruit. What may follow
 * keeps praise and other things out: 老板, 干净, 油泼, 咸香, 甜品, 软糯. Grease is also said as the oil being big
 * (油很大, 油太大了), with 好 as the degree (好油, 吃完好腻), or seen (油汪汪).
 */
const FLAVOUR_FAULT = new RegExp(
  '(?<!不|没|无|别|唔|不会|唔会|不算|没有|不是|并不)' +
    '(?:(?:有点儿?|有些|有一点|略微?|稍微?|偏|过于|(?:也|真的|实在|还是|就是)?太)(?:咸(?![香鲜淡蛋菜口])|淡(?![季定水])|腻|油(?![炸泼焖条麦饼画菜漆])|腥|膻|苦(?![瓜荞])|硬(?![菜件币朗])|(?<=偏)老(?![板字北味店顾客师人地样爸妈街城家旧化])|柴(?![火鸡])|稀(?![饭有少])|酸(?![甜奶菜辣])|软(?![糯嫩和])|(?<=太)甜(?![品点蜜美心]))' +
    '|(?:很|特别|非常|超级|超|巨|贼|真的)(?:咸(?![香鲜淡蛋菜口])|腻|腥|膻|柴(?![火鸡]))' +
    '|(?:咸|酸|油|腻)(?:得|到)(?:发苦|发齁|齁|不行|要命|受不了|离谱|过分|吓人|发慌)' +
    // Greasy as takeaway customers say it: 好油, 吃完好腻, 油很大, 油太大了, 油汪汪 (not 还好油不多, 油大虾, nor 天天喝好腻:
    // fed up; nor 一层油 or 油乎乎: a soup's oil skimmed, a keyboard).
    '|(?<![还正刚只幸友])好(?:咸(?![香鲜淡蛋菜口])|油(?![炸泼焖条麦饼画菜漆])|腥|膻)|(?<=吃完|吃着|吃起来|吃得)好腻' +
    '|油(?:也|都|真的|实在)?(?:有点|有些|很|太|特别|超级|超|比较|好|巨|贼|偏)大(?![虾学厂])|油大(?=了|[，,。！!\\s]|$)|油汪汪' +
    // A flavour no dish is praised for said strong (醋味有点重, 碱味太重, 药味很重; not 奶味很重 or 茶味重, a milk tea's praise).
    '|(?:醋|碱|药|酱油|香精|腥|膻|骚)味儿?(?:也|真的|实在)?(?:有点儿?|有些|略|稍微?|偏|太|过于|很|特别|超级|比较)重' +
    // A taste too sharp (芥末味太冲; 味很冲 is as often praise), meat too fatty (太肥了; 有点肥 is as often clothes), a flavour
    // overdone (甜得有点过了, 过咸, 咸过头; not 过油肉, a dish), dry enough to choke (干得噎人).
    '|味儿?道?(?:也|真的|实在)?(?:有点儿?|有些|太|过于)冲|太肥(?![牛肠羊料美皂])' +
    '|(?:甜|咸|酸|辣|油)[得的]?(?:有点|有些|稍微)?过(?:了|头)|(?<!不)过(?:甜|咸|酸)|噎(?:人|得慌))',
  'g',
);
/**
 * Not a dish as served at the table: the room, the furniture or the skin (沙发有点硬, 桌子有点油), food gone
 * soft on the way (送过来有点软了: delivery), a fault conceded (虽然有点软了，但依然有筋道), or another meal.
 */
const NOT_A_DISH = /房间|屋|装修|厨房|空调|空气|天气|床|枕头|被子|桌|椅|沙发|座位|凳子|墙|地上|地面|地板|袋|包装|皮肤|嘴唇|嗓子|服务|态度|价格|位置|送|到手|拿到|到的|虽然|虽说|之前|以前|上次/;
/** A fear, a wish, a taste the reader may have, a condition or a question (怕太咸, 喜欢偏咸的, 如果嫌油, 会不会太腻). */
const NOT_THIS_DISH = /怕|担心|以为|如果|要是|假如|希望|建议|喜欢|爱吃|适合|嫌|会不会|是不是|不会|不算|并不|可以|能不能|备注/;
/** The fault allowed in the words after it (有点咸，喝习惯了觉得挺香; 偏咸，配饭还行; 偏淡正合我意). */
const ALLOWED_AFTER = /^[^。！？!?；;\n]*?(?:习惯|能接受|可以接受|不影响|正合|刚好|正好|配饭|下饭|解腻)/;
/**
 * The remark turned at once into the dish's character (烤银杏有点苦但是很特别, 有点酸但别有风味): a description,
 * where a turn to mere praise (有点咸，但下饭) still leaves the fault told, as the corpus labels it.
 */
const CHARM_AFTER = /^了?[，,、\s]*(?:但是?|不过|可是)(?:也|还|却|反而)?(?:很|挺|蛮|超|特别|非常|别有)?(?:特别|独特|有特色|风味|特色)/;
/** A drink's sweetness against the sugar level chosen (选的三分糖，还是太甜): the order, labelled otherwise. */
const SUGAR_LEVEL = /糖/;

/** Adds product_quality when a dish's flavour or texture is faulted with a degree or an outcome, unless the model found it. */
export function typesForFlavourOverdone(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = firstOccurrence(text, FLAVOUR_FAULT, (occurrence) => {
    const { before, after } = occurrence;
    if (NOT_A_DISH.test(before) || NOT_THIS_DISH.test(before) || /^了?[吗么嘛?？]/.test(after) || ALLOWED_AFTER.test(after) || CHARM_AFTER.test(after)) return false;
    return !(occurrence.found[0].endsWith('甜') && SUGAR_LEVEL.test(occurrence.sentence));
  });
  return found ? withNamedType(types, FOOD_TYPE, found[0]) : types;
}

/** A dish's flavour said mildly (烤银杏有点苦, 酱汁有点偏甜, 泡菜偏酸): a description unless nothing allows it. */
const MILD_FLAVOUR = /(?:有点儿?偏?|有些|有一点|略微?|稍微?|偏)(?:咸|淡|甜|酸|苦|辣|麻|腻)/g;

/**
 * "烤银杏有点苦但是很特别", "酱汁有点偏甜，配着吃刚好解腻": in a long all-praise review the model types the
 * mild flavour words (有点苦, 偏甜) as product_quality, though the review makes them the dish's character,
 * or a sweetness its style (the guide: 偏甜 as a style is no complaint). Dropped when every such remark is
 * allowed so and nothing else left holds a fault of the food.
 */
export function typesForFlavourAllowed(types: ComplaintTypeScore[], text: string, foodPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === FOOD_TYPE)) return types;
  let allowedAny = false;
  const rest = text.replace(MILD_FLAVOUR, (remark: string, at: number) => {
    const after = text.slice(at + remark.length);
    if (!CHARM_AFTER.test(after) && !(remark.endsWith('甜') && ALLOWED_AFTER.test(after))) return remark;
    allowedAny = true;
    return '，';
  });
  if (!allowedAny || rest.search(MILD_FLAVOUR) !== -1 || holdsAnyPhrase(rest, foodPhrases)) return types;
  if (typesForFlavourOverdone([], rest, [FOOD_TYPE]).length || typesForFoodOvercooked([], rest, [FOOD_TYPE]).length) return types;
  return withoutType(types, FOOD_TYPE);
}
