import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('the place said far with a word of degree (离市中心远了点)', () => {
  it('is environment, beside praise too', () => {
    expect(types('性价比高，离市中心远了点')).toContain('environment');
    expect(types('离地铁远了点，其他没毛病')).toContain('environment');
    expect(types('离景区远了点 其他都好')).toContain('environment');
  });

  it('is none for a far place feared and found near, a takeaway, another place or a distance of the mind', () => {
    for (const text of ['还以为离景区很远要打车，结果走路就到了', '挺好，就是地址离得远，配送费贵了', '美团说帮我换一家，换的那家离得老远', '内容离我们的现实生活很远', '说是正宗的云南菜，结果离真正的云南菜差得太远']) {
      expect(types(text), text).not.toContain('environment');
    }
  });
});
