import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import type { Taxonomy } from './taxonomy.ts';
import { CLAUSE_BREAK } from './sentences.ts';

const STAFF_MANNER_TYPE = 'service_attitude';
/** The staff's manner named: 前台态度, 服务员, 骑手态度, 服务还行. */
const MANNER = /态度|態度|服务|服務/;
/**
 * A virtue granted with a concession (还算客气, 倒是挺好, 也还可以, 还行), or the manner called
 * ordinary (态度可以, 前台态度正常, 服务也一般: the guide's neutral remarks): the customer allows the
 * manner, often beside a fault of something else.
 */
const CONCEDED_VIRTUE = /(?:还算|還算|倒还|倒還|倒是|倒也|也还|也還|还|還)(?:是|挺|很|蛮|蠻|比较|比較)?(?:客气|客氣|可以|行|不错|不錯|好(?!意思)|热情|熱情|礼貌|禮貌|友好|耐心|周到|和气|和氣)|(?<=态度|態度|服务|服務)(?:也|都)?(?:算是?|就是?|是)?(?:可以|正常|一般|凑合|湊合|中规中矩|中規中矩)/;
/** A fault or a denial inside the same clause undoes the concession (态度还不好, 态度还算客气但是没用). */
const UNDONE = /不(?!错|錯)|没|沒|差|冷|凶|兇|但|却|卻/;
/** Staff named elsewhere: their conduct may be told there with no word of the list (服务员说「我们这边口味就重」, 经理一直不露面, 她就说"那您可以去别的酒店"). */
const STAFF = /服务员|服務員|前台|櫃檯|柜台|店员|店員|店长|店長|经理|經理|工作人员|工作人員|营业员|營業員|业务员|業務員|收银|收銀|客服|骑手|騎手|配送员|配送員|外卖员|外賣員|快递员|快遞員|老板|老闆|保安|保洁|保潔|阿姨|师傅|師傅|管家|厨师|廚師/;

/**
 * "房间太旧了，墙纸都翘起来了……前台小姑娘态度倒还客气", "水煮鱼难吃……服务员倒是态度还行，但是上菜太慢了",
 * "设施有些旧了……服务员态度可以": the staff's manner granted with a concession or called ordinary is no complaint (the guide: praise and 还行,
 * 还可以 are none), but 态度 and 前台态度 are evidence of the type, and in a review that finds
 * fault elsewhere the model reads service_attitude into them. It is dropped when a clause concedes
 * the manner, and no other clause names staff or holds one of the type's problem phrases (态度差,
 * 不耐烦 …): the corpus labels the type where staff named elsewhere answer a complaint dismissively
 * ("环境和服务都还可以" beside 服务员说「我们这边口味就重」).
 */
export function typesForConcededManner(types: ComplaintTypeScore[], text: string, mannerPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === STAFF_MANNER_TYPE) || !CONCEDED_VIRTUE.test(text)) return types;
  const clauses = text.split(CLAUSE_BREAK);
  const concedes = (clause: string) => MANNER.test(clause) && CONCEDED_VIRTUE.test(clause) && !UNDONE.test(clause);
  if (!clauses.some(concedes)) return types;
  const otherClauses = clauses.filter((clause) => !concedes(clause));
  if (otherClauses.some((clause) => STAFF.test(clause) || holdsAnyPhrase(clause, mannerPhrases))) return types;
  return withoutType(types, STAFF_MANNER_TYPE);
}

/** The taxonomy's problem phrases of the staff's manner. */
export function staffMannerPhrases(taxonomy: Taxonomy): string[] {
  return Object.keys(taxonomy.types.find((type) => type.id === STAFF_MANNER_TYPE)?.keywords ?? {});
}

/** The model unsure of the manner. */
const MANNER_GUESSED = 0.8;
/**
 * A fault in the manner said in words the type's list holds only in other forms (态度很不好, 态度有点冲, 说话有点冲,
 * 有點冷淡) or shown in what staff did to the guest (一直催, 敲门, 推销, 不吭声, 转身就走).
 */
const MANNER_FAULT_SHOWN = /(?:态度|態度)[^，,。！？!?；;\s]{0,4}?(?:不|差|冲|衝|凶|兇|烂|渣)|(?<![要别別])冲(?![击擊洗泡凉涼动動突浪])|衝(?![擊動突])|冷淡|不吭声|不吭聲|敲门|敲門|催|推销|推銷|转身|轉身|理我|理人/;

/**
 * "前台的小姑娘听说我一个人来的，特意把房间安排在离电梯最近的地方", "服务员大姐说话直但人实在": staff told of in a
 * review that is not negative, with no word of a fault in their manner. The model, which learnt 前台, 服务员 and 说
 * beside rude staff, guesses service_attitude from the nouns. Dropped when it is unsure and the message holds none
 * of the type's problem phrases nor shows such a fault.
 */
export function typesForStaffOnlyTold(types: ComplaintTypeScore[], text: string, mannerPhrases: readonly string[]): ComplaintTypeScore[] {
  const manner = types.find((t) => t.type === STAFF_MANNER_TYPE);
  if (!manner || manner.confidence >= MANNER_GUESSED || MANNER_FAULT_SHOWN.test(text) || holdsAnyPhrase(text, mannerPhrases)) return types;
  return withoutType(types, STAFF_MANNER_TYPE);
}
