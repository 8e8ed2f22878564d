import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { verdict } from '../support/verdict.ts';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { faultPhrases } from '../../shared/classify/concession-inside-fault.ts';
import { typesForFearBelied } from '../../shared/classify/fear-belied.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const FAULTS = faultPhrases(DEFAULT_TAXONOMY);
const ENVIRONMENT: ComplaintTypeScore[] = [{ type: 'environment', confidence: 0.8, phrases: ['隔音差'], problem: true }];
const kept = (text: string) => typesForFearBelied(ENVIRONMENT, text, FAULTS).map((t) => t.type);

// The guide: only a clearly stated problem is a complaint; a fear the stay belied states none.
describe('a premises fault feared or heard of, then belied', () => {
  it('is no environment', () => {
    expect(types('好多人评论说这里隔音差，我们住的那层倒是没觉得吵，床也舒服，推荐')).not.toContain('environment');
    expect(types('订之前担心位置偏，结果出门就有公交，到景点二十分钟，很满意')).not.toContain('environment');
    expect(kept('听说位置偏，其实还好，走几步就是地铁')).toEqual([]);
    expect(types('聽說位置偏，其實還好，走幾步就是地鐵，房間也乾淨')).not.toContain('environment');
  });

  it('stays environment when the fear is borne out or another premises fault is told', () => {
    expect(kept('本来担心位置偏，结果真的很偏，晚上打不到车')).toEqual(['environment']);
    expect(kept('网上说房间小，果然很小，箱子都打不开')).toEqual(['environment']);
    expect(kept('听说隔音差，其实还好，就是卫生间有异味')).toEqual(['environment']);
    expect(types('担心隔音差，结果隔壁吵了一晚上')).toContain('environment');
  });
});

describe('any fault feared, expected or heard of, then settled otherwise', () => {
  it('names no type whose every phrase stands in the fear', () => {
    expect(types('本以为节假日配送费会涨，结果一看跟平时一样，也没多收打包费。')).not.toContain('price_billing');
    expect(types('本來以為會很吵，結果晚上安靜得能聽到自己呼吸')).not.toContain('environment');
  });

  it('is good news when nothing else is told against the business', () => {
    for (const text of ['本以为节假日配送费会涨，结果一看跟平时一样，也没多收打包费。', '十二点退房，我一点才下楼，以为要收半天房费，结果前台笑着说没关系，一分钱没多收。', '本来以为要等很久，结果半小时不到就到了。'])
      expect(verdict(text).sentiment, text).toBe('positive');
    expect(verdict('本来以为要等很久，结果等了两个小时').sentiment).toBe('negative');
  });

  it('keeps a claim heard of and then broken, and a fault told outside the fear', () => {
    expect(types('网上说可以带宠物，结果到了说狗狗超过十斤不让进')).toContain('misleading_promise');
    expect(types('以为会很安静，结果楼下KTV一直吵到凌晨两点')).toContain('environment');
  });
});

// The sentiment of the same: zh-sentiment.ts settleExpectations.
describe('a fear or an expectation settled by a turn (担心…，结果…; 以为…，结果…)', () => {
  it.each(['订的时候还担心照片是修过的 到了发现实物比照片还好看', '本来怕送过来凉了，结果保温袋裹得严严实实，到手还烫嘴', '一开始担心外卖的刺身不新鲜 到了发现装在冰袋上 甜虾三文鱼都很鲜 放心了'])(
    '%s: the fear belied is praise, not the fault it names',
    (text) => expect(verdict(text)).toEqual({ sentiment: 'positive', types: [] }),
  );

  it.each([
    ['怕送到凉了，结果真的凉透了', 'delivery'],
    ['以为会很安静，结果楼下KTV一直吵到凌晨两点', 'environment'],
    ['以为会很好吃，结果很难吃', 'product_quality'],
  ])('%s: a fear met, or an expectation let down, stays a complaint', (text, type) => {
    expect(verdict(text).sentiment).toBe('negative');
    expect(verdict(text).types).toContain(type);
  });

  it('takes 恐怕 (probably) and 哪怕 (even if) for no fear: a verdict of not coming back is no fear belied', () => {
    expect(verdict('恐怕以后都不会来了，其实菜还行').sentiment).not.toBe('positive');
  });
});

// Ctrip reviewers answer earlier reviews: a fault heard of (听说, 评论说, 网上说) and then found untrue is no complaint.
describe('a fault heard of from others, belied a clause or two later', () => {
  it('is no complaint, and the review reads as the turn tells', () => {
    expect(classifier.classifySync({ text: '听说服务员态度很差，其实还好，挺客气的' })).toMatchObject({ sentiment: { label: 'positive' }, complaintTypes: [] });
    expect(classifier.classifySync({ text: '网上说这家很吵，住了两晚没觉得' })).toMatchObject({ sentiment: { label: 'positive' }, complaintTypes: [] });
    expect(classifier.classifySync({ text: '之前看点评说隔音不好，有点担心，住了以后发现还好' })).toMatchObject({ sentiment: { label: 'positive' }, complaintTypes: [] });
    expect(classifier.classifySync({ text: '看评论说房间有异味，担心了一路，结果进去一点味道都没有。' }).complaintTypes).toEqual([]);
  });

  it('stays a complaint when the turn bears it out, and a claim heard of (网上说免费停车) is a promise', () => {
    expect(classifier.classifySync({ text: '听说隔音差，结果真的很吵' })).toMatchObject({ sentiment: { label: 'negative' }, complaintTypes: [{ type: 'environment' }] });
    expect(classifier.classifySync({ text: '网上说免费停车 到了说要收 一晚50' }).complaintTypes.map((t) => t.type)).toContain('misleading_promise');
  });
});

describe('a fear settled by what is praised with 真 (结果双层玻璃真管用)', () => {
  it('is good news, where 真 stressing the fault (结果真吵) bears it out', () => {
    expect(classifier.classifySync({ text: '本来担心临街会吵，结果双层玻璃真管用，喇叭声都听不见。' })).toMatchObject({ sentiment: { label: 'positive' }, complaintTypes: [] });
    expect(classifier.classifySync({ text: '本来担心临街会吵，结果真吵' }).sentiment.label).toBe('negative');
  });
});
