import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { quickHandlingTold } from '../../shared/classify/response-praised.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('the business quick, told without a word of praise, no fault or wait told', () => {
  it('is good news', () => {
    for (const text of ['半夜2点到店，前台还醒着，马上就办好了。', '问客服能不能改地址，两分钟就改好了。', '从下单到入住一共花了不到10分钟。']) expect(sentiment(text), text).toBe('positive');
  });

  it('is none beside a wait, an hour or what befell the next day', () => {
    for (const text of ['前台说马上给您送，一根牙刷送了一个小时', '等了半天，最后两分钟就办好了', '买的时候说没优惠第二天就有优惠了']) expect(quickHandlingTold(text), text).toBeUndefined();
  });
});
