import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForItemNotSent } from '../../shared/classify/item-not-sent.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['order_accuracy', 'delivery'];

describe('an item of the order not sent', () => {
  it('is order_accuracy', () => {
    expect(types('牛肉饭分量很足，就是汤也没送，只能干吃')).toContain('order_accuracy');
  });

  it('is none by this rule when the denial is a wish granted or describes something else', () => {
    expect(typesForItemNotSent([], '记得我不吃香菜，端上来的面没放香菜', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '早餐的面特意没放，细节满分', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '领我们去了一个连餐具都没放的空台', DEFAULT_TYPES)).toEqual([]);
  });

  it('is order_accuracy when the staff forgot what was ordered, beside a slow wait too', () => {
    expect(types('等了很久才上菜，还忘记给我们上汤')).toContain('order_accuracy');
    expect(types('上菜慢得要命 服務員還忘記我們點的飲料')).toContain('order_accuracy');
  });

  it('is none by this rule for a reminder or an item not forgotten', () => {
    expect(typesForItemNotSent([], '别忘了给我们点的菜加辣', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '服务员很细心，没忘记我们点的饮料', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '忘了带钥匙，前台帮我开了门', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForItemNotSent([], '米饭也没送', ['delivery'])).toEqual([]);
  });
});
