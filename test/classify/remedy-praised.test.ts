import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { closingThanksForRemedy } from '../../shared/classify/remedy-praised.ts';

const classifier = createLocalClassifier();
const read = (text: string) => {
  const result = classifier.classifySync({ text });
  return { sentiment: result.sentiment.label, types: result.complaintTypes.map((entry) => entry.type) };
};

describe('a fault put right, the review closing on thanks for it', () => {
  it('is a satisfied customer with the fault as a complaint point', () => {
    expect(read('晚上空调突然不制冷，打电话给前台，十分钟师傅就上来修好了，还送了两瓶饮料赔不是，这服务我服。')).toMatchObject({ sentiment: 'positive' });
    expect(read('点的是微辣，结果做成了特辣，打电话给店家，人家二话不说重新做了一份微辣的送过来，原来那份也没让退回，服务太好了。')).toEqual({ sentiment: 'positive', types: ['order_accuracy'] });
    expect(read('奶茶洒了半杯 封口膜都破了 不过商家很快就给补了一杯 态度很好').sentiment).toBe('positive');
    expect(read('路上时间长了点，汤送到是温的，给商家发了消息，商家立刻道歉并又送来一份滚烫的，我都不好意思了。').sentiment).toBe('positive');
    expect(read('马桶堵了，反映后维修师傅两分钟就到，修完还把卫生间重新打扫了一遍，真的没话说。').sentiment).toBe('positive');
  });

  it('needs both the remedy and the closing thanks', () => {
    expect(closingThanksForRemedy('空调坏了，打了三次电话没人来，服务太好了')).toBeUndefined();
    expect(closingThanksForRemedy('重新做了一份，还是一样难吃')).toBeUndefined();
    expect(closingThanksForRemedy('给换了一间，服务很好')).toBe('服务很好');
  });
});
