import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { mixedVerdict } from '../../shared/classify/mixed-verdict.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

describe("a long review's own verdict that it is neither good nor bad", () => {
  it('is neutral, whichever way the listed points lean, and keeps its complaint types', () => {
    for (const text of [
      '出差住了两晚，这家酒店中规中矩吧。房间不算大，床还可以，早餐就是包子稀饭鸡蛋。离高铁站打车十五分钟。价格三百左右，跟周边的差不多。',
      '怎么说呢，有好有坏。好的是离景区近，老板人也实在；不好的是房间隔音差，晚上能听到楼下打麻将。价格在这一片算正常水平。',
      '住了一晚，没什么特别好的，也没什么特别差的。前台办入住挺快，房间有点小，卫生还行，就是个睡觉的地方。',
      '整體來說不好不壞，房間乾淨但是有點舊，早餐選擇不多，位置離捷運站走路十分鐘。',
      '房间设施有点旧了，空调也有点吵，服务员话不多。可以住，但不会特意再来。',
    ]) expect(classify(text).sentiment.label, text).toBe('neutral');
    expect(classify('怎么说呢，有好有坏。好的是离景区近；不好的是房间隔音差，晚上能听到楼下打麻将。').complaintTypes.map((t) => t.type)).toContain('environment');
  });

  it('is no verdict on the whole when said of one thing, or when a conclusion follows it', () => {
    for (const text of [
      '早餐中规中矩，房间很大很干净，前台小姐姐特别热情，强烈推荐',
      '有好有坏吧，不过总的来说还是很满意的，下次还会来',
      '整体中规中矩，但是退房时被多收了一晚房费，再也不会来了',
      '散热还好，不好不坏，屏幕挺清楚',
    ]) expect(mixedVerdict(text), text).toBeUndefined();
    expect(classify('早餐中规中矩，房间很大很干净，前台小姐姐特别热情，强烈推荐').sentiment.label).toBe('positive');
  });
});
