import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';

const FOOD_TYPE = 'product_quality';
/** The place said small or its parking scant: 店面太小, 桌子太小了, 包厢有点小, 洗手间很小, 车位太少. */
const PREMISES_SMALL =
  /(?:(?:店面|店里|店铺|门面|桌子|桌面|厕所|洗手间|包厢|包间|停车场|车位)(?:也|还|又|真的|实在)?(?:太|很|有点|有些|比较|特别|超|巨|好)?小|车位(?:也|还|又|真的|实在)?(?:太|很|有点|有些|比较|特别|超|巨|好)?少)(?:了|点|些)?/g;
/** A stay, whose product_quality by the guide is also the breakfast, the bed and the linen, which no phrase list here sees. */
const STAY = /酒店|宾馆|旅馆|客栈|民宿|客房|房间|前台|入住|退房|早餐/;
/** Anything small or scant left once the place is taken out: the portion (量少, 份小, 一丢丢) is the food's. */
const SCANT = /小|少|量|丢丢|点点/;

/**
 * "这家的肠粉滑嫩…就是店面太小了", "菜上得很快，就是桌子太小了，四个人六个菜根本摆不下", "停车很不方便，车位太少":
 * a place too small or its parking scant is the premises (environment), but the model learnt 小 and 太少 from
 * portions (份量小, 个头小, 量太少) and reads product_quality into it. Dropped when what is said small is the place only and
 * nothing else holds one of the food's fault phrases; not in a stay, whose breakfast or bed may be
 * faulted in words no list here holds (大堂很小…早餐就是包子稀饭咸菜 is labelled product_quality).
 */
export function typesForPremisesSmall(types: ComplaintTypeScore[], text: string, foodPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === FOOD_TYPE) || STAY.test(text)) return types;
  const rest = text.replace(PREMISES_SMALL, '，');
  if (rest === text || SCANT.test(rest) || holdsAnyPhrase(rest, foodPhrases)) return types;
  return withoutType(types, FOOD_TYPE);
}
