import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { firstOccurrence } from './occurrence.ts';

const FOOD_TYPE = 'product_quality';

/** The food said to be pre-made and reheated or made of additives: 料理包, 预制菜, 料包味, 科技与狠活 (not 半成品 or 速冻: a figure of speech, or frozen dumplings the corpus labels a claim belied only). */
const PREMADE = /预制菜|料理包|料包味|科技与狠活/g;
/** Denied, feared, supposed or asked: 不是预制菜, 本来怕是预制菜, 以为是料理包, 是不是料理包. */
const NOT_SAID_SO = /不是|不像|没有|并非|绝非|拒绝|杜绝|怕|担心|以为|本来|原以为|如果|要是|是不是|会不会|有没有/;
/** Asked, not said: 是不是料理包啊？ */
const QUESTION_AFTER = /^[^，,。！？!?；;\n]{0,3}[吗么?？]/;

/**
 * "一吃就是料理包", "料理包的味道", "是预制菜吧": the food said to be pre-made and reheated is the food's fault,
 * product_quality by the guide (the thing bought is bad), as the corpus labels its such messages (难吃，一股预制菜的味道;
 * 写的是现做的，吃起来明显是加热的料理包: misleading_promise besides, which a claim belied already names). Bare, the model
 * read 料理包 as praise or as nothing. Not denied, feared or asked (不是预制菜, 本来怕是预制菜, 是不是料理包？).
 */
export function typesForPremadeFood(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = firstOccurrence(text, PREMADE, ({ before, after }) => !NOT_SAID_SO.test(before) && !QUESTION_AFTER.test(after));
  return found ? withNamedType(types, FOOD_TYPE, found[0]) : types;
}
