import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { clauseBefore } from './sentences.ts';

const AFTER_SALES_TYPE = 'after_sales';
/** A refund given at once: 马上退款了, 及时退了钱, 第一时间给退了, 秒退, 退款很快. */
const REFUND_GIVEN =
  /(?:马上|立马|立刻|及时|很快|第一时间|主动)(?:就|给我|给)?(?:给我)?(?:退款|退钱|退了|办了退款)|秒退|退(?:款|钱)(?:也|都)?(?:很|超|特别|挺)?(?:快|及时|迅速)/;
/** After it, anything that could still fault the handling: a refund partial, slow or refused, a complaint unheeded. */
const HANDLING_FAULT_AFTER = /没|不|拒|推|慢|等|迟|一直|只退|一半|部分|投诉|但|可是|不过|结果|却/;
/** Before it in its clause, the promptness denied or only wished (没有马上退款, 希望及时退款, 能不能马上退). */
const NOT_SAID_BEFORE = /没|不|希望|要求|(?<!申)请|能否|能不能|可以|应该/;

/**
 * "少了个饮料 商家马上退款了 好评": a refund given at once is the remedy done well, but the model read 退款 as
 * after_sales (handling after the problem gone wrong). Dropped when the message says the refund came at once,
 * not denied or wished for, and nothing after it could fault the handling; the missing item keeps its own type.
 */
export function typesForRefundGiven(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === AFTER_SALES_TYPE)) return types;
  const given = REFUND_GIVEN.exec(text);
  if (!given || NOT_SAID_BEFORE.test(clauseBefore(text, given.index)) || HANDLING_FAULT_AFTER.test(text.slice(given.index + given[0].length))) return types;
  return withoutType(types, AFTER_SALES_TYPE);
}
