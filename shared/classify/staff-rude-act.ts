import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { COURIER, HOUSE_STAFF } from './staff-words.ts';

const STAFF_TYPE = 'service_attitude';

/** Those who serve in the house (not the courier: a rider's tossed bag is labelled the trip's fault, delivery). */
const HOUSE = `(?:${HOUSE_STAFF})`;
const ANY_STAFF = `(?:${HOUSE_STAFF}|${COURIER})`;
/** Within the clause that names them, before the act. */
const THEN = '[^，,。！!？?；;]{0,12}?';

/**
 * Rudeness told as a gesture or as what they were busy with: 手往后一指就走了, 拿下巴一努, 翻了个白眼, 头都没抬, 看都不看一眼,
 * 当没听见, 吐了口痰, 学我说话, 一边查一边叹气; 前台一直在刷抖音, 店员在那刷手机; or a thing thrown at the guest:
 * 往床上一丢就走了, 把笔往台上一搁, 房卡扔过来, 把菜单甩在桌上, 摔盘子.
 */
const RUDE_ACT = new RegExp(
  `${ANY_STAFF}${THEN}(手一指|手往[^，,。]{1,4}一指|下巴一[努抬指]|翻了?个?白眼|白了我一眼|眼皮都没抬|头都没抬|头也不抬|看都不看(?:我|一眼)|正眼都不|吐了?口痰|学我说话|当没听见|装没听见|假装没听见|叹了?口?气|(?:一直|全程|低头|在|还在|都在)(?:玩|刷|看)(?:手机|抖音|短视频|视频|球赛)|刷抖音|刷手机)` +
    `|${HOUSE}${THEN}(往[^，,。]{1,6}一(?:扔|丢|甩|墩|杵|拍|推|摔|砸|搁|撂)|(?:扔|丢|甩)(?:了)?(?:过来|回来|给我)|把[^，,。]{1,6}(?:扔|丢|甩|摔|砸|拍)(?:在|到)(?:了)?(?:桌|台|床|地|柜台|我面前|面前)|摔(?:盘子|碗|门|东西|杯子|菜单|碟子))`,
);

/**
 * Staff whose rudeness a negative review tells only by a gesture or an act (保安手往后一指就走了, 前台还在刷抖音, 服务员进来往床上一丢就走了):
 * service_attitude by the guide, but no word of the type is there and the model read the request around it (报修, 要被子) or nothing.
 */
export function typesForStaffRudeAct(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, STAFF_TYPE, taxonomyTypes)) return types;
  const act = RUDE_ACT.exec(text);
  return act ? withNamedType(types, STAFF_TYPE, act[1] ?? act[2]!) : types;
}
