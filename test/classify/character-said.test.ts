import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a place or a dish said to have character (装修很有味道, 很有老上海的味道)', () => {
  it('is no smell of the premises', () => {
    for (const text of ['房间装修很有味道，老上海风格', '很有味道的一家民宿', '新街口，逛街方便。房间是新中式的，很有味道。早餐的鸭血粉丝汤很地道', '房间是胡同里的小院改的，很有老北京的味道。'])
      expect(types(text), text).not.toContain('environment');
  });

  it('leaves a smell told plainly a fault of the premises', () => {
    expect(types('房间有味道，一股霉味')).toContain('environment');
    expect(types('卫生间有股味道，很难闻')).toContain('environment');
  });
});

describe('a topping sprinkled on (撒了芝麻和葱花, 撒了几片菌子)', () => {
  it('is no order spilled on its way', () => {
    for (const text of ['外卖小票上把我的备注“家里有人过敏 不要放花生”印得清清楚楚，结果送来的凉面上撒了一大把花生碎', '普通炒饭撒了几片菌子就要三十八'])
      expect(types(text), text).not.toContain('delivery');
  });

  it('leaves what spills a fault of the trip', () => {
    expect(types('汤撒了一半')).toContain('delivery');
  });
});
