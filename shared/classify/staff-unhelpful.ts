import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { COURIER, HOUSE_STAFF } from './staff-words.ts';

const STAFF_TYPE = 'service_attitude';

/** Those who serve, and the courier. */
const STAFF = new RegExp(`${HOUSE_STAFF}|${COURIER}`);
/** Not helping, said of them: 也不帮忙, 都不帮我联系, 连擦都不帮擦一下; 我不帮 is the customer's own. */
const NOT_HELPING = /(?<!我|我们)(?:也|都|还|就|根本|压根|从来|完全)?不(?:肯|愿意?)?帮(?:忙|我|我们|一下|着|拿|提|搬|擦|问|找|叫|联系|处理|解决)/;

/**
 * The customer brushed off in the staff's own words, told after 说, 回 or 来了一句: 前台说那是你的事, 店员说不关我们事, 经理说这个不归他管,
 * 老板说爱吃不吃, 服务员说快结束了你随便吃点吧, 商家回我：“嫌贵别吃”, 骑手说：“催什么催”, 前台说“随便你”, 小哥说“你自己下来拿”. Not the customer's own (你们自己看着办, 关我什么事 are the customer's).
 */
const BRUSHED_OFF =
  /(?:说|回复?|来了?一句)[^。！？!?]{0,12}?(?:那是你(?:自己)?的事|不关我们?的?事|不归(?:我|他|她|我们)管|爱(吃|住|买|要|点|等)不\1|你随便吃点|嫌(?:贵|慢|少|难吃|不好吃?|不好喝)(?:就|你就)?别(?:吃|住|买|点|来|喝)|催什么催|急什么急|又不是只(?:送|给)你|不接受差评|(?:系统|平台)的(?:事|问题)(?:我们)?管不了|有本事你?(?:就)?去?投诉|随便你|爱咋咋地|你自己下(?:来|楼)拿)/;

/**
 * "酒店没有电梯，行李要自己扛上四楼，老板也不帮忙", "门童看到我们拖着箱子也不帮忙": staff who
 * will not help are service_attitude by the guide (unhelpful), and the corpus labels all its
 * such messages so, but 不帮 is no phrase of the type and the model, reading the facilities or the
 * booking around it, missed the one in dev (前台说…然后就没下文了，也不帮我联系平台). Named when
 * the message names someone who serves.
 * The customer brushed off in the staff's own words (BRUSHED_OFF) is the same unhelpfulness.
 */
export function typesForStaffUnhelpful(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, STAFF_TYPE, taxonomyTypes) || !STAFF.test(text)) return types;
  const found = NOT_HELPING.exec(text) ?? BRUSHED_OFF.exec(text);
  if (!found) return types;
  return withNamedType(types, STAFF_TYPE, found[0]);
}
