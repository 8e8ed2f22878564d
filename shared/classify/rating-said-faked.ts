import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const MISLEADING_TYPE = 'misleading_promise';

/** What a listing shows of others' verdicts: its score, its reviews, its sales. */
const RATING = '(?:评分|好评|评价|评论|点评|分数|高分|五星|(?<![0-9.．])[1-5][.．][0-9](?![0-9])分?|四点[0-9]分?|[0-9]分|销量|月售[^，,。！？!?\\s]{0,6}|排名|网红)';
/**
 * The rating said bought or faked: 4.8分是怎么刷出来的, 好评都是刷的吧, 销量刷的吧, 评论区都是水军; the
 * rating first, then 刷 or 水军 within its sentence. Not 刷卡, 盗刷, 印刷, a brush (酱刷的不多, 刷漆), browsing (点评上刷到的, 刷手机), firmware flashed (刷成3.69), nor a
 * rating said not faked (不是那种刷出来的高分).
 */
const SAID_FAKED = new RegExp(`${RATING}[^。！？!?；;\\n]{0,12}?(?<!不是那种|不是|没|[酱油漆液印盗])(?:刷(?![卡子牙到手抖视微成机])|水军)`);

/**
 * "这家店评分四点八是怎么刷出来的？", "评论区的好评都是刷的吧？", "月售一万+…销量刷的吧": a listing's
 * rating said faked is the listing misleading, misleading_promise by the guide (名不副实, a star rating
 * not deserved), and the corpus, the measuring sets and the batteries label it so (56 of the 66 messages
 * saying it; most of the other 10 are shopping reviews); the model read the faults beside it and, in the
 * short ones, the goods.
 */
export function typesForRatingSaidFaked(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, MISLEADING_TYPE, taxonomyTypes)) return types;
  const found = SAID_FAKED.exec(text);
  return found ? withNamedType(types, MISLEADING_TYPE, found[0]) : types;
}
