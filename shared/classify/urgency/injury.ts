import { CUTS_BY_COUNT } from './phrases/injury.ts';
import { FALL_WINDOW, GOODS, LOSS_WINDOW, WORKER } from './shared-words.ts';
import { near, sameClauseBefore, sameSentenceBeforeZh } from './text-windows.ts';

/** Injury look-alikes: a scratch, a fall or a bruise of the goods, a worker's own fall, a bare 烫到了 of the food. */

/** "容易中毒" of a tablet is a virus. */
const COMPUTER_CONTEXT = /电脑|平板|系统|软件|机器|病毒|杀毒|刷机|[uU]盘|硬盘|笔记本/;
/**
 * A scratch is an injury only on a body named in its clause: "膝盖磕破了", "划破了手", "嘴里划破出血"; "手机有点划伤",
 * "背部划伤" (of a phone), "碗磕破了" and "窗帘也破了个口子" are the goods. 手 of 手机 and 扶手, 皮 of 外皮 and 背 of 背部 are no body.
 */
const SCRATCHES: ReadonlySet<string> = new Set(['刮伤', '刮破', '划伤', '划破', '擦破', '磕破', '磕青', '撞伤', '压伤', '戳伤', ...CUTS_BY_COUNT]);
const BODY = /(?<![扶把拉洗选对入到])手(?![机感柄续表环提写工套])|脚|腿|脸|嘴|唇|舌|牙|龈|喉|嗓|膝|肘|胳膊|臂|腕|额头|头上|头皮|头破|后脑|下巴|眼睛|鼻|耳朵|指(?!纹)|腰|屁股|身上|皮肤|(?<!外)皮(?![面革套鞋包带箱])|血/;
const BODY_WINDOW_BEFORE = 14;
const BODY_WINDOW_AFTER = 6;
const SURFACE_WINDOW = 8;

/**
 * "平板包装其中一个角严重摔伤", "从30厘米的地方摔倒地板上，一摔就屏幕花掉了": a fall of the goods, named beside it, with no
 * one in the sentence before who could have fallen ("我拿着手机下楼梯摔倒了" is the customer).
 */
const FALLS: ReadonlySet<string> = new Set(['摔倒', '摔伤', '摔下']);
const PERSON = /[我你他她人孩娃宝爸妈爷奶]|老公|老婆|家人/;
const LINGERING_BRUISE = '还青着';
const BRUISE_WINDOW = 30;

/** Harm said of something other than the customer's body. */
export function isAboutTheGoods(text: string, phrase: string, start: number, end: number): boolean {
  if (phrase === '中毒') return near(text, start, end, COMPUTER_CONTEXT, SURFACE_WINDOW * 2);
  // A bruise still showing is told a clause after the limb struck (胳膊撞在洗手台上 到现在还青着); 芒果还青着 is unripe.
  if (phrase === LINGERING_BRUISE) return !BODY.test(sameSentenceBeforeZh(text, start, BRUISE_WINDOW));
  if (FALLS.has(phrase)) {
    const sentence = sameSentenceBeforeZh(text, start, FALL_WINDOW * 2);
    return near(text, start, end, GOODS, FALL_WINDOW) && !PERSON.test(sentence) && !BODY.test(sentence);
  }
  return SCRATCHES.has(phrase) && !BODY.test(sameClauseBefore(text, start, BODY_WINDOW_BEFORE)) && !BODY.test(text.slice(end, end + BODY_WINDOW_AFTER));
}

/**
 * "外卖小哥摔了一跤把汤洒了", "骑手说路上摔倒了，所以迟到了": a worker's own fall, told as why the order came late or spilt, is not the
 * customer's injury ("服务员推了我一把，我摔倒了" is).
 */
const MISHAPS: ReadonlySet<string> = new Set(['摔倒', '摔了一跤', '滑倒', '滑了一跤', '绊了一跤', '绊倒', '摔伤', '摔下', '扭伤', '受伤', '脚一滑']);

export function isWorkersMishap(text: string, start: number, end: number): boolean {
  if (!MISHAPS.has(text.slice(start, end))) return false;
  const before = sameClauseBefore(text, start, LOSS_WINDOW);
  return WORKER.test(before) && !/我/.test(before);
}

/** 烫到了 with no limb is a scald only after the shower or kettle water in its sentence: "汤太烫了烫到了" is the food, "麻辣烫到了" the dish arriving. */
const BARE_SCALD = '烫到了';
const SCALDING_WATER = /洗澡|淋浴|花洒|热水|开水|水温|澡水|浴缸|水龙头/;
const BARE_SCALD_WINDOW = 16;

export function isBareScaldWithoutWater(text: string, start: number, end: number): boolean {
  return text.slice(start, end) === BARE_SCALD && !SCALDING_WATER.test(sameSentenceBeforeZh(text, start, BARE_SCALD_WINDOW));
}
