import { describe, expect, it } from 'vitest';
import { withDegreeSaidPlainly } from '../../shared/classify/degree-words.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('a fault stressed by a word of degree the phrase lists did not know (汤超淡, 房间忒小, 潮得不行, 辣了点)', () => {
  it('names the fault the plain degree names', () => {
    expect(types('房间忒小了，俩人住挤得慌')).toContain('environment');
    expect(types('灯光暗得过分，看书都费劲')).toContain('environment');
    expect(types('潮得不行，墙上都是水珠')).toContain('environment');
    expect(types('好吃，就是油了点')).toContain('product_quality');
    expect(types('离地铁老远了，走得腿断')).toContain('environment');
  });

  it('is read so by the phrase lists only, as 很, 太 or 有点 before the fault', () => {
    expect(withDegreeSaidPlainly('汤超淡')).toBe('汤很淡');
    expect(withDegreeSaidPlainly('菜咸得要命')).toBe('菜太咸');
    expect(withDegreeSaidPlainly('味道还不错就是辣了点')).toBe('味道还不错就是有点辣');
    expect(withDegreeSaidPlainly('房间怪暗的')).toBe('房间很暗的');
  });

  it('leaves words of degree before or after no fault, and faults inside other words', () => {
    for (const text of ['超值', '超时了', '巨大', '好吃到爆', '香得要命', '服务员冷淡得很', '经理傲慢得很', '郁闷死了', '螺蛳粉的酸笋臭得很正宗', '稍微淡了点', '分量少了点', '辛苦了些']) {
      expect(withDegreeSaidPlainly(text), text).toBe(text);
    }
  });
});

describe('words of degree, each rewrite run only where a character it needs is in the clause', () => {
  it('says several in one clause plainly, each in its turn', () => {
    expect(withDegreeSaidPlainly('汤超淡菜咸得要命饭辣了点')).toBe('汤很淡菜太咸饭有点辣');
    expect(withDegreeSaidPlainly('死贵死贵的老远了怪暗的过于油')).toBe('很贵很贵的很远了很暗的太油');
    expect(withDegreeSaidPlainly('贵到爆，吵爆了，脏得很')).toBe('太贵，太吵，很脏');
  });

  it('leaves a clause holding only the common marks (了, 得, 到) and no fault after them as written', () => {
    for (const text of ['我们到了', '吃得饱饱的', '送到了', '来得及']) expect(withDegreeSaidPlainly(text), text).toBe(text);
  });
});

describe('the premises aging year by year, and a stay the guest did not want to end', () => {
  it('reads 一年比一年旧 as a fault of the premises', () => {
    expect(types('一年比一年旧，该翻新了')).toContain('environment');
    expect(sentiment('一年比一年旧，该翻新了')).toBe('negative');
  });

  it('reads 舍不得走 as praise', () => {
    expect(sentiment('舍不得走')).toBe('positive');
  });
});
