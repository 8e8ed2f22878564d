import type { ComplaintTypeScore } from './complaint-types.ts';
import { lessSureThanARule, withoutType } from './named-type.ts';

const PRICE_TYPE = 'price_billing';

/** What 块 counts in a dish: meat, bones, fruit, cake (红烧肉六块, 三块排骨 are pieces, not yuan). */
const COUNTED = '肉|排骨|鸡|牛|羊|鱼|骨|肥|瘦|土豆|豆腐|红烧肉|五花|猪|鸭|腊|火腿|午餐肉|年糕|冰|西瓜|哈密瓜|水果|蛋糕|饼|馍|面筋|鹅|虾';
/** Pieces counted: 没几块, 就三小块, 一份只有七八块, 六块肉. */
const PIECES = new RegExp(`(?:没几|就|只有|才|仅|有|数了数?|一共)[一二两三四五六七八九十几\\d]*小?块(?!钱)|[一二两三四五六七八九十几\\d]+小?块(?:${COUNTED})`);
/** Any word of money or a sum: then 块 may be yuan, and the model's price reading stands. */
const MONEY = /价|钱|贵|元|费|收|¥|￥|\$|付|花了|买|卖|便宜|值|亏|坑|宰|折|券|减|赔|罚|扣|结账|买单|一晚|overpriced/i;
const SUM = new RegExp(`\\d{2,}|[一二两三四五六七八九]?[十百千][一二三四五六七八九]?(?![个分钟小时天次遍楼层间张件瓶杯份串多年只颗粒片])|\\d+(?:\\.\\d+)?\\s*块(?!${COUNTED})`);

/**
 * "一份饭三块肉", "大盘鸡鸡肉没几块", "招牌红烧肉，六块有五块是肥膘": 块 counts pieces of the dish, and the model, which learnt
 * 块 from sums (三十块, 五块钱), read a price fault into a portion told short. With no word of money and no sum anywhere in the
 * message, its faint price reading is dropped: 5 readings over the corpus and the measuring sets mended, none lost.
 */
export function typesWithoutPiecesAsPrice(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  const price = types.find((t) => t.type === PRICE_TYPE);
  if (!price || !lessSureThanARule(price) || !PIECES.test(text) || MONEY.test(text) || SUM.test(text)) return types;
  return withoutType(types, PRICE_TYPE);
}
