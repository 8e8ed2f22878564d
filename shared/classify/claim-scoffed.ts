import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const MISLEADING_TYPE = 'misleading_promise';
/** 这也叫…？, 这也能叫…？, 这也好意思叫…？, 这也算…？: the name the business gave it, asked back in scorn. */
const SCOFFED = /这(?:也|都)(?:能|好意思|配|敢)?(?:叫|算|称得上|算得上)(?:是)?(?:个|一个)?[“"']?([^，,。！？!?；;\s“”"']{1,8})[”"']?[？?]/;
/**
 * What the business claims in such a name: a star rating, a view, a room's kind, something free or unlimited, a
 * signature or authentic dish, a big one (大床房, 海景, 五星, 免费, 不限量, 招牌, 正宗, 大鸡腿); not a dish's own name
 * (这也叫麻辣烫？ faults the food).
 */
const CLAIM = /[三四五3-5]星|景|大床|套房|豪华|商务|亲子|家庭房|免费|不限|无限|招牌|正宗|老字号|精品|^大/;

/**
 * "这也叫大床房？床宽1米2", "这也能叫海景？", "鸡腿饭的鸡腿比鸡翅还小 这也叫大鸡腿？": what the listing or the
 * menu claimed, asked back in scorn, is not as described (misleading_promise by the guide), but the question mark made
 * it read as an enquiry and the model found no fault word.
 */
export function typesForClaimScoffed(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, MISLEADING_TYPE, taxonomyTypes)) return types;
  const found = claimScoffed(text);
  return found === undefined ? types : withNamedType(types, MISLEADING_TYPE, found);
}

/** The claim asked back in scorn (这也叫五星？), or undefined: the customer's verdict, negative, whatever words of praise it names. */
export function claimScoffed(text: string): string | undefined {
  const found = SCOFFED.exec(text);
  return found && CLAIM.test(found[1]!) ? found[0] : undefined;
}
