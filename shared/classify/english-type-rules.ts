import { typesForAskedRepeatedly } from './asked-repeatedly-en.ts';
import { typesForBrokeSoon } from './broke-soon-en.ts';
import { typesForCancellationIgnored } from './cancellation-ignored-en.ts';
import type { ComplaintTypeScore } from './complaint-types.ts';
import { typesForDataMisused } from './data-misused-en.ts';
import { typesForDelaySaid } from './delay-said-en.ts';
import { typesForFakeGoods } from './fake-goods-en.ts';
import { typesForFraudOnAccount } from './fraud-on-account-en.ts';
import { typesForGivenWrongEn } from './given-wrong-en.ts';
import { typesForNothingArrived } from './nothing-arrived-en.ts';
import { typesForPoorlyMade } from './poorly-made-en.ts';
import { typesForPriceQuestioned } from './price-questioned-en.ts';
import { typesForPriceRaisedEn } from './price-raised-en.ts';
import { typesForRequestIgnored } from './request-ignored-en.ts';
import { typesForServiceFaulted, typesForStaffIgnoring } from './service-faulted-en.ts';
import { typesForSlowToFix } from './slow-to-fix-en.ts';
import { typesForTrackingStalled } from './tracking-stalled-en.ts';
import { typesForUnreachable } from './unreachable-en.ts';
import { typesForThingsTaken, typesForUnsafeOrExposed } from './unsafe-or-exposed-en.ts';
import { typesForUpdateBroke } from './update-broke-en.ts';

interface EnglishRule {
  apply: (types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[], negative: boolean) => ComplaintTypeScore[];
  says: string;
}

/**
 * The English rules after the model that name a type from the words that state it, in order. Each adds its type only
 * where no type found names it already (one also drops a reading the same words prove mistaken); the trades the English model never saw (airlines, banks, telecoms, shops,
 * software) are most of what they catch.
 */
const ENGLISH_RULES: readonly EnglishRule[] = [
  { apply: typesForRequestIgnored, says: 'a request made with the order and not kept (asked for no onions, it came covered in onions): order_accuracy' },
  { apply: typesForCancellationIgnored, says: 'a cancellation not honoured or barred (cancelled in March, still billing me): after_sales' },
  { apply: typesForDelaySaid, says: 'a flight, ride or parcel delayed (another 3 hour delay): delivery' },
  { apply: (types, text, taxonomy, negative) => typesForFraudOnAccount(types, text, negative, taxonomy), says: "money or an account taken (transactions I didn't make): privacy_security" },
  { apply: typesForGivenWrongEn, says: 'an item given wrong or part of the order only (got the wrong side dish, only 2 of the 3 items came): order_accuracy' },
  { apply: typesForBrokeSoon, says: 'the thing bought gave out soon (zipper broke after a month): product_quality' },
  { apply: typesForPoorlyMade, says: 'goods faulted for their make (cheaply made, flimsy): product_quality' },
  { apply: typesForNothingArrived, says: 'the order never came (never received my order, my parcel never arrived): delivery' },
  { apply: typesForTrackingStalled, says: "the parcel's tracking stalled (tracking hasn't updated in 6 days): delivery" },
  { apply: typesForUpdateBroke, says: 'a software update that broke something (stopped working after the last update): digital_experience' },
  { apply: typesForFakeGoods, says: 'goods said to be fakes (obviously fake, a counterfeit): misleading_promise' },
  { apply: typesForDataMisused, says: "marketing after the customer left, or the customer's data in other hands: privacy_security" },
  { apply: typesForThingsTaken, says: "the customer's things taken (my watch is missing, someone entered our room): privacy_security, and no order_accuracy unless the order is told" },
  { apply: typesForUnsafeOrExposed, says: "safety or privacy said outright (my car got broken into, felt really unsafe, other customers' names shown): privacy_security" },
  { apply: (types, text, taxonomy, negative) => typesForPriceRaisedEn(types, text, negative, taxonomy), says: 'a price raised (raised my rate, my bill doubled): price_billing' },
  { apply: typesForPriceQuestioned, says: "a charge disputed as a question (why is my bill $30 more??, what is this 'convenience fee'?): price_billing" },
  { apply: typesForAskedRepeatedly, says: 'a request asked for again and again (had to ask 3 times for water): responsiveness' },
  { apply: typesForSlowToFix, says: "the business slow to fix or answer (took them 2 days to fix the dishwasher, the room wasn't ready): responsiveness" },
  { apply: typesForUnreachable, says: "the business out of reach (can't get through to anyone, the line is always busy): responsiveness" },
  { apply: typesForStaffIgnoring, says: 'staff ignoring the customer (the bartender ignored us): service_attitude' },
  { apply: typesForServiceFaulted, says: 'the service condemned whole (worst customer service ever): service_attitude' },
];

/** `types` with the types the English rules name added (or drop), each rule's reason pushed to `explanations` when it changes them. */
export function applyEnglishRules(types: ComplaintTypeScore[], text: string, negative: boolean, taxonomyTypes: readonly string[], explanations: string[]): ComplaintTypeScore[] {
  let found = types;
  for (const rule of ENGLISH_RULES) {
    const next = rule.apply(found, text, taxonomyTypes, negative);
    if (next !== found) explanations.push(rule.says);
    found = next;
  }
  return found;
}

/** Whether the English rules name a fault the model's types do not hold yet, when the sentiment is read (a delay, a cancellation ignored). */
export function namesEnglishFault(text: string, taxonomyTypes: readonly string[]): boolean {
  return typesForDelaySaid([], text, taxonomyTypes).length > 0 || typesForCancellationIgnored([], text, taxonomyTypes).length > 0;
}
