import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const STAFF_TYPE = 'service_attitude';

/**
 * The staff pressing sales on the guest: 一直推销酒水, 每次上课都在推销课程, 不停地推荐贵的菜, 强行推销, 推销得很厉害, 推销办卡推得人很烦.
 * Not 不推销, 没有推销, 不会一直推销 (denied; the lookbehind and NOT_PUSHED), nor a dish recommended (推荐了招牌菜).
 */
const PUSHY =
  /(?:一直|老是|总是|不停地?|反复|拼命|使劲|硬要|强行|强制|疯狂|(?:每次|每回)[^，,。！？!?；;\n]{0,4}?都(?:在|要|会)?)(?:地)?(?:推销|推荐|让(?:我们)?(?:办卡|充值|加菜|点酒))|推销(?:得|的)?(?:很|太|特别|非常)?(?:厉害|频繁|烦人?|过头)|(?:推销|办卡|充值)[^，,。！？!?；;]{0,8}?(?:很烦|好烦|烦死|反感|无语)/;
const NOT_PUSHED = /不|没|别|从不|也不会/;
/** Someone other than the staff recommending (网站一直推荐它, 朋友一直推荐): no manner of the house. */
const NOT_STAFF = /网站|网上|APP|app|平台|系统|软件|朋友|同事|博主|大家|别人/;

/**
 * "服务员一直推销酒水，有点烦", "结账时强行推销办卡": staff pressing sales are unprofessional, service_attitude
 * by the guide, but the model, reading the praised dishes around it in a long dine-in review, gave the passing
 * remark nothing. Not when denied (服务员不会一直推销), only feared, or said of a website or a friend (网站一直推荐它).
 */
export function typesForStaffPushy(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, STAFF_TYPE, taxonomyTypes)) return types;
  const found = PUSHY.exec(text);
  if (!found) return types;
  const before = clauseBefore(text, found.index);
  if (NOT_PUSHED.test(before.slice(-4)) || SUPPOSED.test(before) || NOT_STAFF.test(before)) return types;
  return withNamedType(types, STAFF_TYPE, found[0]);
}
