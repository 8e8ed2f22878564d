import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const AFTER_SALES_TYPE = 'after_sales';
const MISLEADING_TYPE = 'misleading_promise';

/** The business gone with the money: 机构就跑路了, 老板卷款跑了, 店里人去楼空. */
const FLED = /跑路|卷款|卷钱跑|人去楼空|关门跑了/;
/** Money paid ahead for it: a card, a course, a top-up, fees. */
const PREPAID = /办卡|办了|会员卡|年卡|次卡|充值|充了|预付|预存|交了|学费|培训费|课时费|课/;

/**
 * "交了一万二的培训费，上了三节课机构就跑路了", "办的年卡还没用几次，老板卷款跑了": a gym, school or salon gone with money
 * paid ahead leaves the customer's refund owed, after_sales by the guide (refunds); the model, never taught 跑路,
 * read the owner's phone unanswered as responsiveness, or nothing. Money paid ahead named; not feared (怕跑路) or
 * denied (不会跑路).
 */
export function typesForPrepaidFled(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, AFTER_SALES_TYPE, taxonomyTypes)) return types;
  const found = FLED.exec(text);
  if (!found || !PREPAID.test(text)) return types;
  const before = clauseBefore(text, found.index);
  if (SUPPOSED.test(before) || /不会|没有?$|别/.test(before)) return types;
  return withNamedType(types, AFTER_SALES_TYPE, found[0]);
}

/** A courier's false scan: 虚假签收, 假签收, 虚假妥投, 虚假发货 (marked done, never done). */
const FALSE_SCAN = /虚假(?:签收|妥投|派送|派件|发货|物流|送达)|假签收/;
/** Anything else that makes it a promise or an advert belied. */
const CLAIM = /宣传|描述|图片|照片|说好|承诺|不符|广告|号称|骗|名不副实|不一样/;

/**
 * "显示已签收，根本没人敲门…虚假签收谁负责": a courier's false scan is the trip's fault (delivery), no promise or advert
 * belied, but the model read misleading_promise into 虚假. Dropped when nothing else of a claim is said.
 */
export function typesForFalseScanNotMisleading(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === MISLEADING_TYPE) || !FALSE_SCAN.test(text) || CLAIM.test(text)) return types;
  return withoutType(types, MISLEADING_TYPE);
}
