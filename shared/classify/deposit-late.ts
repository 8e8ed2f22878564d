import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';

const BILLING_TYPE = 'price_billing';
/**
 * The deposit slow to come back or not back yet: 押金半个月才到账, 押金到现在都没退回来, 押金迟迟没到账,
 * 押金一周才退, 押金还没解冻. Within the clause; not a deposit waived (不用押金, 免押金) nor one back at once (当天就到账).
 */
const DEPOSIT_LATE =
  /押金[^，,。！？!?；;\n]{0,10}?(?:才(?:退|到账|到|返|解冻)|(?:还|一直|迟迟|都|仍)?(?:没|未|不)有?(?:退|到账|到卡|返还|返回|解冻)|迟迟)/;
/** A self-service checkout by app or kiosk, whose fault the holdup is (用APP自助退房…押金一直没退): digital_experience by the guide, not billing. */
const SELF_SERVICE = /app|APP|App|小程序|自助/;
/** The deposit back at once: 押金当天就到账了, 押金很快就退了, 押金秒退. */
const DEPOSIT_PROMPT = /押金[^，,。！？!?；;\n]{0,4}?(?:很快|马上|当天|当场|立刻|及时|秒|一会儿?)就?(?:退|到账|到|返|解冻)[^，,。！？!?；;\n]*/g;
/** Any word about money. */
const MONEY_TALK = /押金|贵|价|钱|费|收|扣|发票|值|划算|元|块/;

/**
 * "押金半个月才到账，打电话问了好几次": a deposit slow to come back is price_billing by the guide
 * (deposit problems), and the corpus labels its 20-odd such hotel messages so, but 才到账 carries
 * no fault word the model learnt and it fell short. Named when the deposit is said late or not back,
 * unless a self-service checkout by app or kiosk is told (its system's fault).
 */
export function typesForDepositLate(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BILLING_TYPE, taxonomyTypes) || SELF_SERVICE.test(text)) return types;
  const found = DEPOSIT_LATE.exec(text);
  return found ? withNamedType(types, BILLING_TYPE, found[0]) : types;
}

/**
 * "押金当天就到账了，服务很好": a deposit said back at once is praise, but 押金 and 到账 weigh on
 * price_billing in the model. Dropped when nothing else in the message is about money.
 */
export function typesForDepositPrompt(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  return withoutPriceForGoodNews(types, text, DEPOSIT_PROMPT);
}

/**
 * Good news about money (a deposit back at once, a charge waived: `goodNews`, a global pattern) is no price complaint,
 * though its words weigh on price_billing in the model. price_billing is dropped when the message tells such news and,
 * with it taken out, says nothing else of money.
 */
export function withoutPriceForGoodNews(types: ComplaintTypeScore[], text: string, goodNews: RegExp): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === BILLING_TYPE)) return types;
  const rest = text.replace(goodNews, '，');
  if (rest === text || MONEY_TALK.test(rest)) return types;
  return withoutType(types, BILLING_TYPE);
}
