import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import { toldNotSupposed } from './sentences.ts';

const PREMISES_TYPE = 'environment';
/**
 * Noise from outside the thing bought: traffic (车声, 喇叭声, 鸣笛), building work (装修声, 施工的声音)
 * or a place beside the room (楼下, 隔壁, 窗外, 马路), said loud at 很 or more or said to be 吵.
 * A bare 噪音 is left out: a fan's or a fridge's 噪音很大 is the goods' fault, product_quality.
 */
const LOUD_NOISE =
  /(?:车声|车流声|汽车声|喇叭声?|鸣笛声?|装修声|施工声|(?:装修|施工|楼下|隔壁|窗外|马路|街上|外面)的?(?:噪音|噪声|声音|动静))(?:也|还|又|真的?|实在|一直)?(?:(?:太|很|非常|特别|超级?|巨|好|贼)(?:大|吵|响)|吵得|大得|吵死)/;

/**
 * Noise from beside the room said to be heard (低层能听到马路的声音, 听得见走廊的说话声), or a sound heard all too clearly
 * (马桶滴答滴答的声音，晚上睡觉听得特别清楚; 隔壁电视声听得很清楚): 听不到 is quiet,
 * and a sound only feared or supposed (担心会听到, 如果住低层) is none.
 */
const NOISE_HEARD =
  /听得?[到见](?:楼下|隔壁|窗外|马路|街上|外面|走廊|楼上)[^，,。！？!?；;\s]{0,4}?(?:声音|噪音|动静|声)|(?:隔壁|楼上|楼下|走廊|窗外|马路|街上|外面|马桶|水管|空调|电梯|滴答|呼噜|电视|装修|车)[^。！？!?；;\n不没]{0,12}?听得(?:特别|很|非常|十分|相当|那么|太)?(?:清清楚楚|一清二楚|清楚)/;
/**
 * The room's soundproofing said poor ("隔音很差", "根本不隔音"): the guide's 隔音差. The model has it, but
 * beside an overall 一般般 it gave "隔音很差，一般般吧" nothing. "隔音一般" is a lukewarm remark, not a fault.
 */
const POOR_SOUNDPROOFING = /隔音(?:效果)?(?:也|还|又|真的?|实在|简直)?(?:(?:太|很|非常|特别|超级?|巨|好|贼|比较|有点|有些)?(?:差|不好|不行)|几乎为零|为零|等于零|形同虚设)|(?:根本|完全|一点都?|一点也)不隔音/;
/**
 * Guests having to shout to be heard at their own table (说话都得靠吼, 聊天要扯着嗓子喊): the din of a
 * crowded restaurant, environment. Not 点菜要喊好几遍 (staff slow to come).
 */
export const GUESTS_SHOUTING = /(?:说话|聊天|讲话|交流|沟通)[^，,。！？!?；;\s]{0,6}?(?:要|得|靠|只能|需要|必须)[^，,。！？!?；;\s]{0,4}?(?:吼|喊)/;
/**
 * Building work told by what it does (楼上装修一直在敲, 在装修，早上七点就开始电钻, 施工轰隆隆的): the
 * sound is not named, so LOUD_NOISE has nothing to find. Within the sentence, never past a 不 or 没
 * (装修得很好，一点都不吵); 敲门 is a knock, not the work.
 */
const BUILDING_WORK_HEARD = /(?:装修|施工|电钻|电锯)[^。！？!?；;\n不没]{0,10}?(?:敲(?!门)|砸|钻墙|电钻|电锯|轰隆|叮叮|乒乒|吵|噪)/;
/**
 * A din beside the room told by who or what makes it (楼道里保洁大声聊天, 走廊有人大声喧哗, 推车哐哐响,
 * 楼上咚咚咚): the noise is not named, so LOUD_NOISE has nothing to find. All 15 such messages of train and
 * dev are labelled environment (a staff member's din service_attitude as well). Within the clause, never
 * past a 不 or 没 (楼道里没人大声说话).
 */
const DIN_BESIDE = /(?:走廊|楼道|过道|隔壁|楼上|楼下|推车)[^，,。！？!?；;\s不没]{0,8}?(?:大声|喧哗|吵闹|大喊|哐|咣|咚咚)/;
/**
 * Building work going on beside the room told by the rest it cost (隔壁装修，白天根本没法休息, 楼上在施工睡不着):
 * only work going on nearby, since 装修很漂亮，可惜枕头太高睡不着 praises the decor.
 */
const BUILDING_WORK_COST =
  /(?:(?:隔壁|楼上|楼下|对面|旁边|外面)(?:在|正在)?(?:装修|施工)|在装修|在施工|装修中|电钻|电锯)[^。！？!?；;\n不没]{0,8}?(?:没法休息|没法睡|没办法休息|无法休息|睡不着|睡不了)/;
/** Earphones and earplugs are said to 隔音 too: their fault is the goods'. */
const EARPHONES = /耳机|耳塞|耳麦|降噪/;

/**
 * "晚上车声很大，根本睡不着", "隔壁装修声很大，早上七点就开始了", "说话都得靠吼", "楼上装修一直在敲": noise is environment by the guide,
 * but the model, which learnt noise from 吵 and 隔音, gave these no type at all.
 */
export function typesForNoiseSaidLoud(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  const found =
    LOUD_NOISE.exec(text) ?? (EARPHONES.test(text) ? null : POOR_SOUNDPROOFING.exec(text)) ?? noiseHeard(text) ?? guestsShouting(text) ?? buildingWorkHeard(text) ?? dinBeside(text);
  return found ? withNamedType(types, PREMISES_TYPE, found[0]) : types;
}

function dinBeside(text: string): RegExpExecArray | null {
  return toldNotSupposed(text, DIN_BESIDE.exec(text));
}

function guestsShouting(text: string): RegExpExecArray | null {
  return toldNotSupposed(text, GUESTS_SHOUTING.exec(text));
}

function buildingWorkHeard(text: string): RegExpExecArray | null {
  return toldNotSupposed(text, BUILDING_WORK_HEARD.exec(text) ?? BUILDING_WORK_COST.exec(text));
}

function noiseHeard(text: string): RegExpExecArray | null {
  return toldNotSupposed(text, NOISE_HEARD.exec(text));
}

/** Someone begging or pestering for a thing (小朋友吵着要吃, 孩子闹着要来, 吵着让我们带她来): no sound of the place. */
const PESTERING = /[吵闹]着(?:闹着)?(?:要|去|来|吃|喝|买|看|玩|让|说)/g;
/** Noise still told once the pestering is taken out. */
const NOISE = /吵|闹|噪|喧|嘈|声音/;

/**
 * "小朋友最近一直吵着要吃，就来了": the model learnt 吵 as the premises' noise and reads environment into a
 * child's pestering, which family reviews open with. Dropped when, the pestering taken out, no noise and
 * none of the type's phrases is left.
 */
export function typesForPesteringNotNoise(types: ComplaintTypeScore[], text: string, premisesPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PREMISES_TYPE)) return types;
  const rest = text.replace(PESTERING, '，');
  if (rest === text || NOISE.test(rest) || holdsAnyPhrase(rest, premisesPhrases)) return types;
  return withoutType(types, PREMISES_TYPE);
}
