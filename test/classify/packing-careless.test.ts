import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('careless packing (包装太敷衍) is no staff manner', () => {
  it('is no service_attitude when only the packing is called careless', () => {
    for (const text of ['酸辣粉汤漏了一袋子 包装太敷衍了', '打包也太敷衍了吧 饭盒盖子都没扣紧 菜汁流得到处都是', '包裝太敷衍 湯灑了一半']) {
      expect(types(text), text).not.toContain('service_attitude');
    }
  });

  it("keeps service_attitude when someone's manner is faulted besides", () => {
    expect(types('包装太敷衍 服务员态度也差')).toContain('service_attitude');
    expect(types('老板全程爱理不理 打包也很敷衍')).toContain('service_attitude');
  });
});
