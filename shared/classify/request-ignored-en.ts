import type { ComplaintTypeScore } from './complaint-types.ts';
import { ENGLISH_NEGATOR_PATTERN } from './en-negators.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';

const ORDER_TYPE = 'order_accuracy';

/** The customer's own request with the order: "I asked for no onions", "ordered it without pickles", "said no mayo in the notes". */
const REQUEST_VERB = /\b(?:asked|requested|specified|ordered|said|wrote|noted|chose|selected|ticked)\b/gi;
/** Who said it when it is no request: "Menu said no peanuts" is a claim of the business, misleading_promise. */
const CLAIM_BY_THE_BUSINESS = /\b(?:menu|listing|description|website|site|app|page|photos?|pictures?|ad|advert|label|sign|sticker|packaging)\s*$/i;
/** What was asked left out, in the rest of the request's sentence: "…for no onions", "…it without any pickles". */
const LEFT_OUT = /^[^.!?]{0,24}?\b(?:no|without|zero)\s+(?:any\s+|extra\s+)?([a-z]{3,})/i;
/** Words after "no" that name no ingredient: "asked for no reason", "said no one would come". */
const NOT_AN_ITEM: ReadonlySet<string> = new Set(['but', 'and', 'the', 'thanks', 'thank', 'one', 'reason', 'problem', 'way', 'response', 'reply', 'answer', 'idea', 'thanks', 'more', 'longer', 'matter', 'need', 'help', 'refund', 'change', 'charge', 'record', 'reservation', 'booking', 'room', 'rooms', 'notes', 'note']);
/** A mild level asked for: "asked for mild", "ordered no spice", "said not spicy". */
const MILD_ASKED = /\b(?:asked|requested|specified|ordered|said|chose|selected|ticked)\b[^.!?]{0,20}?\b(?:mild|not spicy|non-spicy|no spice|zero spice|no chill?i)\b/i;
/** …and the food come hot past it: "it was insanely spicy", "super hot", "blew my head off". */
const CAME_HOT = /\b(?:(?:so|very|super|insanely|really|too|extremely|incredibly|crazy|ridiculously|way too|stupidly|painfully)\s+(?:spicy|hot)|spicy as hell|blew my head off|set my mouth on fire)\b/i;
/** A negator shortly before the item, in the same clause: "there was no ice", "not a single onion", "without onions". */
const NEGATED_BEFORE = new RegExp(`\\b(?:${ENGLISH_NEGATOR_PATTERN})\\b[^.!?,;]{0,16}$`, 'i');
const LOOK_BACK = 24;

/**
 * "I asked for no onions and it came covered in onions", "Ordered it without pickles and it came with
 * pickles", "asked for mild and it was insanely spicy": the customer's request with the order ignored
 * is order_accuracy by the guide (the dish not as ordered). The English model learnt "asked for no"
 * from such reviews but passes over them when the food's words carry the message; here the item left
 * out is looked for again after the request, present and not denied ("there was no ice" is the request
 * kept). Of the English train and dev reviews that ask for an ingredient left out and then find it,
 * every one is labelled order_accuracy.
 */
export function typesForRequestIgnored(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, ORDER_TYPE, taxonomyTypes)) return types;
  const ignored = itemLeftOutThenFound(text) ?? mildAskedCameHot(text);
  return ignored ? withNamedType(types, ORDER_TYPE, ignored) : types;
}

/** The request said kept: "they got it right", "exactly as asked", "perfect". */
const KEPT = /\b(?:got it right|spot on|as (?:requested|asked|ordered)|perfect|exactly|remembered|listened|followed (?:it|the notes?))\b/i;
/** Any other fault of the order, which the request kept does not answer for. */
const OTHER_ORDER_FAULT = /\b(?:wrong|missing|forgot|forgotten|instead|left out|incorrect|mixed up|gave (?:me|us) (?:the|a|someone)|never (?:came|arrived))\b/i;

/**
 * "I asked for no onions and they got it right, thanks!", "Asked for no ice and there was no ice,
 * perfect.": the request kept is no order fault, though the model reads order_accuracy into "asked
 * for no". Dropped when every item asked left out stays out and the message says it was kept, with
 * no other fault of the order named.
 */
export function typesForRequestKept(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === ORDER_TYPE) || !KEPT.test(text) || OTHER_ORDER_FAULT.test(text)) return types;
  const requests = itemsLeftOut(text);
  if (requests.length === 0 || requests.some((request) => request.foundAgain !== undefined) || mildAskedCameHot(text)) return types;
  return withoutType(types, ORDER_TYPE);
}

interface LeftOutRequest {
  said: string;
  foundAgain: string | undefined;
}

function itemsLeftOut(text: string): LeftOutRequest[] {
  const requests: LeftOutRequest[] = [];
  for (const verb of text.matchAll(REQUEST_VERB)) {
    const afterVerb = verb.index + verb[0].length;
    const leftOut = LEFT_OUT.exec(text.slice(afterVerb));
    if (!leftOut || CLAIM_BY_THE_BUSINESS.test(text.slice(Math.max(0, verb.index - 16), verb.index))) continue;
    const item = leftOut[1]!.toLowerCase();
    if (NOT_AN_ITEM.has(item)) continue;
    requests.push({ said: `${verb[0]} no ${item}`, foundAgain: foundAgain(text, stemOf(item), afterVerb + leftOut[0].length) });
  }
  return requests;
}

function itemLeftOutThenFound(text: string): string | undefined {
  const ignored = itemsLeftOut(text).find((request) => request.foundAgain !== undefined);
  return ignored ? `${ignored.said}…${ignored.foundAgain}` : undefined;
}

/** "onions" → "onion", "tomatoes" → "tomato", "chillies" → "chilli": the item as it may come back singular or plural. */
function stemOf(item: string): string {
  if (item.endsWith('ies')) return item.slice(0, -3);
  if (item.endsWith('oes')) return item.slice(0, -2);
  return item.endsWith('s') && !item.endsWith('ss') ? item.slice(0, -1) : item;
}

function foundAgain(text: string, stem: string, from: number): string | undefined {
  const again = new RegExp(`\\b${stem}\\w*`, 'gi');
  again.lastIndex = from;
  for (let match = again.exec(text); match; match = again.exec(text)) {
    const before = text.slice(Math.max(from, match.index - LOOK_BACK), match.index);
    if (!NEGATED_BEFORE.test(before)) return match[0];
  }
  return undefined;
}

function mildAskedCameHot(text: string): string | undefined {
  const asked = MILD_ASKED.exec(text);
  if (!asked) return undefined;
  const after = text.slice(asked.index + asked[0].length);
  const hot = CAME_HOT.exec(after);
  if (!hot) return undefined;
  const before = after.slice(Math.max(0, hot.index - LOOK_BACK), hot.index);
  return NEGATED_BEFORE.test(before) ? undefined : `${asked[0]}…${hot[0]}`;
}
