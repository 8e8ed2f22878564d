import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();

describe('a question told inside an account of what went wrong is a complaint', () => {
  it.each([
    ['打了十几个电话前台都不接，就想问一下能不能延迟退房，最后只能自己跑下楼去问', 'responsiveness'],
    ['商家电话打过去 接电话的大哥说“你等会儿我在忙” 然后挂了 再打就不接了 我就问一下能不能换个饮料', 'responsiveness'],
    ['打电话过去问一下能不能加个菜，老板直接说“没空”，然后就挂了，这态度谁还敢再点', 'service_attitude'],
  ])('%s → negative, %s', (text, type) => {
    const result = classifier.classifySync({ text });
    expect(result.sentiment.label).toBe('negative');
    expect(result.complaintTypes.map((t) => t.type)).toContain(type);
  });

  it.each(['请问能开电子发票吗？', '请问你们的馒头是自己蒸的吗 想多订一些', '请问中午还有工作日套餐吗？看点评上说有，不知道现在还做不做', 'Do you have vegetarian options on the menu?'])(
    'a plain question stays neutral: %s',
    (text) => expect(classifier.classifySync({ text }).sentiment.label).toBe('neutral'),
  );
});
