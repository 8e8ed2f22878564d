import type { AnalysedClause } from './analysed-clause.ts';
import { ironicPraise } from './ironic-praise.ts';
import { mockedPraise } from './mocked-praise.ts';
import { mockedPortion } from './portion-slang.ts';
import { priceStayQuip } from './price-stay-quip.ts';
import { priceTasteQuip } from './price-taste-quip.ts';
import { worseThanElsewhere } from './worse-than-elsewhere.ts';

/** What the analysis read of a message that is no lukewarm remark, for the signs of irony that need more than its words. */
export interface MessageReading {
  clauses: readonly AnalysedClause[];
  typesFound: boolean;
  /** The models' and the lexicon's raw sentiment score. */
  raw: number;
}

/**
 * A review that mocks rather than complains outright: "分量感人" (moving, i.e. tiny), "米其林的
 * 价格，沙县的味道", "五星级的价格，三星级的服务", "这个价格就这味道", "路边摊都比这好吃". Its words read as praise or as nothing to the
 * model and the lexicon (感人, 米其林, 味道, 好吃), so the review came out positive though it names
 * a fault; so does praise said to mock ("呵呵 好吃得很", "送得真快啊 等了两个小时") and praise or thanks said of what failed
 * ("服务真周到 打了十几个电话没人接", "谢谢商家赠送的头发": ironic-praise.ts, given the message's reading). The mocking phrase, or undefined.
 */
export function mockingRemark(text: string, reading?: MessageReading): string | undefined {
  return (
    mockedPortion(text) ??
    priceTasteQuip(text) ??
    priceStayQuip(text) ??
    worseThanElsewhere(text)?.phrase ??
    mockedPraise(text) ??
    (reading ? ironicPraise(text, reading.clauses, reading.typesFound, reading.raw) : undefined)
  );
}
