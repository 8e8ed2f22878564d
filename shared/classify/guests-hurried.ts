import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { isNegated, SUPPOSED } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const STAFF_MANNER_TYPE = 'service_attitude';

/**
 * The guests hurried off their table: 感觉在赶人, 赶我们走, 一直催我们快点吃, 催着买单, 让我们快点,
 * 说要翻台了 (not 翻台快, the place's turnover, nor 被赶, which the corpus also uses of a room changed).
 */
const HURRIED = /赶人|赶我们|赶客|撵人|撵我们|催着?(?:我们|客人)|催着(?:走|买单|结账|离开)|让我们(?:快点|赶紧|早点)|说要(?:收台|翻台)|要(?:收台|翻台)了/;
/** Someone else doing the hurrying: a courier at the door, a driver, the customer's own party. */
const NOT_THE_STAFF = /骑手|外卖|快递|配送|司机|朋友|孩子|老公|老婆|家人/;

/**
 * "我碗里还有几口面，阿姨就过来要收了，感觉在赶人", "服务生过来让我们快点吃": staff hurrying the
 * guests off is their manner, service_attitude by the guide, and the corpus labels every review
 * saying so that type (its short ones the model knows); buried in a long review praising the dishes
 * the model passed it over. Not when denied (从来不催我们, 老板不赶人) or only feared (怕被催着走).
 */
export function typesForGuestsHurried(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, STAFF_MANNER_TYPE, taxonomyTypes)) return types;
  const found = HURRIED.exec(text);
  if (!found) return types;
  const before = clauseBefore(text, found.index);
  if (isNegated(text, found.index) || SUPPOSED.test(before) || before.includes('以为') || NOT_THE_STAFF.test(before)) return types;
  return withNamedType(types, STAFF_MANNER_TYPE, found[0]);
}
