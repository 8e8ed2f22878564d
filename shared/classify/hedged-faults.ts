/**
 * How real reviews name a fault without a fault word: a virtue denied with a hedge ("不是很入味",
 * "没有想象中的好吃", "不太干净") or a fault said mildly ("略淡", "有点咸", "偏贵"). Customers
 * who are satisfied overall write this way, and the labelling guide counts the point as a
 * complaint ("A positive review may still voice a clear complaint point").
 */
const DENIALS = ['不', '不是很', '不是太', '不太', '不够', '不怎么', '不大', '没那么', '没有那么', '没想象中', '没有想象中', '没想象中的', '没有想象中的', '没想象中那么', '没有想象中那么', '没有以前', '不如以前'];
const MILDLY = ['有点', '有些', '有一点', '有点儿', '略', '略微', '偏', '稍', '稍微', '太'];
/** Said plainly: "房间很旧"; 特别, 非常, 挺… are read as 很 (foldDegrees in zh-clauses.ts), so "汤特别淡" is covered. */
const PLAINLY = ['很', '真的很', '好'];
/** Not said plainly: "很干" and "很凉" open the praise 很干净, 很凉快. */
const PRAISE_OPENERS = new Set(['干', '凉']);

/**
 * A second fault of the food added with 也 where the degree word would stand ("螺蛳粉不够臭 汤也淡", "饭有点硬 菜也咸").
 * Not for faults that open praise or a taste some seek (也干净, 也凉快, 也酸甜, 也苦瓜). Not 又: 又酸又腻 and 又爱又恨
 * open shoppers' anecdotes as often as complaints.
 */
const ALSO = ['也'];
const NOT_ALSO = new Set(['干', '凉', '酸', '苦']);

/** "入味" → 不入味, 不是很入味, 没有想象中的入味… */
export function deniedVirtues(virtues: readonly string[], weight: number): Record<string, number> {
  return Object.fromEntries(virtues.flatMap((virtue) => DENIALS.map((denial) => [`${denial}${virtue}`, weight] as const)));
}

/** "咸" → 有点咸, 略咸, 偏咸, 太咸… said plainly, 很咸, 特别咸, and, `added` (the food's), 也咸. */
export function mildFaults(faults: readonly string[], weight: number, added = false): Record<string, number> {
  return Object.fromEntries(
    faults.flatMap((fault) => [...MILDLY, ...(PRAISE_OPENERS.has(fault) ? [] : PLAINLY), ...(added && !NOT_ALSO.has(fault) ? ALSO : [])].map((degree) => [`${degree}${fault}`, weight] as const)),
  );
}

/** How English reviewers soften a fault: "a bit dry", "a tad salty", "slightly overcooked", "on the oily side". */
const MILDLY_EN = ['a bit', 'a little', 'a tad', 'a touch', 'slightly', 'bit', 'kinda', 'rather', 'too'];

/** "dry" → a bit dry, a tad dry, slightly dry, too dry, on the dry side… */
export function mildFaultsEn(faults: readonly string[], weight: number): Record<string, number> {
  return Object.fromEntries(faults.flatMap((fault) => [...MILDLY_EN.map((degree) => `${degree} ${fault}`), `on the ${fault} side`].map((phrase) => [phrase, weight] as const)));
}
