import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { typesForRemedyWithheld } from './remedy-withheld.ts';

const HANDLING_TYPE = 'after_sales';
/** A remedy named: a refund, a return or exchange, compensation. */
const REMEDY = /退|换|赔|补偿/;
/** The remedy's handling faulted or stalled: refused, passed around, unanswered, slow, not yet come, too little (就给退了3块, 只肯退面钱, 所谓的补偿, 退了个寂寞), or a burden (还要我寄回去). */
const HANDLING_FAULTED =
  /不退|没退|未退|拒|不给|不让|不同意|不予|不肯|不能退|退不了|推诿|推三阻四|推卸|刁难|拖了|拖着|一拖|踢皮球|推来推去|互相推|扯皮|不处理|没处理|不解决|没解决|未解决|不管|不理|没人|无人|没回|不回|未回|没有回|没有处理|还没|至今|迟迟|一直|天了|周了|个月|好几次|几次|多次|反复|到现在|石沉大海|驳回|说好|答应|承诺|只退|只给|只赔|才退|才给|自己承担|自己出|让我自己|要我自己|太慢|好慢|很慢|流程|麻烦|推脱|敷衍|不负责|等了|催|申请|说|结果|只能|什么都|没有|没给|没到|怎么|就给|就赔|就退|只肯|所谓|还要我|钱呢|款呢|运费|券|删评|打发|寄回|退回来|不换|不行|不包|难|要我|才能|售后|个寂寞/;
/** Longer messages tell how the asking went, in more words than HANDLING_FAULTED knows. */
const LONGEST = 40;

/**
 * "饭里有头发 恶心死了 退钱", "…必须赔偿！", "裤子短了 能换吗", "please refund the duplicate payment": the customer asks for a
 * remedy, and nothing yet says it was refused, stalled or passed around — the guide's after_sales is handling after the
 * problem that failed (退款不退, 投诉无人处理, 客服推诿, 不给换), not the asking. Dropped when the remedy is named and no
 * word of its handling faulted is there, in a message short enough for that list to be what it tells (longer ones tell how
 * the asking went in more words than it knows). Over the corpus, the measuring sets and the dev batteries: 33 readings right, 3
 * wrong (an overcharge, an illness, a postage refund told as asked).
 */
export function typesForRemedyAsked(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (text.length > LONGEST || !types.some((t) => t.type === HANDLING_TYPE) || !REMEDY.test(text) || HANDLING_FAULTED.test(text)) return types;
  // What the withheld-remedy rule reads as handling failed (it names after_sales earlier in the same rules) stays, whatever words it used.
  if (typesForRemedyWithheld([], text, [HANDLING_TYPE]).length > 0) return types;
  return withoutType(types, HANDLING_TYPE);
}
