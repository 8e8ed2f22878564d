import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a question only told inside a long review (我问能不能用优惠券, 还能说什么)', () => {
  it('leaves the rules that name a fault from its words to read the rest', () => {
    expect(types('环境很好，座位宽敞，有儿童椅。红烧肉甜咸适中，清蒸鲈鱼很鲜，白灼菜心脆嫩。但椒盐排骨炸得太老了，咬不动。结账时我问能不能用优惠券，收银员说可以，很快就好了。整体推荐，下次还来。')).toEqual(['product_quality']);
    expect(types('招牌鸡公煲很入味，鸡肉嫩，土豆吸满汤汁，米饭免费加。就是杯子好像没洗干净，杯口有一圈茶渍印子。价格实惠，人均四十多，老板也热情，还能说什么。')).toContain('environment');
  });

  it('still names no fault for a plain question, short or asked with 请问 / 想问一下', () => {
    expect(types('请问包间要收服务费吗？我们八个人想周六晚上去，有没有大一点的包间，价格大概多少，谢谢。')).toEqual([]);
    expect(types('想问一下你们周末几点开门？上次去的时候门口排了好长的队，我们带着孩子，有没有儿童座椅，谢谢。')).toEqual([]);
  });
});
