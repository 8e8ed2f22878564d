import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForWaitSaidInSlang } from '../../shared/classify/wait-said-in-slang.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForWaitSaidInSlang([], text, ['delivery']).map((t) => t.type);

// The guide: slow delivery is delivery, however it is said.
describe('the wait for the order said in a figure', () => {
  it('is delivery', () => {
    expect(types('等到花儿都谢了')).toContain('delivery');
    expect(types('午饭变晚饭')).toContain('delivery');
    expect(types('这么近送了这么久')).toContain('delivery');
    expect(types('中午点的下午才到')).toContain('delivery');
    expect(types('预计时间早就过了，人还没来')).toContain('delivery');
  });

  it('is none by this rule at a table, with the kitchen named, or feared', () => {
    expect(ruleTypes('上菜慢到花儿都谢了')).toEqual([]);
    expect(ruleTypes('商家出餐太慢，午饭变晚饭')).toEqual([]);
    expect(ruleTypes('怕送这么久会凉，结果很快')).toEqual([]);
    expect(ruleTypes('手机打字慢到要死，我等到花儿都谢了字还没出来')).toEqual([]);
  });
});
