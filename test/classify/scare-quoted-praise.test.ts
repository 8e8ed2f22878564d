import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** Praise in scare quotes is irony, whatever praise the words carry; praise quoted from someone is praise. */
describe('praise in scare quotes', () => {
  it.each([
    '真是"贴心"，早上七点打电话问我要不要续住，我昨晚两点才睡。',
    '真是"好"地方，好到我半夜两点还在听楼下KTV唱歌。',
    '服务真是"周到"，退房的时候查房查到我赶不上高铁。',
    '谢谢商家的"贴心"包装，汤全洒在袋子里了。',
    '真是太“周到”了，凌晨一点打电话问我要不要续住，谢谢你们啊，我刚睡着',
    '这家的“贴心”小料包里有：一包过期三天的辣椒油。真是有心了',
  ])('%s → negative', (text) => {
    expect(classify(text).sentiment.label).toBe('negative');
  });

  it.each([
    '今天书来了，感觉很好，挑了几篇看，三个字“太棒了”。今后我还会在这里买。',
    '学了一些常用语，同团的人都夸我“专业”。呵呵',
    '老板说“好评”返现五元，其实不用返我也会给好评，菜很好吃',
    '老板人很好，说是“用心”做菜，真的吃得出来',
  ])('%s → positive', (text) => {
    expect(classify(text).sentiment.label).toBe('positive');
  });
});
