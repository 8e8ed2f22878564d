import { isNegated } from '../negation.ts';
import type { WordLists } from '../word-lists.ts';
import { counts } from './counts.ts';
import { HYPOTHETICAL, isEarlierExperience, NEAR_MISS } from './hedges.ts';
import { GAS_WORDS, PLACE_CONTEXT } from './shared-words.ts';
import { sameClauseBefore } from './text-windows.ts';

/**
 * A part of the premises failing dangerously, told with words between the part and the failure ("电梯运行的时候突然往下掉了一截",
 * "烟雾报警器是坏的，按了测试键根本不响", "卫生间的玻璃门自己爆了", "空调挂机半夜整个掉下来", "阳台栏杆松了"): the phrase list names only the commonest joins (电梯突然往下掉,
 * 玻璃门爆), and "烟雾报警" stays out of it so that 报警 there is no call to the police. A removed alarm is left out: the hotel
 * fining a guest for it ("前台说我房间的烟雾报警器被拆了，要罚款") is no danger found. A room door that opens with a push is not
 * here either: the corpus's writers label it privacy_security but not urgent, four of four.
 */
/**
 * Between the part and the failure, in its clause. A failure felt or feared is none ("感觉随时会往下掉", "好像坏了"); one that nearly
 * happened is, as 差点砸 and 差点掉下 are in the list.
 */
const SAME_CLAUSE = '[^，。！？,.!?会怕感像担万随能似]{0,8}?';
/** The smoke alarm is tried, then found silent, in the next clause as often ("烟雾报警器，按了根本不响"). */
const NEXT_CLAUSE = '[^。！？!?会怕感像担万随能似]{0,10}?';
/** What falls from above is the part itself, not dust or drips from it ("空调的水掉下来"). */
const FALLING_PART = '[^，。！？,.!?会怕感像担万随能似灰水渣屑]{0,8}?';
/**
 * Each failing with the words one of which it cannot match without: a message is read only by the patterns whose words it holds
 * (掉 stands in many a message, 电梯 or 栏杆 in few).
 */
const SMOKE_ALARM_FAILING = new RegExp(`(?:烟雾报警器?|烟感|烟雾探测器?)${NEXT_CLAUSE}(?:坏了|是坏的|坏掉|不响|不会响|没响|失灵|没电|没反应|没有反应|反应都没有|包住|套住|罩住|遮住|捂住|堵住)`, 'g');
/** Furniture that topples, with at most an adverb between ("整个柜子就倒了下来"): "书架上的书倒了下来" is what stood on it. */
const FURNITURE_TOPPLING = new RegExp('(?:电视柜|衣柜|柜子|书架|架子|置物架|行李架|电视机|电视)(?:整个|突然|直接|忽然|一下|就|都|也|又){0,2}(?:倒下来|倒了下来|翻倒|压到)', 'g');
/**
 * Gas smelt or leaking, by every name a guest gives it (瓦斯 in Taiwan, 天然气, the stove or the pipe between: "燃气灶漏气"); the smell
 * must follow the gas itself, as "煤气灶炒的菜有锅气味" is the cooking.
 */
const GAS = `(?:${GAS_WORDS.join('|')})`;
/** Only of premises named in the message: a gas water heater bought online that smells ("燃气的味道浓，噪音大") is the goods' fault. */
// Told by its rotten-egg smell with the gas named beside it ("闻到一股臭鸡蛋味 前台说是天然气管道的问题"); a drain's smell names no gas.
const GAS_SMELT = new RegExp(`${GAS}的?气?味|${GAS}[灶管罐表阀]?${SAME_CLAUSE}(?:漏气|泄漏|泄露|外泄|漏了|在漏)|臭鸡蛋味[^。！？!?]{0,16}?${GAS}`, 'g');
/** "前台说我房间的烟雾探测器被遮住了，要罚款五百": the hotel fining the guest for the alarm, not a danger the guest found. */
const FINED = /罚款|罚钱|要罚|罚我/;
/**
 * A window that will not lock or opens all the way ("窗户没有锁，一推就开到底", "窗户能整个推开") is a fall risk only up high: it counts where
 * the message names a high floor ("住18楼", "高层"); on the ground floor it is a draught or a burglar's way in, told as privacy.
 */
const WINDOW_WIDE_OPEN = new RegExp(`窗[户子]?${SAME_CLAUSE}(?:没有锁|没锁|锁不上|锁不了|锁是坏的|一推就开|一推就全开|开到底|能整个推开|能完全推开|能全部推开|能全推开|可以整个推开|可以完全推开|可以全部推开)`, 'g');
const HIGH_FLOOR = new RegExp('(?:[5-9]|[1-9][0-9])(?:楼|层)|(?:[五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)(?:楼|层)|高层|高楼层|楼层很高|楼层高');
/** Water reaching what is live ("漏水漏到插座上", "空调滴水正好滴在插线板上", "电线泡在水里"): a shock or a fire waiting, where a leak alone is the room's. */
const WATER_ON_LIVE_PARTS = new RegExp(`(?:水${NEXT_CLAUSE}(?:流到|流进|滴到|滴在|漏到|漏在|渗到|渗进|淋到|溅到)|进水)[^，。！？,.!?]{0,3}?(?:插座|插线板|插排|插头|电线|电源|开关|灯)|(?:电线|插座|插线板|插排|电源)${SAME_CLAUSE}泡在水`, 'g');
export const PREMISES_FAILING: readonly (readonly [readonly string[], RegExp])[] = [
  [['电梯'], new RegExp(`电梯${SAME_CLAUSE}(?:往下掉|往下坠|下坠|坠落|往下滑|突然下滑|失控|门没关就|开着门就|门开着就|夹到了?我|夹住了?我)`, 'g')],
  [['烟'], SMOKE_ALARM_FAILING],
  // A socket, a wire or a plug pushed in that smells burnt, a clause or two after it failed ("插座一插上就啪的一声 跳闸了 还有股烧焦味",
  // "烧水壶一插电就跳闸 闻到一股胶皮烧焦的味"); the kitchen's smell is cooking.
  [['焦', '糊味'], new RegExp(`(?:插座|插头|插排|排插|插线板|接线板|电线|开关|插电)[^。！？!?会怕感像担万随能似]{0,20}?(?:烧焦|烧糊|焦味|焦糊|糊味)`, 'g')],
  // Glass shattered over the floor ("推拉门玻璃碎了一地", "地上全是玻璃渣"); a glass the guest broke (玻璃杯打碎了) is no danger of the room.
  [['玻璃'], new RegExp(`玻璃(?![杯瓶碗盘])[^，。！？,.!?打摔]{0,4}?碎了一地|(?:地上|地板上|地毯上|浴室里|卫生间里)[^，。！？,.!?]{0,4}?(?:碎玻璃|玻璃渣|玻璃碴)`, 'g')],
  [['玻璃', '淋浴'], new RegExp(`(?:玻璃门|淋浴门|淋浴房|淋浴间|玻璃隔断)${SAME_CLAUSE}(?:爆了|炸了|爆裂|炸裂|自爆|碎了一地|突然碎)|(?:窗户?的?玻璃|玻璃窗|窗玻璃)${SAME_CLAUSE}(?:是裂的|裂了|裂开了|有裂缝|有裂纹|碎了)`, 'g')],
  [['掉', '砸', '塌'], new RegExp(`(?:空调挂机|空调外机|空调|挂机|吊灯|灯罩|吊扇|吊顶|天花板|石膏板|扣板|镜子)${FALLING_PART}(?:掉下来|掉了下来|砸下来|砸了下来|砸在|砸到|塌下来|塌了)`, 'g')],
  [['倒下', '倒了下', '翻倒', '压到'], FURNITURE_TOPPLING],
  // A bunk bed's rail ("上铺的护栏是松的") is the bed's, not a drop from the building.
  [['栏杆', '护栏'], new RegExp(`(?<!铺的?|床的?)(?:栏杆|护栏)${SAME_CLAUSE}(?:松了|是松的|松松垮垮|一推就晃|一碰就晃|摇摇晃晃|晃得厉害|断了|是裂的|裂了|有裂缝|有裂纹|裂开)`, 'g')],
  // A fixture overhead landing where the guest lies or sits ("吊灯半夜整个掉在床边"); 掉在 of a remote or a towel is no danger, so only these.
  [['掉'], new RegExp(`(?:吊灯|灯罩|吊扇|吊顶|天花板|石膏板|扣板|镜子)${FALLING_PART}(?:掉在|掉到|整个掉)`, 'g')],
  // An appliance or socket burning or smoking ("浴室的暖风机烧了", "吹风机用了两分钟就冒烟了"): a burnt dish or a smoking grill is cooking.
  [['烧', '烟'], new RegExp(`(?:暖风机|浴霸|电暖器|取暖器|插座|插头|插排|排插|插线板|接线板|电线|空调|吹风机|热水壶|电视|充电器)${SAME_CLAUSE}(?:烧了|烧坏了|烧焦|烧糊|烧黑|烧化|烧熔|烧起来|烧着了|冒烟|冒黑烟|冒白烟)`, 'g')],
  [GAS_WORDS, GAS_SMELT],
  [['插', '电线', '电源', '开关', '灯'], WATER_ON_LIVE_PARTS],
  [['窗'], WINDOW_WIDE_OPEN],
];

export function premisesFailing(text: string, held: WordLists, sentimentScore: number): string | undefined {
  for (let p = 0; p < PREMISES_FAILING.length; p++) {
    const [words, pattern] = PREMISES_FAILING[p]!;
    if (!held.holds(words) || (pattern === SMOKE_ALARM_FAILING && FINED.test(text)) || (pattern === GAS_SMELT && !PLACE_CONTEXT.test(text)) || (pattern === WINDOW_WIDE_OPEN && !HIGH_FLOOR.test(text))) continue;
    for (const failing of text.matchAll(pattern)) {
      if (counts('safety', text, failing.index, failing.index + failing[0].length, sentimentScore)) return failing[0];
    }
  }
  return undefined;
}

/**
 * A needle, blade or broken glass left in the bed or the sofa ("在床垫缝里发现一个针头", "枕头底下有一片刀片"): a danger of the room, where the
 * same words in a dish are a foreign object. "床上没有发现针头" denies it and "要是床上有针头" supposes it, so the clause before the object is read;
 * "针头大小的黑点" is a size.
 */
const SHARP_IN_BED = /(?:床垫|床单|床铺|床上|被子|被褥|被套|枕头|枕套|沙发|地毯|床头柜|抽屉|衣柜|浴巾|毛巾)[^。！？!?]{0,10}?(针头|注射器|针管|刀片|碎玻璃|玻璃渣|玻璃碴|[一几两]?[根枚]针(?!头)|缝衣针|大头针|钢针)(?!大小|那么|一样|般|似的)/g;

const SHARP_CLAUSE_WINDOW = 20;
export const SHARP_WORDS = ['针', '注射', '刀片', '玻璃'];

export function sharpInBed(text: string, held: WordLists): string | undefined {
  if (!held.holds(SHARP_WORDS)) return undefined;
  for (const sharp of text.matchAll(SHARP_IN_BED)) {
    const end = sharp.index + sharp[0].length;
    const start = end - sharp[1]!.length;
    // The bed or sofa is the place, so the safety trigger's own place check does not apply; a near miss, a fear, a denial or an earlier stay do.
    const before = sameClauseBefore(text, start, SHARP_CLAUSE_WINDOW);
    if (!NEAR_MISS.test(before) && !HYPOTHETICAL.test(before) && !isNegated(text, start) && !isEarlierExperience(text, start, end)) return text.slice(start, end);
  }
  return undefined;
}
