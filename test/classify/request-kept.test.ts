import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a request said kept', () => {
  it('is no order_accuracy (备注了不要香菜，真的没放; 到了都安排好了)', () => {
    for (const text of ['备注了不要香菜，真的没放，好评', '老板人很好 备注了不要香菜不要葱 真的一根都没放 细节满分', '订房的时候备注了要高楼层无烟房 到了都安排好了 细节控表示满意']) {
      expect(types(text), text).not.toContain('order_accuracy');
    }
  });

  it('leaves a request broken order_accuracy', () => {
    expect(types('备注了要两双筷子，结果只给了一双')).toContain('order_accuracy');
    expect(types('备注了不要香菜，还是放了一大把')).toContain('order_accuracy');
  });
});
