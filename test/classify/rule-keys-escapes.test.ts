import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// Texts whose rule the keys passed over (found by running the rule-keys property over every corpus text and measuring set):
// the rule reads them, so its keys must name them. The property test reads these literals too.
it.each([
  ['服务员上错菜 还坚持说是我们点的 拿出小票一看 是隔壁桌的 也没道个歉 转身就走', 'service_attitude'],
  ['房间的门关不上，要用力推才能关，一个人住有点怕', 'privacy_security'],
  ['买的时候说整机三年保修，屏幕坏了又说屏幕不在保修范围，要收800', 'after_sales'],
  // Found when the keys came to be read whole: the person between 时 and 说 was in no key, and 时候 later in the message had stood in for one.
  ['办卡时销售说不会推销私教，结果每次去教练都围着我推课。我签的时候没人解释退费条款', 'misleading_promise'],
])('%s → %s', (text, type) => {
  expect(types(text)).toContain(type);
});
