import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { isNegated } from './negation.ts';
import { clauseAfter, clauseBefore } from './sentences.ts';

const PRICE_TYPE = 'price_billing';

/**
 * The price mocked as robbery or the customer as its dupe: 抢钱, 宰人/宰客/被宰/挨宰, 冤大头,
 * 智商税, 割韭菜 (not 宰相, 主宰: 宰 only with its victim or as a passive); as shameless for what it
 * buys: 这条件也敢收五百, 还好意思收钱; or called dear in slang (死贵, 巨贵, 贼贵, 老贵, 忒贵, 贵死了,
 * 贵得离谱), which the model knew only as 太贵; or the customer priced out (学生党吃不起, 消费不起; not 吃不起来, of a taste, nor 喝不起 or 买不起, said of other goods in chatter, nor the staff telling the customer 你吃不起就别来 or 吃不起就别点: an insult).
 */
export const PRICE_MOCKED = /抢钱|被宰|挨宰|宰(?:人|客|我|游客|外地人)|冤大头|智商税|割韭菜|[也还]敢收|好意思收|(?:死|巨|贼|贼拉|老|忒)贵|贵(?:死了|死人|得离谱|到离谱|上天|出天际)|(?<![你您])(?:吃|消费)不起(?![来劲])(?!(?:的话)?就?别)/;
/**
 * The money said lost on it (这个价格住这种房间，真的是亏大了; 花了五百多住这个，太亏了): poor value by
 * the guide, which the lexicon scores negative but the model typed only when the two stood in one
 * short message. A price, a sum or the spending comes first; not 不住亏大了, 没来亏大了 (missing it is the loss).
 */
const MONEY_LOST = /(?:价|钱|[0-9０-９]块|[0-9０-９]元|花了)[^。！？!?；;\n]{0,12}?(?<![不没][\u4e00-\u9fff]?)(?:亏大了|太亏了|血亏|亏死了?|有点亏|真亏)/;
/** A fear belied or a condition ("本来以为会被宰", "没有想象中的宰客", "如果不想当冤大头"): no verdict. */
const NOT_A_VERDICT = /以为|担心|怕|本来|如果|要是|想象|不会|不用|不算|并不/;
/** A rhetorical question asserts it: "这不是宰人吗", "不就是抢钱嘛". */
const RHETORICAL_NOT = /不(?:就)?是$/;
const RHETORICAL_END = /^(?:吗|嘛|么|吧)/;

/**
 * "两个菜一百多，宰人啊", "一杯柠檬水收我十五，当我冤大头", "这价格纯纯智商税": the price called
 * robbery is "太贵" by the guide, price_billing, but the model, which learnt these words from
 * longer messages that also named the sum or 贵, gave no type to them when said alone. So is the
 * sum met with a scoffing 就这 (四十多块钱就这？, 就这样还要一人六十块), read as the food's fault only.
 */
/** A sum, then within a few characters a scoffing 就这 (四十多块钱就这？, 二十块就这么点): the price set against what came. */
const SUM_SCOFFED = /(?:[0-9０-９]|[一二三四五六七八九十百千两几多])(?:块|元|块钱)[^，,。！？!?；;\s]{0,4}?就这(?:[?？!！…]|么点|么一点|点|玩意|水平|质量)/;
/** 就这 then the sum still asked (就这样还要一人六十块, 就这水平也卖八十八, 就这？还卖三十): the unit may go unsaid at a clause's end. */
const SCOFFED_THEN_SUM =
  /就这(?:样|种|么个|水平|质量|玩意)?(?:的东西)?[?？!！…。，,\s]{0,3}(?:还|也|居然|竟然)(?:要|卖|收)[^，,。！？!?；;\s]{0,5}?(?:[0-9０-９]+|[一二三四五六七八九十百千两几]+)(?:块|元|(?=$|[，,。！？!?；;\s]))/;

export function typesForPriceMocked(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRICE_TYPE, taxonomyTypes)) return types;
  const scoffed = SUM_SCOFFED.exec(text) ?? SCOFFED_THEN_SUM.exec(text);
  if (scoffed && !NOT_A_VERDICT.test(clauseBefore(text, scoffed.index))) return withNamedType(types, PRICE_TYPE, scoffed[0]);
  const lost = MONEY_LOST.exec(text);
  if (lost && !NOT_A_VERDICT.test(clauseBefore(text, lost.index))) return withNamedType(types, PRICE_TYPE, lost[0]);
  const found = PRICE_MOCKED.exec(text);
  if (!found) return types;
  const before = clauseBefore(text, found.index);
  if (NOT_A_VERDICT.test(before)) return types;
  const end = found.index + found[0].length;
  const rhetorical = RHETORICAL_NOT.test(before) && RHETORICAL_END.test(clauseAfter(text, end));
  if (!rhetorical && isNegated(before + found[0], before.length)) return types;
  return withNamedType(types, PRICE_TYPE, found[0]);
}
