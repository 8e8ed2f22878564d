import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const BILLING_TYPE = 'price_billing';
const FOOD_TYPE = 'product_quality';
/**
 * So little sold for a sum: 这点东西卖35, 这么点菜要三十多, 就这几片肉收我二十八. The sum must follow within the clause
 * (这点东西卖得不贵 names none).
 */
const PRICE_FOR_LITTLE =
  /(?:这么|这|就这么?)(?:一?点|几(?:个|片|块|口|根))(?:点)?(?:东西|菜|肉|饭|量|料|玩意儿?)?(?:就|居然|竟然|还)?(?:卖|要|收)(?:我|人)?[^，,。！？!?；;\n不]{0,2}?(?:[0-9０-９]|[一二三四五六七八九十两几]十|[一二三四五六七八九十两]百|十)/;

/**
 * A sum added to a scant portion or a faulted dish as a second fault (虾仁就三个 还收18, 鱼片少的可怜 还要48,
 * 鸡汤上面一层油…还卖38) or a sum that does not fill (二十几块吃不饱): the food faulted first, so 还要 is what it costs,
 * not a wish (还要加辣).
 */
const SUM = '(?:[0-9０-９]|[一二三四五六七八九十两几]十|[一二三四五六七八九十两]百|十)';
const SUM_ADDED = new RegExp(`(?:还|居然|竟然)(?:要|收|卖)(?:我|人)?${SUM}`);
const SCANT = /少|没几|就[一二两三四五几][个片块根只]|这么点|这点/;
/** A sum charged, asked back (这早餐收38？, 一杯水卖二十？). */
const SUM_ASKED = new RegExp(`(?:收|卖|要)(?:我|人)?${SUM}[0-9０-９十百千块元钱多]*[？?]`);
const SUM_NOT_FILLING = /(?:[0-9０-９]+|[一二三四五六七八九十两几]十[几多]?|十几)(?:多|几)?(?:块|元)(?:钱)?[^，,。！!？?\s]{0,2}吃不饱/;

/**
 * "量太少了吧，这点东西卖35", "这么点东西收我四十八": so little sold for a sum is the price judged poor,
 * price_billing by the guide (太贵, 不值), but with no price word the model read only the portion.
 * Named when so little is said sold, asked or charged for a sum.
 */
export function typesForPriceForLittle(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BILLING_TYPE, taxonomyTypes)) return types;
  const foodFaulted = SCANT.test(text) || types.some((t) => t.type === FOOD_TYPE);
  const found = PRICE_FOR_LITTLE.exec(text) ?? (foodFaulted ? SUM_ADDED.exec(text) : null) ?? SUM_ASKED.exec(text) ?? SUM_NOT_FILLING.exec(text);
  return found ? withNamedType(types, BILLING_TYPE, found[0]) : types;
}
