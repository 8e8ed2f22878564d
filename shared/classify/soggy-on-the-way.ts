import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const TRANSPORT_TYPE = 'delivery';
const CLAUSE = /[，,\s]+/;
/** Noodles, rice noodles and vermicelli: what sits in its soup or sauce and swells on the way. */
const NOODLES = /面|粉|米线/;
/** Gone soggy or stuck together: 坨了, 泡烂了, 泡发了, 发胀, 糊成一团 (not 炒糊, 烤糊: burnt). */
const SOGGY = /坨(?:了|成|在|的)|泡(?:烂|软|发|胀)|发胀|(?<![炒烤煎烧])糊(?:了|成)/;
/** The clause says it did not or would not happen: 面不坨, 没泡软, 分开装不会坨, 以为会坨, 防止泡软. */
const DENIED = /不|没|会|防|免|怕|以为/;
/** The food brought, or the trip said long: 送来, 到手, 路上, 骑手, 送了一个钟头, 一个半小时才到 (not 配送费, a charge). */
const BROUGHT = /送来|送到|送过来|送达|到手|路上|骑手|配送(?!费)|外送|才到|送了.{0,4}(?:分钟|小时|钟头)/;

/** A hotel's own room service, whose slowness the corpus labels responsiveness: 客房送餐, 酒店. */
const STAY = /客房|酒店|宾馆|民宿|入住|前台/;

/**
 * "一个半小时才到 粉都坨成一坨了", "湯麵送到麵都糊了，湯也灑到只剩一半": noodles that went soggy
 * on the way are the trip's fault, delivery by the guide (food spoilt because of transport), as
 * the food cooled on the way is. The model, which learnt 坨 and 泡烂 from noodles criticised as
 * cooked, gave product_quality alone to "粉都泡烂了，一夹就断，骑手送了五十分钟" and nothing to
 * "汤粉送来粉都泡发了". Whether product_quality goes with it the corpus's labels split, so it is
 * left to the model. Soggy noodles with no trip in their sentence are the kitchen's (the corpus
 * labels "面都坨了，汤也没味道" and "配送费五块…结果面是坨的" without delivery); one served at a
 * table loses delivery again to the rule that follows (nothing delivered). Of the corpus's
 * written messages the rule reads as soggy on the way, 16 of 18 are labelled delivery; the other
 * 2 are a hotel's room service, left out.
 */
export function typesForSoggyOnTheWay(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, TRANSPORT_TYPE, taxonomyTypes) || STAY.test(text)) return types;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    if (!BROUGHT.test(sentence)) continue;
    const soggy = sentence.split(CLAUSE).find((clause) => NOODLES.test(clause) && SOGGY.test(clause) && !DENIED.test(clause));
    if (soggy !== undefined) return withNamedType(types, TRANSPORT_TYPE, soggy);
  }
  return types;
}
