import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForCourierAddsCustomer } from '../../shared/classify/courier-adds-customer.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const named = (text: string, negative = true) => typesForCourierAddsCustomer([], text, negative, ['privacy_security']).map((t) => t.type);

// The guide: privacy_security covers personal-data misuse and harassment; the courier using the order's number to add the customer is both.
describe('the courier adding the customer on WeChat after the delivery (外卖员送完之后一直加我微信)', () => {
  it('is privacy_security in a complaint', () => {
    expect(types('外卖员送完之后一直加我微信，还发些乱七八糟的话，好恶心')).toContain('privacy_security');
    expect(named('那个小哥后来加了我的微信，问我是不是一个人住')).toEqual(['privacy_security']);
  });

  it('is none for the shop adding the customer, or a message not negative', () => {
    expect(named('老板加我微信说下次直接找他订')).toEqual([]);
    expect(named('骑手小哥加我微信说以后有需要可以找他跑腿，人挺好', false)).toEqual([]);
  });
});
