import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const PRIVACY_TYPE = 'privacy_security';

/**
 * Unsolicited sales calls and marketing texts, the guide's harassment calls (骚扰电话): 天天打电话推销升级套餐,
 * 营销短信退订了也没用, 垃圾短信一天好几条, 推销贷款的电话, 各种贷款短信就来了, 马上就有好几个销售打电话来, and the
 * number or data said sold for them (信息肯定被卖了). The lexicon knew 推销电话 and 骚扰电话 only, and the model
 * gave a carrier's or a bank's calls nothing. Not a phone's feature that filters them (可以过滤垃圾短信), nor a hotel's call asking 要不要续住, the stay's manner.
 */
const SALES_CONTACT =
  /(?:打|来|接到?)(?:了)?(?:个|几个|好几个|无数个)?电话(?:来)?(?:推销|营销|推荐办|让我办)|(?:营销|推销|广告|垃圾|贷款|推广|骚扰)(?:的)?(?:短信|电话|来电)|推销[^，,。！？!?；;\n]{0,6}?的电话|(?:好几个|好几家|好多|多家|各种|一堆|一群|不停有|天天有|每天都?有)[^，,。！？!?；;\n]{0,4}?(?:销售|推销员?|中介|装修公司|贷款公司)[^，,。！？!?；;\n]{0,4}?(?:打电话|打来电话|来电)|(?:信息|号码|电话)[^，,。！？!?；;\n]{0,4}?被(?:人)?(?:卖|倒卖|泄露|泄漏)|退订[^，,。！？!?；;\n]{0,4}?(?:也没用|没用|还(?:是|在)?(?:继续)?发|照发|照样发)/;
/** Denied or only feared just before it (没有推销电话, 不会打电话推销, 怕接到推销电话). */
const NOT_SAID = /(?:没有|没|不会|从不|从来没有?|也不|不)$/;
/** A phone's feature that keeps them out (可以过滤垃圾短信, 拦截骚扰电话): no calls received. */
const KEPT_OUT = /过滤|拦截|屏蔽|防火墙/;

/** Adds privacy_security when the message tells of sales calls or marketing texts the customer did not want, unless the model found it. */
export function typesForSalesCalls(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRIVACY_TYPE, taxonomyTypes)) return types;
  const found = SALES_CONTACT.exec(text);
  if (!found) return types;
  const before = clauseBefore(text, found.index);
  if (NOT_SAID.test(before) || SUPPOSED.test(before) || KEPT_OUT.test(before)) return types;
  return withNamedType(types, PRIVACY_TYPE, found[0]);
}
