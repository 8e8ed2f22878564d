import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('pieces of a dish counted with 块 (一份饭三块肉, 鸡肉没几块)', () => {
  it('are a portion told short, no price fault', () => {
    for (const text of ['量太少了吧 一份饭三块肉', '大盘鸡鸡肉没几块 全是土豆 不如改名叫大盘土豆', '烤鱼全是刺，肉没几块，配菜倒是一堆豆芽']) {
      expect(types(text), text).not.toContain('price_billing');
      expect(types(text), text).toContain('product_quality');
    }
  });

  it('leave a price fault told beside them with a sum or a word of money', () => {
    for (const text of ['这也叫小份？三块排骨 三十八 醉了', '一份五十八就六块肉，太贵了', '高铁上的盒饭45一份，米饭是硬的，菜就几片青菜两块肉。']) {
      expect(types(text), text).toContain('price_billing');
    }
  });
});
