import { describe, expect, it } from 'vitest';
import { typesForFaultNowMended } from '../../shared/classify/fault-now-mended.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const slow = [{ type: 'responsiveness', confidence: 0.7, phrases: ['上菜很慢'], problem: true }];
const faults = [{ phrase: '上菜很慢', type: 'responsiveness' }, { phrase: '态度不好', type: 'service_attitude' }];

// The guide types the problems a review voices; a past visit's fault told as mended is none of this one's.
describe('a fault of a past visit told as mended', () => {
  it('is no complaint', () => {
    expect(types('这家店来了不下十次了。以前上菜特别慢，这次明显改善了，十分钟菜就上齐了。毛血旺还是那么香，鸭血嫩，毛肚脆。老板人也很好。')).not.toContain('responsiveness');
    expect(typesForFaultNowMended(slow, '以前上菜特别慢，现在快多了，味道依旧很棒', faults)).toEqual([]);
  });

  it('is no complaint when others\' report of it is belied this time', () => {
    expect(types('之前差评说上菜慢的，这次完全没有这个问题，十五分钟上齐。烤鸭皮很脆，一点都不油腻，酱也不会太咸。店面虽然不大但一点不挤，桌子也擦得很干净。')).not.toContain('responsiveness');
    expect(types('毛肚很脆，鸭肠没有异味。之前看评论说服务员态度不好，我们这次遇到的小哥特别热情。会再来。')).not.toContain('service_attitude');
  });

  it('is no complaint when others\' word is belied by the customer\'s own visit (别人说…我去的时候觉得还好)', () => {
    expect(types('別人說這家服務態度差，我去的時候覺得還好，服務員雖然話不多但是做事很利索。牛肉麵湯頭濃郁，麵條很Q。')).not.toContain('service_attitude');
  });

  it('is one when others\' report is borne out', () => {
    const manner = [{ type: 'service_attitude', confidence: 0.7, phrases: ['态度不好'], problem: true }];
    expect(typesForFaultNowMended(manner, '听说服务员态度不好，这次来果然很热情地无视我们', faults)).toEqual(manner);
  });

  it('is one when the fault is said to remain, or another sentence tells it of this visit', () => {
    expect(types('以前上菜就很慢，这次还是没改善，等了四十分钟。')).toContain('responsiveness');
    expect(types('以前上菜特别慢，这次改善了一点。不过结账的时候上菜很慢的问题又来了，催了好几次。')).toContain('responsiveness');
  });
});

describe("the past's fault said gone in its own clause (之前那股霉味没了)", () => {
  it('is no complaint of this stay', () => {
    expect(types('跟上次来比，酒店重新装修过了，之前那股霉味没了，房间也亮堂多了，早餐也丰富了。好评')).not.toContain('environment');
  });

  it('leaves a booking lost a complaint (之前订的房没了)', () => {
    expect(types('到了前台说之前订的房没了，只能换标间')).toContain('order_accuracy');
  });
});

describe('a past fault said put right (这次已经弄好了, 这次改了, 这次老板主动补上了)', () => {
  it('is no complaint of this visit', () => {
    expect(typesForFaultNowMended(slow, '上次上菜很慢，这次已经改了，十分钟就齐了', faults)).toEqual([]);
    expect(typesForFaultNowMended(slow, '上次上菜很慢，反映过后这次弄好了', faults)).toEqual([]);
  });

  it('is still a complaint when this visit is no better (这次还是没修好)', () => {
    expect(typesForFaultNowMended(slow, '上次上菜很慢，这次还是没改', faults)).toEqual(slow);
  });
});
