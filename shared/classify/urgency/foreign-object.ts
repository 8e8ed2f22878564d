import { isNegated } from '../negation.ts';
import { HYPOTHETICAL, HYPOTHETICAL_WINDOW, HYPOTHETICAL_WINDOW_LATIN, THOUGHT_EN } from './hedges.ts';
import { SELF_LOCATING_SET } from './phrases/foreign-object.ts';
import { FOOD_CONTEXT, FOOD_CONTEXT_WINDOW } from './shared-words.ts';
import { LATIN, near, sameClauseBefore, sameSentenceBefore, sameSentenceBeforeZh } from './text-windows.ts';

/** A foreign object found in what was eaten or drunk: the object's phrase counts only where the food and the finding are told around it. */

/**
 * A loose first sight, then the second look, puts the dish farther back in the sentence ("米线里夹着一个黑黑的东西，挑出来一看是半只苍蝇腿"):
 * the sentence before the object names it.
 */
const FOOD_SENTENCE_WINDOW = 40;
/**
 * From that far off only a dish holding something counts ("米线里", "汤中"): a stray 粉 of 粉色 is no food. Read at the call, not
 * built into a pattern at load: the api bundle, which never detects urgency, then drops FOOD_CONTEXT's Chinese literal.
 */
const HOLDING_WORDS = '里中内';
const DISH_BEFORE_HOLDING = 3;

function namesADishHolding(sentence: string): boolean {
  for (let i = 1; i < sentence.length; i++) {
    if (HOLDING_WORDS.includes(sentence.charAt(i)) && FOOD_CONTEXT.test(sentence.slice(Math.max(0, i - DISH_BEFORE_HOLDING), i))) return true;
  }
  return false;
}
/** …and found in it: "汤里有", "吃出", "咬到", "嚼出", "袋里爬出", "雪糕里面还送螺丝" (a cockroach running past the table is environment). */
const FOUND_IN = /倒出|拌着|嵌着|嵌了|煮着|炖着|泡着|裹着|卧着|里面?还送|吐出来|发现是|原来是|像是|竟然是|居然是|有小|夹了|夹着|夹到|混着|混了|掺着|掺了|里面全是|里全是|里面?还有|底下|下面有|趴着|吃出|吃到|(?<![晚早身路马])上有|上半|捞出|漂着|飘着|喝出|喝到|咬到|咬出|嚼到|嚼出|啃出|挖出|爬出|夹出|挑出|翻出|里有|里面有|里面?一[只根个块片条颗坨团粒截撮]|是个|(?<!看)是一?[颗粒坨团截块片]|有[个只条根颗粒坨团截块片]|有一[只根个块片条颗坨团粒截撮]|里竟然有|里居然有|中有|里发现|里吃出|发现了?一[只根个块片条]|是一[只根个块片条]|found|in my|in the|bit down on|bit into|biting into|chewing on|spotted|spotting|noticed|discovered|sliver of|shard of/;
const FOUND_IN_WINDOW = 14;
/** A smell or taste of the thing (煎蛋有股塑料味, 一股铁丝的味道): no object found, however near the eating ("吃到…塑料味" typed without a break). */
const SMELL_OF = /^的?(?:味|气味|气息)/;
/**
 * A second look at something seen in the clause before ("炸鸡里面有根黑色的毛，仔细一看是老鼠毛"): found in the food when that
 * clause names it; "房间地上有个黑点，一看是蚊子，…早餐不错" saw it on the floor.
 */
const SECOND_LOOK = /(?:一|仔细|细)看(?:竟然|居然|全|都)?是小?$/;
const SECOND_LOOK_WINDOW = 30;
/** English words are longer: it says where before ("found a small piece of metal") from farther off, or after ("a cockroach in my rice"). */
const FOUND_IN_WINDOW_LATIN = 32;
/** Chinese says where after the object too: "一只苍蝇，死在汤里", "一只虫子泡在粥里". */
const FOUND_AFTER_ZH = /^[，,、—\s]{0,2}(?:死|泡|躺|漂|飘|粘|沾|趴|混|藏|煮)在/;
const FOUND_AFTER_LATIN = /^[^.!?]{0,24}?\b(?:(?:in|inside|at the bottom of|under|baked into|mixed into|stuck in)\s+(?:my|the|our|his|her|their|a|an)\b|in (?:it|them)\b)/;
/** A Chinese word inside an English sentence ("The noodles had a 虫 in it") is placed the English way, after it. */
const LATIN_AFTER = /^\s?[a-z]/i;
/** "房间里有蚊子" after a breakfast is praised: found in the premises, not in the food. */
const FOUND_ON_PREMISES = /(房间?|屋|床|桌子?|座位?|旁边|周围|身边|地上|地板|墙|厕所|卫生间|浴室|店|厅|窗)(里面?|上|中|都)?(还|竟然|居然|也)?有[^，。！？,.!?]*$/;
/** "一只小虫在飞", "一只蟑螂从桌子底下跑过去": moving about the room, not in the dish. */
const ON_THE_MOVE = /^.{0,2}(飞|爬来爬去|乱爬|从)|^.{0,4}(跑|窜)/;

/** "没吃出什么异物", "没有发现任何虫子": a finding denied a few words before the object. */
const FINDING_DENIED = /(?:没|没有|未)(?:吃出|喝出|吃到|喝到|发现|看到|看见)(?:什么|任何|啥)?$/;

function isSecondLookAtFood(text: string, start: number): boolean {
  const clause = sameClauseBefore(text, start, FOUND_IN_WINDOW);
  const look = SECOND_LOOK.exec(clause.replace(/[半一两几]?[只根个块片条颗截]$/, ''));
  return look !== null && FOOD_CONTEXT.test(sameSentenceBeforeZh(text, start - clause.length, SECOND_LOOK_WINDOW));
}

export function isForeignObjectFound(text: string, start: number, end: number): boolean {
  // "如果吃出虫子我会直接投诉": an object supposed in its own clause was not found.
  if (HYPOTHETICAL.test(sameClauseBefore(text, start, HYPOTHETICAL_WINDOW)) || THOUGHT_EN.test(sameSentenceBefore(text, start, HYPOTHETICAL_WINDOW_LATIN))) return false;
  if (SELF_LOCATING_SET.has(text.slice(start, end))) return !isNegated(text, start) && near(text, start, end, FOOD_CONTEXT);
  if (SMELL_OF.test(text.slice(end, end + 3))) return false;
  const english = LATIN.test(text.charAt(start));
  return (
    !isNegated(text, start) &&
    !FINDING_DENIED.test(sameClauseBefore(text, start, FOUND_IN_WINDOW)) &&
    (FOUND_IN.test(english ? text.slice(Math.max(0, start - FOUND_IN_WINDOW_LATIN), start) : sameClauseBefore(text, start, FOUND_IN_WINDOW)) ||
      (!english && isSecondLookAtFood(text, start)) ||
      (english || LATIN_AFTER.test(text.slice(end, end + 2)) ? FOUND_AFTER_LATIN.test(text.slice(end, end + 40)) : FOUND_AFTER_ZH.test(text.slice(end, end + 6)))) &&
    !FOUND_ON_PREMISES.test(text.slice(Math.max(0, start - FOUND_IN_WINDOW), start)) &&
    !ON_THE_MOVE.test(text.slice(end, end + 5)) &&
    (near(text, start, end, FOOD_CONTEXT, english ? FOUND_IN_WINDOW_LATIN + 8 : FOOD_CONTEXT_WINDOW) ||
      // The second look names the drink farther back ("奶茶喝到底 吸管吸上来一个黑乎乎的软东西 倒出来一看是只蟑螂的腿"), as it reads it.
      (!english && (namesADishHolding(sameSentenceBeforeZh(text, start, FOOD_SENTENCE_WINDOW)) || isSecondLookAtFood(text, start))))
  );
}
