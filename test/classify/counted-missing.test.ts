import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: order_accuracy is 少送, 漏了 (items missing); product_quality's 量少 is a scant portion.
describe('items counted short', () => {
  it('are missing from the order, not a scant portion', () => {
    for (const text of ['点了个全家桶，鸡翅少了两个，可乐也没有。什么意思？', '钵钵鸡串串数了数少了五根，跟商家说了也不回', '少一份薯条 商家说不可能少 又不是我吃了']) {
      expect(types(text), text).toContain('order_accuracy');
      expect(types(text), text).not.toContain('product_quality');
    }
  });

  it('leave a portion called small (有点少一碗不够吃) and another fault of the food product_quality', () => {
    expect(types('豆花饭的豆花很嫩蘸水很香就是米饭有点少一碗不够吃')).toContain('product_quality');
    expect(types('汉堡里的生菜是蔫的，鸡排也没炸透，中间还是粉的，薯条少了一份')).toContain('product_quality');
  });
});
