import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';

const STAFF_MANNER_TYPE = 'service_attitude';
/** The packing called careless: 包装太敷衍, 打包也太随便了, 包装简陋. */
const PACKING_CARELESS = /(?:包装|打包)[^，,。！？!?；;\s]{0,4}?(?:敷衍|随便|简陋|马虎|应付|草率)/g;
/** Someone's manner or a person named besides the packing (服务员态度也差, 老板爱理不理): the type may be theirs. */
const MANNER_OR_STAFF = /态度|语气|脾气|服务员|店员|老板|客服|骑手|小哥|送餐员|配送员|外卖员|前台|经理|收银/;

/**
 * "汤洒了一半，包装太敷衍了": careless packing is how the order was packed, not a staff member's
 * manner towards the customer (service_attitude by the guide: rude, cold, impatient), but the model
 * gave the type for 敷衍. The corpus labels 1 of the 18 messages that call the packing careless
 * with it. Dropped unless someone's manner, or a staff member, is named besides.
 */
export function typesForPackingCareless(types: ComplaintTypeScore[], text: string, mannerPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === STAFF_MANNER_TYPE)) return types;
  const rest = text.replace(PACKING_CARELESS, '');
  if (rest === text || MANNER_OR_STAFF.test(rest) || holdsAnyPhrase(rest, mannerPhrases)) return types;
  return withoutType(types, STAFF_MANNER_TYPE);
}
