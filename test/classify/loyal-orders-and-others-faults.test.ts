import { expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

// Found on a new writer's takeaway reviews (measure-s31-zh-waimai, read for its errors after it was measured).
it.each([
  '点了三次了 每次都满满一大盒 吃不完第二天还能带饭',
  '一个人在外地上学，发烧不想出门，点了这家的鸡汤面，店家看到备注写着发烧，多放了姜丝还送了一包感冒冲剂，真的有被暖到，谢谢',
  'yyds',
])('%s: praise', (text) => {
  expect(verdict(text)).toEqual({ sentiment: 'positive', types: [] });
});

it('reads a fault told of other shops as this one praised, with no type', () => {
  expect(verdict('点了好几次了 味道一直很稳定 不像有些店越做越差')).toEqual({ sentiment: 'positive', types: [] });
  expect(verdict('这家越做越差 不像以前了').sentiment).toBe('negative');
});

it('reads a five-star rating demanded by the rider as no praise', () => {
  expect(verdict('骑手送到以后问我要五星好评 不给就站在门口不走').sentiment).toBe('negative');
});

it('leaves a repeated try that fails a fault', () => {
  expect(verdict('点了好几次了都下不了单 app一直转圈').sentiment).toBe('negative');
});
