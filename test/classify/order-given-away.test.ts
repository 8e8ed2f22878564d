import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForOrderGivenAway, typesForOrderGivenAwayNotPrivacy } from '../../shared/classify/order-given-away.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TAXONOMY_TYPES = ['order_accuracy', 'delivery', 'after_sales', 'privacy_security'];
const named = (text: string) => typesForOrderGivenAway([], text, TAXONOMY_TYPES).map((t) => t.type).sort();
const privacy = [{ type: 'privacy_security', confidence: 0.4, phrases: [], problem: true }];

describe('the order given to or taken by someone else', () => {
  it('is order_accuracy when the shop handed it over, after_sales too when it will not put it right', () => {
    expect(types('店员把我的外卖给了别人')).toEqual(['order_accuracy']);
    expect(named('老板把我点的饭拿给了别桌')).toEqual(['order_accuracy']);
    expect(named('到店自取，奶茶被其他顾客拿错了，店员说不关他们的事')).toEqual(['after_sales', 'order_accuracy']);
  });

  // A known misreading since session 29's retrain: the type model adds delivery (0.50) where nobody says who handed it over.
  it('is no delivery when only the shop is named after it was taken', () => {
    expect(types('外卖被别人拿走了，店里也不管').sort()).toEqual(['after_sales', 'order_accuracy']);
  });

  it('is delivery when the rider or where the rider left it is named, or nobody is', () => {
    expect(named('骑手把我的外卖送给了别人')).toEqual(['delivery']);
    expect(named('商家说骑手把我的餐给了别人')).toEqual(['delivery']);
    expect(named('外卖放在门口，被别人拿走了，平台不管')).toEqual(['after_sales', 'delivery']);
    expect(named('我的外卖被人拿走了')).toEqual(['delivery']);
  });

  it('is none for a near miss, a theft or personal data', () => {
    for (const text of ['外卖放楼下差点被人拿走', '我在这家店吃饭，放在椅背上的包被人拿走了', '如果外卖被别人拿走了怎么办', '把我的外卖放在前台就行']) {
      expect(named(text), text).toEqual([]);
    }
    expect(typesForOrderGivenAwayNotPrivacy(privacy, '店员把我的手机号给了别人')).toEqual(privacy);
    expect(typesForOrderGivenAwayNotPrivacy(privacy, '店员把我的外卖给了别人')).toEqual([]);
  });
});
