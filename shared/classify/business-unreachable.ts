import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { clauseBefore, sentenceAround } from './sentences.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';

/**
 * The business out of reach: a call no one picks up (打电话也没有人接听, 无人接听), a seller or service line that never
 * answers (联系不上, 客服没人搭理, 售后一下午没人理, 完全没有回应, 客服…根本发不出信息). Slow response by the business
 * itself by the guide (电话没人接), which the corpus labels so, but the model, finding the words inside a long complaint
 * about the goods, read only the goods. Not a courier or a driver out of reach (the delivery's), not a complaint left
 * unanswered (投诉了也没人理: after_sales), nor one only supposed.
 */
const UNREACHABLE = /(?:没有人|没人|无人)接听|联系不上|(?:完全|根本|一直|始终|也)(?:没有|没)(?:回应|回复|答复)|发不出(?:信息|消息)/;
/** No one answering (没人搭理, 么人搭理, 一下午没人理): the business's only where its service line or shop is named in the clause; a guest ignored at the door is the staff's manner. */
const IGNORED = /(?:没人|么人|没有人)(?:搭理|理)/;
const SERVICE_LINE = /客服|卖家|商家|售后|店家|人工|电话|京东|当当|淘宝|天猫|商城/;
/** Someone other than the business out of reach: a courier or a driver (the delivery's). */
const NOT_THE_BUSINESS = /快递|骑手|快递员|送货员|配送员|派件员|司机|小哥/;
/** A complaint left unanswered: after_sales by the guide (投诉无人处理), not slowness. */
const COMPLAINT_UNANSWERED = /投诉|说法/;

/** Adds responsiveness when the message says the business could not be reached or never answered, unless the model found it. */
export function typesForBusinessUnreachable(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BUSINESS_SLOW_TYPE, taxonomyTypes)) return types;
  const ignored = IGNORED.exec(text);
  const found = UNREACHABLE.exec(text) ?? (ignored && SERVICE_LINE.test(clauseBefore(text, ignored.index)) ? ignored : null);
  if (!found) return types;
  const sentence = sentenceAround(text, found.index, found.index + found[0].length);
  if (SUPPOSED.test(clauseBefore(text, found.index)) || NOT_THE_BUSINESS.test(sentence) || COMPLAINT_UNANSWERED.test(sentence)) return types;
  return withNamedType(types, BUSINESS_SLOW_TYPE, found[0]);
}
