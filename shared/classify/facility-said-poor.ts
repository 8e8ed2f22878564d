import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';

const PREMISES_TYPE = 'environment';

/** A room or a facility of the premises. */
const FACILITY = '(?:房间|客房|泳池|游泳池|健身房|阳台|大堂|早餐厅|停车场|电梯|卫生间|浴室|淋浴间|洗手间)';
/** What the rest of the premises may be said to be, twice over (又旧又破), as well. */
const PREMISES = '(?:房间|客房|设施|卫生间|浴室|酒店|宾馆|实物|家具|大堂)';
const POOR = '(?:旧|破|老|脏|小|暗|潮|臭|吵)';
const EMPHASIS = '(?:也|还|真的|实在|就是|是)?';
/** The premises said aged: 设备 and 家具 are as often goods bought, so only the stay's own words. */
const AGED_PREMISES = '(?:设施|房间|客房|装修|酒店|宾馆|大堂|卫生间|浴室)';
const AGED = '(?:(?:很|太|比较|非常|特别|有些|有点|都|较为?)?(?:陈旧|老化|老旧|破旧)|(?:很|太|比较|非常|特别|有些|有点)(?:旧|老(?![板师公人顾客牌字])))';
/**
 * Worse than something named (房间却更旧更小, 房间比照片小太多, 设施比不上人家): 比 right after the
 * room, so 房间不比别家小 is none; what is compared stops at a clause break, and 不 or 没 in it
 * (房间比想象的不小) make it no fault.
 */
const WORSE = '(?:旧|破|脏|小)';
const COMPARED_WORSE = `${PREMISES}(?:却|反而|也|还)?更${WORSE}|${FACILITY}比[^，,。！？!?；;\\s不没]{1,8}?${WORSE}|(?:${FACILITY}|设施|装修)(?:也|还|都|却|远远?)?(?:比不上|不如)`;
/** The room or the facilities called old or worn, bare, as a clause of their own in a list of faults (不怎么样，房间旧，早餐难吃). */
const AGED_BARE = `(?<=^|[\\s，,。！!、；;])${AGED_PREMISES}(?:旧|破|老旧|破旧|陈旧|又旧又破)(?=$|[\\s，,。！!、；;])`;
const FACILITY_POOR = new RegExp(
  `${AGED_BARE}|${FACILITY}${EMPHASIS}(?:太|很|非常|特别|超|巨|好|超级|略|略微|稍微|偏)小|${FACILITY}${EMPHASIS}小了(?:一?点|一?些)|${FACILITY}${EMPHASIS}小[的得到](?:可怜|不行|离谱)|${PREMISES}${EMPHASIS}又${POOR}又${POOR}|${AGED_PREMISES}${EMPHASIS}${AGED}|${COMPARED_WORSE}`,
);

/** The words of a `(?:a|b|…)` group above. */
function wordsOf(group: string): string[] {
  return group.slice('(?:'.length, -1).split('|');
}

/**
 * Every alternative of FACILITY_POOR opens on one of these: a text naming none is passed over in
 * one pass, where the pattern tried each of its openings at every character of it (a takeaway's
 * 又 or 小 lets most such texts past the rule's keys).
 */
const NAMED_PLACES = [...new Set([...wordsOf(FACILITY), ...wordsOf(PREMISES), ...wordsOf(AGED_PREMISES), '设施', '装修'])];

/**
 * "酒店的泳池小的可怜", "阳台很小", "房间真的小到不行", "房间又旧又破", "实物又旧又破": a room or a facility said small,
 * or the premises said two faults over, is the premises, environment by the guide; 20 of the 22
 * corpus texts saying so are labelled environment (the 2 others only misleading_promise, though
 * 房间又小又旧 and 泳池小得可怜 are the room's and the facility's condition). The taxonomy has
 * 房间很小 but no 泳池 or 阳台, and no 又…又…, and the model gave such clauses nothing. The premises said aged
 * ("设施陈旧，服务一般", "装修有些老化") likewise: beside a lukewarm word the model's 一般 outweighed 设施陈旧.
 * A room said worse than another hotel's or than its pictures, and a room 略小 or 小了点, or facilities 有些老, conceded beside the praise
 * of a satisfied guest ("房间略小，但是能看到江景就够了"), are the room's condition too.
 */
export function typesForFacilitySaidPoor(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes) || !holdsAnyPhrase(text, NAMED_PLACES)) return types;
  const found = FACILITY_POOR.exec(text);
  return found ? withNamedType(types, PREMISES_TYPE, found[0]) : types;
}
