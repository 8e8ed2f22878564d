import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import type { Taxonomy } from './taxonomy.ts';

const PREMISES_TYPE = 'environment';
/** A meal or a parcel brought to the customer, by whoever carries it. */
const DELIVERY = /骑手|配送员|送餐员|外卖员|外卖|快递员|快递|小哥[^，,。！？!?\n]{0,12}送/;
/** Where the business itself has premises the customer uses: a hotel, a restaurant, a building's management. */
const ON_SITE = /前台|入住|退房|酒店|宾馆|客房|房间|服务员|上菜|到店|店里|餐厅|饭店|堂食|包间|大堂|小区|物业|房东|公寓/;
/** The customer's own building, as a delivery meets it: its lift, its stairs, the floor. */
const BUILDING = /电梯[^，,。！？!?\n]{0,4}(?:坏了|坏着|停了|维修|检修)?|楼梯|爬楼|[上下]?[0-9一二三四五六七八九十]+楼/g;

/**
 * "骑手小哥腿脚麻利，电梯坏了爬到十五楼，辛苦": the lift a rider had to do without is the
 * customer's building, not the business's premises, so no environment by the guide (premises and
 * facilities). The model reads 电梯坏了 as it does in hotels. Dropped in a delivery that names no
 * place of the business when, the building's lift, stairs and floors taken out, none of the
 * type's phrases is left. Train/dev messages it applies to: 3, all labelled without environment.
 */
export function typesForCustomersBuilding(types: ComplaintTypeScore[], text: string, premisesPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PREMISES_TYPE) || !DELIVERY.test(text) || ON_SITE.test(text)) return types;
  const rest = text.replace(BUILDING, '，');
  if (rest === text || holdsAnyPhrase(rest, premisesPhrases)) return types;
  return withoutType(types, PREMISES_TYPE);
}

/** The taxonomy's Chinese environment phrases, problems and topics alike. */
export function premisesPhrases(taxonomy: Taxonomy): string[] {
  const type = taxonomy.types.find((t) => t.id === PREMISES_TYPE);
  return type ? [...Object.keys(type.keywords), ...Object.keys(type.topics)].filter((phrase) => /[\u3400-\u9fff]/.test(phrase)) : [];
}
