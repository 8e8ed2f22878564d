import type { AnalysedClause } from './analysed-clause.ts';

/**
 * Praise said of the very thing that failed, the fault told right after it with no contrast between: "服务真周到 打了十几个电话
 * 前台一个都没接", "前台效率真高 办个入住四十分钟", "早餐真丰盛 馒头和白粥 二选一", "隔音好到隔壁麻将声跟我坐在牌桌上一样". The praise
 * reads as praise to the model and the lexicon, so these came out positive. Sincere praise names no fault after it, or turns to
 * its flaw with a contrast (房间真干净 就是有点小), which this leaves to the contrast rules.
 */
const INTENSIFIED_PRAISE =
  /(?:可真|真)(?:快|准时|周到|热情|贴心|干净|卫生|丰盛|丰富|大方|香|熟练|高效|专业|负责|细心|用心|实在|安静|大气|豪华|精致|新鲜|好吃|好喝|给力|靠谱|守时|效率高|隔音好)|(?:效率|速度|动作|手脚|手速)(?:可真|真)(?:高|快|麻利)|(?:好吃|好喝|干净|安静|香|快|隔音好|态度好|服务好|热情)(?:到|得)(?=我|让|什么|连|一|像|跟)/;
/**
 * Thanks for what hurt the customer, or a mock recommendation, which need no fault besides: 谢谢商家赠送的头发, 谢谢骑手把我的外卖送给了隔壁,
 * 感谢商家的良苦用心, 体验一下半夜塞小卡片的快乐; and service praised so well the customer thought they owed the staff money (态度好到让我以为我欠她钱).
 */
const MOCKED_OUTRIGHT =
  /(?:谢谢|感谢|多谢)[^，,。！？!?]{0,8}?(?:赠送的|附赠的|送的|送我的|给的)(?:头发|虫|苍蝇|蟑螂|钢丝|石子|沙子|塑料|指甲|创可贴)|(?:谢谢|感谢|多谢)[^，,。！？!?]{0,6}?(?:把我的|让我(?:知道|体验|见识|明白|锻炼|学会))|良苦用心|体验一下[^，,。！？!?]{0,16}的快乐|强烈推荐给(?:不想|想)|下次再[点来住]我就是狗|(?:好|热情|周到|客气|亲切)(?:到|得)让?我?(?:以为|怀疑|觉得)我?欠了?(?:他|她|他们|你|你们)(?:的)?钱/;
/** Marks that turn a review's praise to mockery when it also finds fault or praises in the mocking form: 真·绝了, [微笑] and 🙂, 666, （狗头）, and thanks no one means (我谢谢你啊, 谢谢您嘞, 真是谢谢了, 真的会谢). */
const IRONY_MARK = /真·|\[微笑\]|🙂|666|(?:我|你)(?:可)?真是谢谢|我谢谢(?:你|您)|谢谢(?:你|您)嘞|真是谢谢了|(?:真的)?会谢|[(（\[]狗头[)）\]]/;
/** Plain thanks closing a review that found only fault: 睡一晚落枕一周 感谢, …以后不点了 谢谢. */
const CLOSING_THANKS = /(?<![太很非常十分真的])(?:谢谢|感谢|多谢)(?:你们|你|您|啊|了|哈)*[\s。！!~～]*$/;
/** Before closing thanks, a request (麻烦下次快点 谢谢) or help given (帮我送到新地址, 老板真的照做了, 修好了) makes them sincere. */
const REQUEST_OR_HELP = /麻烦|请|希望|建议|下次注意|能不能|可以吗|辛苦|帮|照做|修好|改好|解决|处理|原谅|道歉|升级|优惠|主动|二话没说|退了|补了|补上/;
/**
 * Evidence for praise (the models' and the lexicon's raw score) past which the rest of the review praises too much for the weaker
 * signs to mock it: on the 300-review development battery of irony the mocking reviews scored at most 2.3, sincere thanks after a
 * story of help (陪家人看病…前台给了优惠，每天还帮忙叫车…很暖心，谢谢你们) 6.5.
 */
const SINCERE_RAW = 2.5;
/** Mocking praise is said short; a longer clause tells more than the praise. */
const MOST_CLAUSE_LENGTH = 14;
const MOST_MESSAGE_LENGTH = 160;

/** What in `text` mocks rather than praises, given its analysed clauses, whether types were found and the evidence's raw score, or undefined. */
export function ironicPraise(text: string, clauses: readonly AnalysedClause[], typesFound: boolean, raw: number): string | undefined {
  if (text.length > MOST_MESSAGE_LENGTH) return undefined;
  const outright = MOCKED_OUTRIGHT.exec(text);
  if (outright) return outright[0];
  if (raw >= SINCERE_RAW) return undefined;
  const faultFound = typesFound || clauses.some((clause) => clause.lexiconScore < 0);
  const mark = IRONY_MARK.exec(text);
  if (mark && (faultFound || INTENSIFIED_PRAISE.test(text))) return mark[0];
  const closing = CLOSING_THANKS.exec(text);
  if (closing && closing.index > 0 && !REQUEST_OR_HELP.test(text) && clauses.some((clause) => clause.lexiconScore < 0) && !clauses.some((clause) => clause.lexiconScore > 0 && !CLOSING_THANKS.test(clause.text))) return closing[0].trim();
  for (let c = 0; c + 1 < clauses.length; c++) {
    const clause = clauses[c]!;
    if (clause.text.length > MOST_CLAUSE_LENGTH || clause.holdsContrast === true) continue;
    const praise = INTENSIFIED_PRAISE.exec(clause.text);
    if (!praise) continue;
    // The rest must find fault and praise nothing, with no turn to a flaw between.
    let fault = false;
    for (let d = c + 1; d < clauses.length; d++) {
      const after = clauses[d]!;
      if (after.holdsContrast === true || after.lexiconScore > 0) return undefined;
      if (after.lexiconScore < 0) fault = true;
    }
    if (fault || typesFound) return praise[0];
    return undefined;
  }
  return undefined;
}
