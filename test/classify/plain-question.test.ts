import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const read = (text: string) => {
  const result = classifier.classifySync({ text });
  return { sentiment: result.sentiment.label, types: result.complaintTypes.map((t) => t.type), intent: result.intent };
};

// The guide: praise, neutral remarks and wishes without a problem are not complaints; a question tells no problem.
describe('a short message that only asks', () => {
  it('is neutral, and the topic it asks after is no complaint', () => {
    for (const text of ['押金什么时候退', '怎么查物流', '亲 这个是现货吗', '你好 有没有洗衣服务 大概多少钱', '在吗', '麻烦问下什么时候补货', '前台你好，请问明天能不能延迟到下午两点退房？'])
      expect(read(text), text).toEqual({ sentiment: 'neutral', types: [], intent: 'inquiry' });
  });

  it('is still a complaint when the question is rhetorical, presses a fault, or tells of asking before', () => {
    for (const text of ['这都能叫精品酒店？房间不到十平米', '这个叫加厚吗？', '布料确定能卖这个价？', '领子上很大一个洞怎么办？', '米饭呢？？？', '骑手是走路来的吗', '怎么还没到', '为什么不给我退款', '一份酸辣粉要28？抢钱啊', '老板 能不能快点 都一个小时了'])
      expect(read(text).sentiment, text).toBe('negative');
    expect(read('说好的满30送可乐呢？没看到可乐').types).toContain('misleading_promise');
    expect(read('骑手是走路来的吗').types).toContain('delivery');
    expect(read('前台小姑娘全程玩手机，我问早餐几点开始，她头都没抬说“墙上有写”。').types).toContain('service_attitude');
    expect(read('店家回复很快 问能不能加辣马上就改了').sentiment).toBe('positive');
  });
});

describe('a greeting', () => {
  it('praises nothing, and a request after it is neutral though it names a late checkout or a double charge is not', () => {
    expect(classifier.classifySync({ text: '您好，请问可以提前入住吗' }).explanations.join(' ')).not.toContain('好(+');
    expect(read('前台你好，请问明天能不能延迟到下午两点退房？').sentiment).toBe('neutral');
    expect(read('您好，我刚看了下银行卡，你们昨天扣了我两次房费，麻烦核实一下').sentiment).toBe('negative');
    expect(read('请问你们家的酸辣粉是用醋兑的盐水吗？咸到我喝了两瓶矿泉水，真下饭啊').sentiment).toBe('negative');
  });
});

describe('asking words that hold a fault word', () => {
  it('deny nothing and bother nobody (能不能延迟 is no 不能延迟, 麻烦帮我 no bother)', () => {
    expect(classifier.classifySync({ text: '能不能延迟退房' }).explanations.join(' ')).not.toContain('不能延迟');
    expect(classifier.classifySync({ text: '麻烦帮我查一下' }).explanations.join(' ')).not.toContain('麻烦(');
  });
});

describe('a count said small in a question (一份就8个饺子？, 一份才两块肉？)', () => {
  it('is a complaint, not a plain question', () => {
    for (const text of ['一份就8个饺子？', '一份才两块肉？']) expect(classifier.classifySync({ text }).sentiment.label, text).toBe('negative');
    expect(classifier.classifySync({ text: '请问一份有几个饺子？' }).sentiment.label).toBe('neutral');
  });
});
