import { SENTENCE_BREAK } from './sentences.ts';

/** What is excepted: one thing, then 之外/以外/外 and a pause. */
const EXCEPTED = '除了[^。！？!?；;]{1,24}?(?:之外|以外|外)?[，,、\\s]*';
/** The rest called good (其他都挺好, 别的都不错, 其余都满意) or said to have no fault (没别的毛病, 挑不出什么问题): the excepted thing was the one fault. */
const REST_GOOD = new RegExp(
  `${EXCEPTED}(?:(?:其他|其它|别的|其余|剩下的)(?:的|方面)?(?:都|也都|还都|倒都|全都)(?:挺|很|蛮|还|还算|比较|非常)?(?:好|不错|满意|推荐|可以|ok|OK|没问题|完美)` +
    '|(?:没有?|找不出|挑不出|没啥|没什么)(?:什么|啥)?(?:别的|其他|其它|大的?)?(?:毛病|问题|缺点|槽点|可挑剔))',
);
/** The rest called bad or without a virtue (找不到其他优点, 没有任何优点, 其他都不行, 一无是处): the excepted thing was the one virtue. */
const REST_BAD = new RegExp(
  `${EXCEPTED}(?:(?:找不到|找不出|没有?|再没有?|没啥|没什么)(?:什么|啥)?(?:别的|其他|其它|任何)?(?:优点|好的|亮点|可取之处|长处)` +
    '|(?:其他|其它|别的|其余)(?:的|方面)?(?:都|全都?)(?:不行|很差|太差|是垃圾|一塌糊涂|一无是处)|一无是处)',
);

export interface ExceptVerdict {
  phrase: string;
  positive: boolean;
}

/**
 * "除了贵，没别的毛病", "wifi死活连不上……除了这个其他都挺好", "除了位置好，找不到其他优点了": a
 * review that closes by excepting one thing judges the whole by the rest. The model read the
 * excepted thing (贵, 连不上 before it; 好 of the location) as the verdict, and the review came out
 * the wrong way. Only a verdict that closes the review is read (a sum-up said earlier may be
 * overtaken, "除了东西不好 其他的都很好 …苹果不脆" goes on to the fault), and the rest must be judged: 周围除了工厂什么都没有 tells what is missing, no verdict. On the
 * corpus's train and dev messages it changes one reading, a hotel review's, to right. The verdict, or undefined.
 */
export function exceptVerdict(text: string): ExceptVerdict | undefined {
  if (!text.includes('除了')) return undefined;
  const sentences = text.split(SENTENCE_BREAK);
  let last = '';
  for (let s = sentences.length - 1; s >= 0 && last === ''; s--) last = sentences[s]!.trim();
  if (!last.includes('除了')) return undefined;
  const good = REST_GOOD.exec(last);
  if (good) return closes(last, good) ? { phrase: good[0], positive: true } : undefined;
  const bad = REST_BAD.exec(last);
  return bad && closes(last, bad) ? { phrase: bad[0], positive: false } : undefined;
}

/** Nothing but particles after the verdict: "除了东西不好 其他的都很好 这一星是给派送员的 苹果不脆" goes on to the fault. */
const TAIL = /^[了啦啊呢哈吧哦呀的嘛~～!！。.…\s]*$/;

function closes(sentence: string, found: RegExpExecArray): boolean {
  return TAIL.test(sentence.slice(found.index + found[0].length));
}
