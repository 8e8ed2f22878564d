import { BELONGING } from './phrases/theft.ts';
import { counts } from './counts.ts';

/**
 * Money counted short in what the guest keeps it in ("放在保险柜里的两千块钱少了一千", "钱包放在抽屉里，出去吃个饭回来少了800现金",
 * "钱包里少了五百", or by what is left: "钱包里的一千块只剩两百了"; "行李箱少了两个轮子" counts parts): theft the phrase list (钱包里的钱少了, 现金少了) names only where the sum is not told. The safe, drawer, bag or wallet must come first: a
 * deposit or a refund short by a sum ("押金退的时候少了200块") is billing.
 */
const MONEY_GONE = /(?:保险[柜箱]|抽屉|行李箱?|钱包|包里|箱子)[^。！？!?]{0,30}?(钱少了|少了[0-9一二两三四五六七八九十百千万]+(?:块|元|现金|美金|美元)|少了[0-9一二两三四五六七八九十]*[0-9百千万](?![0-9个件样只双条张根瓶包盒袋份])|只剩下?了?[0-9一二两三四五六七八九十]+[0-9百千万块元](?![0-9个件样只双条张根瓶包盒袋份]))/g;

/**
 * A belonging counted short after a stay ("退房回家发现少了一件羽绒服"): the stay must be named, as "快递少了一件衣服" is an order short.
 */
const BELONGING_SHORT = new RegExp(`(少了[一两几]?[件个条双部台只块副]?${BELONGING})`, 'g');
const STAY = new RegExp('酒店|宾馆|民宿|房间|退房|入住|前台|寄存');

export function moneyGone(text: string, sentimentScore: number): string | undefined {
  if (!text.includes('少了') && !text.includes('只剩')) return undefined;
  for (const pattern of [MONEY_GONE, BELONGING_SHORT]) {
    if (pattern === BELONGING_SHORT && !STAY.test(text)) continue;
    for (const gone of text.matchAll(pattern)) {
      const end = gone.index + gone[0].length;
      const start = end - gone[1]!.length;
      if (counts('theft', text, start, end, sentimentScore)) return text.slice(start, end);
    }
  }
  return undefined;
}
