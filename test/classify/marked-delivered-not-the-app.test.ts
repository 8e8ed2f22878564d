import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('an order marked delivered (订单显示已送达) with no app named', () => {
  it('is the courier, not the app misbehaving', () => {
    expect(types('订单显示已送达 我根本没收到 骑手电话也打不通')).toEqual(['delivery']);
    expect(types('订单显示已送达，我根本没收到，打骑手电话关机，找客服说要等24小时核实，我现在就饿着呢')).not.toContain('digital_experience');
  });

  it('stays digital_experience where the app is named', () => {
    expect(types('app显示已送达，我在门口站了半天啥也没有，骑手电话还关机')).toContain('digital_experience');
  });
});
