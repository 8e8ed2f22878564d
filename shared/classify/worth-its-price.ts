import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const PRICE_TYPE = 'price_billing';

/**
 * "人均六百，贵是贵，但每一分都花得值", "价格不便宜，但这个体验是完全值得的": a price granted and
 * judged worth it in the same sentence. The guide gives such a remark no type (贵但值得), yet the
 * model reads 贵 and 不便宜 as price complaints: in the corpus, 22 of the 27 reviews with such a
 * remark that it gave price_billing were labelled without it. 不值 and 不划算 are no concession.
 */
const CONCEDED_PRICE = /(?:贵|便宜|(?:价格|价钱|价位|房价|收费)[^，。！？!?,\n]{0,4}(?:高|偏高|略高|稍高))[^。！？!?\n]{0,10}?(?:但|不过|可是)[^。！？!?\n]{0,16}?(?<!不)(?:值|对得起|不亏|划算)/g;
/**
 * "四个人一千六，人均四百，贵是有贵的道理", "烟花季涨价能理解，物有所值", "价格不便宜也不算贵": the price
 * judged worth it or not dear with no contrast word between; a price said too dear on the way (价格太贵了，
 * 不算贵的只有米饭) or a question (物有所值吗) is no such judgement. 能理解 and 能接受 alone are not enough: the corpus labels
 * "有点贵，不过旺季嘛可以理解" a price complaint.
 */
const PRICE_JUDGED_FAIR = /(?<![太很超特常死])(?:贵|便宜|价)[^。！？!?\n太很超特非死]{0,20}?(?:物有所值|有贵的道理|不算贵)(?![吗嘛么?？])/g;
/**
 * "总体还是值这个价的", "景色值回票价": the price judged worth paying with no price named (no 贵, no contrast).
 * Of the corpus's train and dev reviews saying so, nearly all are labelled without price_billing; the model
 * read the 价 beside a sum told (人均三百多) as a complaint. 不值这个价 and a question are no such judgement.
 */
const WORTH_PAYING = /(?<!不|不太|不是很|不怎么|没|没有|哪里|哪)值(?:这个价|这价|回票价)(?:格|钱|位)?(?![吗嘛么?？])/g;
/** What remains a price or billing complaint once the conceded remarks are taken out. */
const PRICE_FAULT = /贵|便宜|(?:价格|价钱|价位|房价)[^，。！？!?,\n]{0,4}(?:高|偏高|略高|稍高)|性价比|不值|不划算|多收|多扣|乱收|加收|另收|另外收|额外|收费|服务费|押金|发票|退款|退钱|扣了|扣钱|坑|宰|涨价|账单|算错|找零/;

/** Drops price_billing when the message's only price remarks concede the price as worth it, judge it fair or worth paying. */
export function typesForWorthItsPrice(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === PRICE_TYPE)) return types;
  const rest = text.replace(CONCEDED_PRICE, '').replace(PRICE_JUDGED_FAIR, '').replace(WORTH_PAYING, '');
  if (rest === text || PRICE_FAULT.test(rest)) return types;
  return withoutType(types, PRICE_TYPE);
}
