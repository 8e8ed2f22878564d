import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForStaffWaitedForGuest } from '../../shared/classify/queue-wait.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a queue at a busy place', () => {
  it('is no responsiveness complaint when the customer only tells of it', () => {
    expect(types('周末排队一个小时才吃上，烤鸭皮脆肉嫩，值得')).not.toContain('responsiveness');
    expect(types('生意太火了，等位四十分钟，菜品很新鲜')).not.toContain('responsiveness');
    expect(types('店里人多要排队，上菜很快，味道不错')).not.toContain('responsiveness');
  });

  it('is none for a table waited for and not complained of (等了半个小时才有位)', () => {
    expect(types('周日中午来的，人超级多，等了半个小时才有位，不过有免费的小零食可以吃，也没觉得很难熬。点了酸汤牛肉，酸得很自然。值得等。')).not.toContain('responsiveness');
    expect(types('等了二十分钟才入座，烤肉很香，服务员帮忙烤，很贴心')).not.toContain('responsiveness');
  });

  it('is none when the long queue was only heard of', () => {
    expect(types('环境不错，菜也好吃，听说周末排了好久才进来，我们来得早')).not.toContain('responsiveness');
    expect(types('朋友推荐的店，据说晚上要排很久，我们中午去的，味道很赞')).not.toContain('responsiveness');
  });

  it('is one when the customer complains of the wait', () => {
    expect(types('排队排了一个小时，太慢了，也没人管')).toContain('responsiveness');
    expect(types('等位等了一个多小时，前台一直说马上，太离谱了')).toContain('responsiveness');
    expect(types('等了一个小时才有位，太久了，菜倒是不错')).toContain('responsiveness');
  });

  it('is one when the wait is judged long however mildly (有点久, 腿都站麻了) or stood at the till', () => {
    expect(types('苏式面馆，七点就开始排队了，我七点半到，排了二十多分钟，有点久，早上赶时间的要注意。焖肉面很地道')).toContain('responsiveness');
    expect(types('取号前面还有48桌，硬是等了快两个小时才进去，腿都站麻了。不过锅底很香，服务员一直帮忙捞菜')).toContain('responsiveness');
    expect(types('羊肉串很香，烤馕外脆里软。美中不足是结账的人多，只有一个收银员，排了十来分钟才结上')).toContain('responsiveness');
  });
});

describe('staff waiting up for the guest (前台一直等着)', () => {
  it('is no responsiveness', () => {
    for (const text of ['晚上十二点多才到，前台一直在等我，还给我留了一份夜宵。房间稍微有点小，但是很干净。', '送机服务很准时，五点半的车五点二十就在门口等了，司机师傅很热情']) {
      expect(classifier.classifySync({ text }).complaintTypes.map((t) => t.type), text).not.toContain('responsiveness');
    }
  });

  it('leaves responsiveness where another clause says the business was slow', () => {
    const slow = [{ type: 'responsiveness', confidence: 0.7, phrases: [], problem: true }];
    expect(typesForStaffWaitedForGuest(slow, '前台一直等着我们，但是办入住等了半小时', ['等了半小时'])).toEqual(slow);
  });
});
