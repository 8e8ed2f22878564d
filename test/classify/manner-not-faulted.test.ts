import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForMannerNotFaulted } from '../../shared/classify/manner-not-faulted.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const MANNER_PHRASES = ['态度差', '爱搭不理', '语气很冲', '聊天'];
const staffManner = [{ type: 'service_attitude', confidence: 0.6, phrases: [], problem: false }];
const ruleTypes = (text: string) => typesForMannerNotFaulted(staffManner, text, MANNER_PHRASES).map((t) => t.type);

describe('guests shouting to be heard over the din (说话都得靠吼)', () => {
  it('is environment, not service_attitude', () => {
    expect(types('店里人太多了，说话都得靠吼')).toEqual(['environment']);
    expect(types('隔壁桌在划拳，我们说话都要吼着说')).toEqual(['environment']);
  });
});

describe('staff too few to come (服务员太少了忙不过来)', () => {
  it('is responsiveness, not service_attitude', () => {
    const review = '週末來吃的，牛肉麵很香，湯頭濃郁，小菜也好吃。就是服務員太少了忙不過來，想加湯叫了好久都沒人理，最後自己去拿的';
    expect(types(review)).toContain('responsiveness');
    expect(types(review)).not.toContain('service_attitude');
  });

  it('keeps service_attitude where a manner is faulted too, staff shout at the guest, or staff give the excuse', () => {
    expect(ruleTypes('服务员太少了，仅有的一个还爱搭不理的')).toEqual(['service_attitude']);
    expect(ruleTypes('店员忙不过来，我问了一句，她语气很冲')).toEqual(['service_attitude']);
    expect(ruleTypes('服务员对我们大吼大叫')).toEqual(['service_attitude']);
    expect(ruleTypes('她说今天阿姨忙不过来，让我自己等着')).toEqual(['service_attitude']);
    expect(ruleTypes('服务员不够热情，上菜也慢')).toEqual(['service_attitude']);
  });
});
