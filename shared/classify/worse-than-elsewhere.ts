import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { clauseBefore, sentenceAround } from './sentences.ts';

/** This place, or the thing bought: what the cheaper place is said to beat. */
const THIS = '(?:这里|这儿|这家|这个|这|你们家?|你家|它|他们家?)';
/**
 * Up to four characters of what is compared (早餐, 家店的), never a fault word: "别家比这差远了" and
 * "比这贵" praise this place.
 */
const COMPARED = '[^，。！？,.!?；;\\s差贵烂脏吵乱破旧慢不]{0,4}?';
/**
 * The other place praised over this one: a virtue the guide types (taste, cleanliness and quiet,
 * manner, price) or a general one (好, 强, 舒服). Not followed by 的 (比这便宜的酒店都没这么干净 compares
 * cheaper places, praising this one), except in 的多 (比这干净的多); 好 not the start of 好吃, 好看.
 */
const WORSE_THAN_ELSEWHERE = new RegExp(
  `(?:都|也|还|可|甚至)?比${THIS}(?:的)?${COMPARED}(?:更|还)?(?:(好吃|美味|可口|丰富|新鲜|好喝)|(干净|卫生|整洁|安静|宽敞)|(热情|客气|礼貌|专业)|(便宜|实惠|划算)|好(?![吃喝看用听玩])|强|舒服|靠谱)(?!的(?!多))`,
);
/** What each captured virtue's lack is, by the guide: the food, the premises, the staff, the price. */
const TYPE_OF_VIRTUE = ['product_quality', 'environment', 'service_attitude', 'price_billing'] as const;
/** The comparison denied (并不比这好, 没有比这更好吃的, 找不到比这干净的): here 别 is 别家, the other place, not a negator. */
const DENIED = /(?:不|没|没有)(?:到|出|过)?(?:都|也|会|能|可能|一定)?$/;
/** Only supposed, wished or asked: 如果别家比这便宜, 希望能比这好, 哪家比这好吃？ */
const NOT_SAID = /如果|要是|假如|希望|想|哪|吗|？|\?/;

/**
 * "路边摊都比这好吃", "快捷酒店都比这干净", "别家都比这便宜一半": a cheaper or humbler place said to beat
 * this one mocks it, a complaint of what is compared, but the model and the lexicon read only
 * the praise word (好吃, 干净) and called such a review positive with no type. In the corpus's
 * train and dev splits 30 of the 31 messages this finds are labelled negative. Not when the
 * comparison is denied (没有比这更好吃的), only supposed or asked.
 */
export function worseThanElsewhere(text: string): { phrase: string; type?: string } | undefined {
  const found = WORSE_THAN_ELSEWHERE.exec(text);
  if (!found) return undefined;
  if (DENIED.test(clauseBefore(text, found.index)) || NOT_SAID.test(sentenceAround(text, found.index, found.index + found[0].length))) return undefined;
  const virtue = found.slice(1).findIndex((group) => group !== undefined);
  return virtue === -1 ? { phrase: found[0] } : { phrase: found[0], type: TYPE_OF_VIRTUE[virtue] };
}

/** Adds the type whose virtue the other place is said to have over this one, unless the model found it. */
export function typesForWorseThanElsewhere(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  const comparison = worseThanElsewhere(text);
  if (comparison?.type === undefined || !mayName(types, comparison.type, taxonomyTypes)) return types;
  return withNamedType(types, comparison.type, comparison.phrase);
}
