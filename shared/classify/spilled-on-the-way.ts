import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { firstOccurrence } from './occurrence.ts';
import { holdsAnyPhrase } from './phrase-set.ts';

const TRANSPORT_TYPE = 'delivery';
const ORDER_TYPE = 'order_accuracy';

/**
 * A drink or a dish spilled or leaking when it came: 汤洒了一半, 全洒了, 奶茶撒了一袋子, 饮料有点漏,
 * 餐盒漏汤. 洒 is read after anything but 花 (a shower head), 潇, 挥 and 光 (阳光洒进来). 撒 (also
 * "sprinkled": 撒了芝麻, 巧克力粉撒得到处都是) only after a liquid or before 一袋, 一地, 一半. 漏 is
 * also "left out" (漏了一杯, 汤全漏了，就来了一杯饮料), so only as 漏汤/漏油, after a container, or
 * after a drink with where or how much it leaked (漏了一袋子, 有点漏), or as 漏得 or 漏出来
 * (漏得手机都湿了; 包装非常不好，都漏出来了: the 5 such shopping reviews of train and dev are
 * labelled delivery); never 漏水 (a toilet, a water heater), nor a filling or threads (馅漏出来, 线头漏出来).
 */
const SPILL = new RegExp(
  '(?<![花潇挥光])洒(?=[了出得到满一在的袋])' +
    '|(?:汤|汁|奶茶|饮料|咖啡|豆浆|粥|果汁|茶|餐|饭|菜)(?:都|全|也|还|全都)?撒(?=[了出到满])' +
    '|撒了(?:一袋|一地|一桌|满|到处|一半|大半|一大半)' +
    '|(?:餐盒|饭盒|打包盒|盒子|袋子|杯子|杯|碗|盖子|包装)(?:都|全|也|还|全都|有点|一直)?漏(?![送发放给装拿水]|了?一[份个杯碗瓶盒样道])' +
    '|(?:汤|汁|奶茶|饮料|咖啡|豆浆|粥|果汁|茶|油)(?:都|全|也|还|全都)?(?:有点|有些|一直|在)漏' +
    '|(?:汤|汁|奶茶|饮料|咖啡|豆浆|粥|果汁|茶|油)(?:都|全|也|还|全都)?漏(?:了一袋|了一地|了一桌|了一半|了大半|了一大半|了一点|了满|得|出来|到)' +
    '|(?<![馅线头条])漏出来|漏(?:汤|油|得)|漏了一袋' +
    // Tipped over on the way (骑车把餐盒颠翻了, 奶茶弄翻了): the whole order, not only its liquid.
    '|(?:颠|弄|碰|撞|摔)翻(?=了)',
  'g',
);
/** Said not to have spilled, or only feared or about to: 一点没洒, 不会洒, 怕洒了, 汤差点洒出来, 都要漏出来了. */
const DENIED_OR_FEARED = /(?:(?:没有?|不|未|别|不会|防止|以免|避免|怕|担心|差点|差一点|险些)(?:都|也|会|要)?|要)$/;
const HYPOTHETICAL = /如果|要是|万一|假如|容易/;
/** Spilled at the table by the staff, or by the customer: no transport. */
const NOT_THE_TRIP = /服务员|服务生|店员|传菜|自己|不小心|手滑|堂食/;
/** A dumpling's filling or soup leaking from it is how it was cooked (小笼包汤汁全漏光了, 馅全漏汤里). */
const DUMPLING = /馅|小笼|汤包|饺子|馄饨|包子|灌汤/;

/** An item left out or another sent, in words the taxonomy's phrases (漏送, 送错) do not cover: 漏了一杯奶茶, 鸡排饭送成鸡腿饭. */
const WRONG_OR_LEFT_OUT = /漏(?:了|掉了)?一[份个杯碗瓶盒样道]|漏(?:送|发|放|装|拿|掉)|[送做给拿发上]成/;

/** The first spill told of as it happened, or undefined. */
function spillIn(text: string): RegExpExecArray | undefined {
  return firstOccurrence(text, SPILL, (occurrence) => {
    const before = occurrence.before;
    if (DENIED_OR_FEARED.test(before) || HYPOTHETICAL.test(before)) return false;
    const sentence = occurrence.sentence;
    return !NOT_THE_TRIP.test(sentence) && !(occurrence.found[0].includes('漏') && DUMPLING.test(sentence));
  });
}

/**
 * "豆浆没封口全洒了", "汤洒了一袋子": the order spilled when it came is delivery by the guide
 * ("food cold/spilled because of transport", 洒了), and the corpus labels it so whoever is blamed,
 * a lid the shop left loose ("包装的盖子有点松，送来的时候洒了一点") included: all its train and
 * dev messages of a spilled takeaway are delivery. The lexicon read 没 of 没封口 as denying 洒了
 * and the model gave that message nothing.
 */
export function typesForSpilledOnTheWay(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, TRANSPORT_TYPE, taxonomyTypes)) return types;
  const found = spillIn(text);
  return found ? withNamedType(types, TRANSPORT_TYPE, found[0]) : types;
}

/**
 * "点了两杯奶茶，一杯没封口，洒了一袋子", "奶茶漏了一袋子": a spill is no wrong or missing item,
 * but the model read the count of what was ordered (点了两杯) and 漏 as order_accuracy. Dropped
 * when, the spills taken out, the message holds none of the type's phrases (少了一份, 送错…) and tells of no item left out or sent in another's place.
 */
export function typesForSpillNotAnOrderError(types: ComplaintTypeScore[], text: string, orderPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === ORDER_TYPE) || !spillIn(text)) return types;
  const rest = text.replace(SPILL, '，');
  if (WRONG_OR_LEFT_OUT.test(rest) || holdsAnyPhrase(rest, orderPhrases)) return types;
  return withoutType(types, ORDER_TYPE);
}
