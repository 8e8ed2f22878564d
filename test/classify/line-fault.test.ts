import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForLineFault } from '../../shared/classify/internet-fault.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForLineFault([], text, ['product_quality']).map((t) => t.type);

// The guide: the thing bought being bad is product_quality; a carrier's line or a phone's reception failing is (a stay's wifi is environment).
describe("a carrier's line or a device's reception failing", () => {
  it('is product_quality', () => {
    expect(types('@中国联通 家里宽带三天两头断网，报修了三次，师傅说来没来，到现在还没修好')).toContain('product_quality');
    expect(types('信号差到离谱，在家里只有一格，打电话都断断续续的')).toContain('product_quality');
  });

  it("is none by this rule for a stay's or a shop's internet, an app, or a fault put right", () => {
    expect(ruleTypes('酒店房间的wifi老是掉线')).toEqual([]);
    expect(ruleTypes('挺好的 就是wifi老断 晚上开视频会很卡')).toEqual([]);
    expect(ruleTypes('下次还会选，不过电视信号很差好多台看不了')).toEqual([]);
    expect(ruleTypes('骑手说信号不好没看到消息')).toEqual([]);
    expect(ruleTypes('宽带断了一下，师傅十分钟就修好了')).toEqual([]);
    expect(ruleTypes('网速很快，信号满格')).toEqual([]);
    expect(ruleTypes('家里宽带断网三天，报修一直没人来。所以问题根本不复杂，就是你们的流程有问题')).toEqual([]);
    expect(ruleTypes('11n的无线网卡还是比较快的，1080p也不卡')).toEqual([]);
    expect(ruleTypes('前面说n60信号不稳的朋友，可能买到水货了吧')).toEqual([]);
  });
});
