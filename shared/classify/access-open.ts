import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const SAFETY_TYPE = 'privacy_security';

/** Anyone at all let in: 谁都能进, 随便什么人都能进, 陌生人随便进出, 外人可以随便上楼, 门禁形同虚设. */
const ACCESS_OPEN =
  /(?:谁|什么人|随便什么人|陌生人|外人|外来人员?|闲杂人等?)(?:都|也)?(?:能|可以)(?:随便|随意)?(?:进|上楼|出入)|(?:陌生人|外人|外来人员?|闲杂人等?)(?:随便|随意)(?:进出|出入|进来|上楼)|门禁(?:形同虚设|是摆设|就是个摆设)/;
/** Denied (不是谁都能进, 外人不能随便进), or only supposed. */
const DENIED = /不是$|没有$|不$/;

/**
 * "晚上小区门口保安都在睡觉，随便什么人都能进", "小区门禁坏了一个月了，谁都能进": a building that lets anyone in is the
 * guide's unsafe premises (privacy_security), as the corpus labels a stay's dark lane with strangers about; the model
 * read a broken gate as nothing. Not denied (不是谁都能进) or only supposed.
 */
export function typesForAccessOpen(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, SAFETY_TYPE, taxonomyTypes)) return types;
  const found = ACCESS_OPEN.exec(text);
  if (!found) return types;
  const before = clauseBefore(text, found.index);
  if (DENIED.test(before) || SUPPOSED.test(before)) return types;
  return withNamedType(types, SAFETY_TYPE, found[0]);
}
