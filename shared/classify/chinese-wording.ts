import { isCantonese, withStandardChineseWords } from './cantonese-words.ts';
import { withStandardForDialectWords } from './dialect-words.ts';
import { withChineseForEnglishWords } from './english-in-chinese.ts';
import { withMainlandWords } from './mainland-words.ts';

/**
 * The Chinese text the rules and models read, once the script is simplified: English words in their
 * Chinese, a few Mandarin dialect words in their standard form, written Cantonese in standard written
 * Chinese, a traditional-script text's regional words in their mainland form, sentences ended with
 * half-width dots ended as the rules know, and a list of faults left empty said as praise. The English,
 * dialect and Cantonese words so read go to `wordsRead`.
 */
export function chineseAnalysisText(simplified: string, writtenTraditional: boolean, wordsRead?: string[]): string {
  const allChinese = withStandardForDialectWords(withChineseForEnglishWords(simplified, wordsRead), wordsRead);
  const standard = isCantonese(allChinese) ? withStandardChineseWords(allChinese, wordsRead) : allChinese;
  return withDegreeHaoSaidPlainly(withToppingSaidPlainly(withCharacterSaidPlainly(withValuedSaidPlainly(withBusinessAddressedPlainly(withNoFaultSaidPlainly(withSentenceDotsAsFullStops(writtenTraditional ? withMainlandWords(standard) : standard)))))));
}

/**
 * A dot after a Chinese word (not a decimal point's), or a run of them (an ellipsis: NFKC makes "…"
 * three dots), not inside an English word or a number. The rules that read one sentence or one
 * clause end them at 。 and ，, so "四星." was no rating and a sentence ended "..." ran on into the next.
 */
const DOTS_ENDING_A_SENTENCE = /(?<![0-9a-z.])\.{2,}|(?<=\p{Script=Han})\.(?![0-9.])/gu;

/** A single dot ends its sentence (。); an ellipsis only trails off, as a comma does (as a full stop it read the measuring sets with every ， and 。 made "..." at 0.814 against 0.815). */
function withSentenceDotsAsFullStops(text: string): string {
  return text.includes('.') ? text.replace(DOTS_ENDING_A_SENTENCE, (dots) => (dots.length > 1 ? '，' : '。')) : text;
}

/**
 * A review's list of faults left empty (缺点：没有, 不足之处：无, 缺点嘛，暂时没发现): read as "没有缺点", which
 * the lexicon knows as praise; the model and the types read 缺点 and 没有 apart, as a fault and an item missing.
 */
const NO_FAULT_LISTED = /(缺点|不足之处|不足|槽点)(?:嘛|的话|呢)?[:：,，\s]*(暂时|目前|还)?(没有|无|暂无|木有|没发现|没找到|找不到)(?:什么)?(?=[。！!，,；;\s]|$)/g;

function withNoFaultSaidPlainly(text: string): string {
  return text.includes('缺点') || text.includes('不足') || text.includes('槽点') ? text.replace(NO_FAULT_LISTED, '$2$3$1') : text;
}

/**
 * The business addressed politely (我是贵店老客户, 通过贵平台预订, 向贵司反映): read as 你们店, 你们平台, 你们公司, since
 * the lexicon, the types and the model read 贵 as "too expensive". Not after a word of degree or a negation
 * (太贵店家也不管, 不贵店员很好: the price), nor before 员/家/主 (贵店员).
 */
const BUSINESS_ADDRESSED = /(?<![太很真挺超特偏较更最蛮忒贼死略稍点么不也又还都好])贵(店|司|公司|平台|酒店|宾馆|饭店|餐厅|商家|单位|方)(?![员家主])/g;

function withBusinessAddressedPlainly(text: string): string {
  return text.includes('贵') ? text.replace(BUSINESS_ADDRESSED, (_, business: string) => `你们${business === '司' || business === '方' ? '公司' : business}`) : text;
}

/**
 * 贵 in a word that prices nothing: a guest of honour (贵宾厅), a thing valued (贵重物品, 宝贵的时间, 珍贵): read as 嘉宾,
 * 重要, 难得, since the model reads the 贵 in them as "too expensive" (付费升舱说含贵宾厅，到了门口说不能进 read
 * price_billing). The cities (贵州, 贵阳) keep their names: the lexicon and the types know them.
 */
const VALUED = /贵宾|贵重|宝贵|珍贵/g;
const VALUED_PLAINLY: Record<string, string> = { 贵宾: '嘉宾', 贵重: '重要', 宝贵: '难得', 珍贵: '难得' };

function withValuedSaidPlainly(text: string): string {
  return text.includes('贵') ? text.replace(VALUED, (word) => VALUED_PLAINLY[word]!) : text;
}

/**
 * A place or a dish said to have character (装修很有味道, 很有老上海的味道, 家常菜很有妈妈的味道): read as 特色, since
 * the types read 有味道 as a smell; a smell is told plainly (房间有味道, 有股味道), not with a word of degree before 有.
 */
const CHARACTER_SAID = /(?<=(?:很|挺|特别|非常|蛮|超|真|颇|别|相当|十分)有(?:[^，,。！？!?；;\s]{1,6}?的)?)味道/g;

function withCharacterSaidPlainly(text: string): string {
  return text.includes('有') && text.includes('味道') ? text.replace(CHARACTER_SAID, '特色') : text;
}

/**
 * A topping sprinkled on (撒了芝麻和葱花, 炒饭撒了几片菌子, 撒了点孜然): read as 放了, since the types and the lexicon
 * read 撒了 as an order spilled on its way; what spills (汤撒了一半) names no topping.
 */
const TOPPING_SPRINKLED = /撒了(?=[^，,。！？!?；;\s]{0,4}?(?:芝麻|葱|香菜|辣椒|孜然|胡椒|糖|盐|花生|芝士|海苔|椒盐|蒜|肉松|菌|粉|碎|末|籽))/g;

function withToppingSaidPlainly(text: string): string {
  return text.includes('撒了') ? text.replace(TOPPING_SPRINKLED, '放了') : text;
}

/**
 * 好 as a word of degree before a quality the lexicon does not judge (味道好重, 房间好小, 分辨率好低): read as 很,
 * since the lexicon and the models read that 好 as praise (装修味道好重 read positive and lost its type). Not where
 * 好 ends a word before it (还好, 刚好, 只好, 最好, 说好, 修好) or starts one after it (好大夫 is no size). 好多, 好久, 好咸, 好油 and 好腻 the lexicon and the rules (of harm, portions, grease) read as they are.
 */
const DEGREE_HAO = /(?<![还刚正最只恰幸不很太挺真说订弄做修搞办处调谈讲收放备写装包选交约定要问友良美安叫爱相看睡整也就都好])好(?=(?:重|大(?!夫)|小|少|冷|热|烫|凉|淡|辣|甜|酸|苦|硬|软|干(?!部)|湿|潮|远|近|闷|薄|厚|长|短|高|低|晚|挤|暗|黑))/g;

function withDegreeHaoSaidPlainly(text: string): string {
  return text.includes('好') ? text.replace(DEGREE_HAO, '很') : text;
}
