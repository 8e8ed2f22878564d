import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { GUESTS_SHOUTING } from './noise-said-loud.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import { CLAUSE_BREAK } from './sentences.ts';

const STAFF_MANNER_TYPE = 'service_attitude';
/**
 * The staff too few or too busy to come (服务员太少了忙不过来): the guide's slow handling, responsiveness,
 * as the corpus labels it; no one's manner is faulted. Not 人手不够 (the excuse staff give, often rudely)
 * nor 服务员不够热情.
 */
const STAFF_STRETCHED = /忙不过来|(?:服务员|店员|服务生)(?:也|真的|实在)?(?:太少|有点少|有些少|比较少|不够用|不够(?=[，,。！!？?\s]|$))/;

/**
 * "店里太吵了，说话都要吼着说", "就是服务员太少了忙不过来，叫了半天都没人理": the guests shouting over
 * the din, or staff too few to come, told in a dine-in review. The model reads 吼 and 服务员 as the
 * staff's manner; by the guide the first is environment and the second responsiveness. Dropped only
 * when no clause but the shout's holds one of the type's phrases (态度差, 不耐烦, 爱搭不理…).
 */
export function typesForMannerNotFaulted(types: ComplaintTypeScore[], text: string, mannerPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === STAFF_MANNER_TYPE)) return types;
  const clauses = text.split(CLAUSE_BREAK);
  // 她说今天阿姨忙不过来: the staff's excuse, told with whatever manner the rest of the review faults.
  const excused = (clause: string) => GUESTS_SHOUTING.test(clause) || (STAFF_STRETCHED.test(clause) && !clause.includes('说'));
  if (!clauses.some(excused)) return types;
  // A shout's clause may hold 聊天, one of the type's phrases (staff chatting); a stretched staff's clause may fault their manner too.
  if (clauses.some((clause) => !GUESTS_SHOUTING.test(clause) && holdsAnyPhrase(clause, mannerPhrases))) return types;
  return withoutType(types, STAFF_MANNER_TYPE);
}
