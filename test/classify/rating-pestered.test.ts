import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('calls made again and again about a rating (一天打了三个电话让我改好评)', () => {
  it.each(['很好吃 但是商家一天打了三个电话让我给好评 有点烦', '店员打电话来要我改好评 改不了就一直打 烦死', '好评返现的电话一天打五个', '商家一直打电话让我给个评价，一天打了五个'])('%s is harassment: privacy_security', (text) =>
    expect(types(text)).toContain('privacy_security'),
  );

  it.each([
    '味道在线 牛肉粒给的足 汤一点没洒 就是骑手找不到路 我们小区确实绕 打了三个电话才送到 晚了二十来分钟 不过看在好吃的份上 还是五星',
    '商家打电话问我为什么给差评，我说了原因，他道了歉',
  ])('%s is none', (text) => expect(types(text)).not.toContain('privacy_security'));
});
