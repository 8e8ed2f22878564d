import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayNameOrConfirm, withNamedOrConfirmedType, withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import { clauseBefore } from './sentences.ts';

const STAFF_MANNER_TYPE = 'service_attitude';
const FOOD_TYPE = 'product_quality';

/** Who serves: the restaurant's or shop's people, the desk, the courier. */
const STAFF = '(?:服务员|服务生|店员|店长|老板娘|老板|收银员?|前台|柜台|经理|工作人员|阿姨|大妈|师傅|小妹|小哥|骑手|外卖员|送餐员|配送员)';
/**
 * The sour face, within the staff member's clause: 脸好臭, 脸色太难看, 脸拉得老长, 拉着个脸,
 * 甩脸色, 摆臭脸, 板着脸, 黑着脸 (a verb of the face or a sour adjective after it, so not 脸很红), or the
 * sour face as a noun (全程黑脸, 一直冷脸; not 臭脸, which the model knows, and whose 臭 found here would
 * make the rule below drop the food's type from a review that faults the food too);
 * or the staff member snapping at the guest (被前台怼了一顿, 服务员直接怼回来; not 前台被我怼了).
 */
const SOUR_FACE = new RegExp(
  `${STAFF}[^，,。！!？?；;\\s]{0,8}?(脸[色子]?(?:也|都|还|就)?(?:太|很|好|超|真|特别|非常|贼|巨|那么|这么|有点)*(?:臭|黑|难看)|脸拉得|拉(?:着|长)(?:个|张|一张)?脸|甩(?:脸|脸色|脸子)|摆(?:着)?(?:个|张|一张)?(?:臭)?脸|板着(?:个|张)?脸|黑着(?:个|张)?脸|冷着(?:个|张)?脸|(?:黑|冷)脸(?!色)|(?<!我们?)怼)`,
);
/** A fear belied or a denial in the face's clause ("本来以为前台要甩脸", "老板从不摆臭脸", "前台也没怼人"). */
const NOT_SAID = /以为|担心|怕|本来|如果|要是|不|没|从来/;

/** The sour face a staff member is said to pull, unless denied or feared only. */
function sourFaceIn(text: string): string | undefined {
  const found = SOUR_FACE.exec(text);
  if (!found) return undefined;
  const face = found[1]!;
  const before = clauseBefore(text, found.index) + found[0].slice(0, found[0].length - face.length);
  return NOT_SAID.test(before) ? undefined : face;
}

/**
 * "老板娘脸好臭", "服务员脸拉得老长", "收银的甩脸色": a sour face at the customer is the staff's
 * manner, service_attitude by the guide (前台冷漠, 爱理不理). The model knew 臭脸 and 黑着脸 but
 * gave 脸好臭 and 脸拉得老长 no type (and positive sentiment, 好 read as praise). The face named confirms a faint
 * reading of the model's, which the rule for staff merely told of would otherwise take away (前台小姐姐全程黑脸).
 */
export function typesForStaffSourFace(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayNameOrConfirm(types, STAFF_MANNER_TYPE, taxonomyTypes)) return types;
  const face = sourFaceIn(text);
  return face === undefined ? types : withNamedOrConfirmedType(types, STAFF_MANNER_TYPE, face);
}

/** "老板娘脸太臭了": the model read the face's 臭 as food gone off; dropped when nothing else of the food is faulted. */
export function typesForSourFaceNotFood(types: ComplaintTypeScore[], text: string, foodFaultPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === FOOD_TYPE)) return types;
  const face = sourFaceIn(text);
  if (face === undefined || !face.includes('臭')) return types;
  const rest = text.replace(face, '');
  return holdsAnyPhrase(rest, foodFaultPhrases) ? types : withoutType(types, FOOD_TYPE);
}
