import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { verdict } from '../support/verdict.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('praise said of what failed, or thanks for it, is irony', () => {
  it.each([
    '服务真周到 打了十几个电话前台一个都没接',
    '前台效率真高 办个入住四十分钟',
    '谢谢商家赠送的头发 加量不加价 感动哭了',
    '谢谢骑手 把我的奶茶摇得这么匀 盖子都摇开了',
    '建议大家都来住 体验一下半夜门缝里塞满小卡片的快乐',
    '送餐速度真快 一点下的单 三点十分到 泡面我都吃完了[微笑]',
    '这枕头 睡一晚落枕一周 感谢',
    '七点多下的单八点半才到，上班迟到了，谢谢你啊',
    '窗外就是KTV，唱到凌晨三点，鬼哭狼嚎的，我谢谢您嘞',
    '一个半小时，汤都凝成果冻了，谢谢啊真的会谢',
    '超时一小时 准时宝赔3块 谢谢啊',
  ])('%s is negative', (text) => expect(sentiment(text)).toBe('negative'));

  it.each([
    '送得真快 二十分钟就到了 还是热的',
    '前台反应超快 说少了条毛巾 两分钟就送上来了',
    '鸡腿饭真的好吃 一碗不够',
    '学校两块钱的早餐可真丰盛啊。。。。稀饭。。包子。。馒头。。还是很安逸哦。。。',
    '我自己填错了地址，打给骑手，他二话没说帮我送到新地址，多跑了两公里，太感谢了',
    '家里老人牙口不好，备注了炖烂一点，老板真的照做了，排骨一抿就脱骨，感谢',
    '菜有点咸 麻烦下次少放点盐 谢谢',
  ])('%s stays sincere', (text) => expect(sentiment(text)).toBe('positive'));

  it('names the trip when its speed is mocked against two hours or more, however the arrival is said', () => {
    expect(verdict('送餐速度真快 两个小时就到了')).toEqual({ sentiment: 'negative', types: ['delivery'] });
    expect(sentiment('送得真快 二十分钟就到了')).toBe('positive');
  });
});
