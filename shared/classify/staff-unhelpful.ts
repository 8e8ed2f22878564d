import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const STAFF_TYPE = 'service_attitude';

/** Those who serve: the desk, the owner, waiters, porters, the manager. */
const STAFF = /前台|总台|老板|店家|商家|服务员|服务生|门童|行李员|礼宾|保安|经理|大堂|管家|房东|店员|工作人员|客服|师傅|阿姨|小哥|小姐姐|骑手|小二/;
/** Not helping, said of them: 也不帮忙, 都不帮我联系, 连擦都不帮擦一下; 我不帮 is the customer's own. */
const NOT_HELPING = /(?<!我|我们)(?:也|都|还|就|根本|压根|从来|完全)?不(?:肯|愿意?)?帮(?:忙|我|我们|一下|着|拿|提|搬|擦|问|找|叫|联系|处理|解决)/;

/**
 * "酒店没有电梯，行李要自己扛上四楼，老板也不帮忙", "门童看到我们拖着箱子也不帮忙": staff who
 * will not help are service_attitude by the guide (unhelpful), and the corpus labels all its
 * such messages so, but 不帮 is no phrase of the type and the model, reading the facilities or the
 * booking around it, missed the one in dev (前台说…然后就没下文了，也不帮我联系平台). Named when
 * the message names someone who serves.
 */
export function typesForStaffUnhelpful(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, STAFF_TYPE, taxonomyTypes) || !STAFF.test(text)) return types;
  const found = NOT_HELPING.exec(text);
  if (!found) return types;
  return withNamedType(types, STAFF_TYPE, found[0]);
}
