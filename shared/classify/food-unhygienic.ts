import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { firstOccurrence } from './occurrence.ts';

const FOOD_TYPE = 'product_quality';

/** Called unhygienic or dirty: 不卫生, 卫生堪忧, 卫生太差, 不(太)干净, 脏兮兮. */
const UNHYGIENIC = /不(?:太|怎么|大|够|是很)?卫生|卫生堪忧|卫生(?:也|真的|太|很|特别|非常|实在)?差|卫生不(?:行|合格|过关)|不(?:太|怎么|大|够|是很)?干净|脏兮兮|脏死了|(?:很|太|好|特别)脏/g;
/** Of the food or the kitchen: the dish, its box, a drink, the kitchen that made it. */
const FOOD = /菜|饭|肉|面|汤|粥|食材|水果|餐盒|饭盒|打包盒|饮料|奶茶|杯子|杯|后厨|厨房|外卖|吃/;
/** The premises, a stay or tableware at the table, whose dirt is environment by the guide (餐具不干净, 房间脏). */
const PREMISES = /房间|酒店|宾馆|饭店|民宿|卫生间|厕所|浴室|浴缸|泡澡|泳池|水质|床|毛巾|马桶|前台|店里|店内|店面|堂食|环境|桌|地面|地上|地板|餐具|碗|筷|服务员|包间|大堂/;
/** Denied, feared, asked or hearsay: 没有不干净, 不会不卫生, 怕不卫生, 是不是不干净, 我妈说外卖都不干净. */
const NOT_SAID_SO = /不会|没有|并不|怕|担心|如果|要是|以为|是不是|会不会|有没有|洗|说/;

/**
 * "饮料杯上有油渍，看着就不卫生", "外卖不卫生", "卫生堪忧，吃完心里发毛": the food, its box or the kitchen called
 * unhygienic is product_quality by the guide (hygiene of the food), as the corpus labels its such takeaway messages,
 * but the model read 不卫生 as the premises' (environment) or nothing. Only with the food named in its sentence and
 * no premises, stay or tableware at the table in the message; 没洗干净 the model already reads.
 */
export function typesForFoodUnhygienic(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes) || PREMISES.test(text)) return types;
  const found = firstOccurrence(text, UNHYGIENIC, ({ before, sentence }) => !NOT_SAID_SO.test(before) && FOOD.test(sentence));
  return found ? withNamedType(types, FOOD_TYPE, found[0]) : types;
}

/** The food found unhygienic above, and no premises: environment was the model's misreading of 不卫生. */
export function typesForFoodUnhygienicNotPremises(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === 'environment') || PREMISES.test(text)) return types;
  const found = typesForFoodUnhygienic([], text, [FOOD_TYPE]);
  if (found.length === 0) return types;
  return withoutType(types, 'environment');
}
