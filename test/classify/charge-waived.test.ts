import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesWithoutChargeWaived } from '../../shared/classify/charge-waived.ts';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const BILLING: ComplaintTypeScore[] = [{ type: 'price_billing', confidence: 0.6, phrases: ['差价'], problem: false }];

describe('a charge the business waived (差价不用补了, 没收手续费)', () => {
  it('is no price complaint when nothing else is said of money', () => {
    expect(typesWithoutChargeWaived(BILLING, '商家主动按大份做，还说差价不用补了。老板厚道')).toEqual([]);
    expect(typesWithoutChargeWaived(BILLING, '订错了日期，前台帮我改了，没收手续费')).toEqual([]);
    expect(typesWithoutChargeWaived(BILLING, '空调坏了，前台给换了房，还免了一晚的房费')).toEqual([]);
    expect(types('下单的时候手滑选错了规格，大份点成了小份，立刻给商家留言，商家看到后主动按大份做，还说差价不用补了。老板厚道，小龙虾也很新鲜')).not.toContain('price_billing');
  });

  it('stays a price complaint when another money fault is told, or the charge is not waived', () => {
    expect(typesWithoutChargeWaived(BILLING, '没收手续费，但是房费比携程上贵了一百')).toEqual(BILLING);
    expect(typesWithoutChargeWaived(BILLING, '到了前台说要补差价，不补就不给入住')).toEqual(BILLING);
    expect(typesWithoutChargeWaived(BILLING, '骑手加我微信问要不要交个朋友')).toEqual(BILLING);
    expect(types('前台说差价不退')).toContain('price_billing');
  });
});
