import { ZH_SENTIMENT_WORDS } from './zh-lexicon.ts';

/**
 * Praise in scare quotes is irony: "真是太“周到”了，凌晨一点打电话问我要不要续住", "服务非常“好”", "这家的“贴心”小料包里有：一包过期
 * 三天的辣椒油", "这菜实在是“赞”". The words inside still read as praise to the model and the lexicon, so the review came
 * out positive however plainly the rest complains. Only quotes that stand where the praise would (after a degree word,
 * 是 or 的) count: "同团的人都夸我“专业”" and "三个字“太棒了”" quote praise someone gave, and "老板说是“用心”做菜，真的吃得出来"
 * quotes a claim the rest may bear out.
 */
const SCARE_QUOTED = /(?<![说称叫])(?:真是|实在是|可真|非常|特别|也太|太|真|好|够|这么|那么|是|的)(?:太|很|好|非常|也太)?["“「]([^"”」，。！？,.!?]{1,4})["”」]/g;
/** A rating or a rebate named in quotes ("“好评”返现") is talk of the platform, not irony. */
const RATINGS: ReadonlySet<string> = new Set(['好评', '五星', '好评返现']);
const DEGREE_INSIDE = /^(?:太|很|好|非常|超)|(?:了|的|啊)$/g;

/** The first praise word the review puts in scare quotes, or undefined. */
export function scareQuotedPraise(text: string): string | undefined {
  if (!text.includes('"') && !text.includes('“') && !text.includes('「')) return undefined;
  for (const quoted of text.matchAll(SCARE_QUOTED)) {
    const word = quoted[1]!;
    if (RATINGS.has(word)) continue;
    if ((ZH_SENTIMENT_WORDS[word] ?? 0) > 0 || (ZH_SENTIMENT_WORDS[word.replace(DEGREE_INSIDE, '')] ?? 0) > 0) return word;
  }
  return undefined;
}
