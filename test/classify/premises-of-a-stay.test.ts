import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('the premises of a stay', () => {
  it('are environment, not product_quality', () => {
    const found = types('设施老旧，地毯有异味，卫生间的水龙头还漏水');
    expect(found).toContain('environment');
    expect(found).not.toContain('product_quality');
    expect(types('床头的电话坏了，只能用手机打前台')).not.toContain('product_quality');
  });

  it('include the pool and the hot water', () => {
    expect(types('泳池的水很脏，漂着头发')).not.toContain('product_quality');
    expect(types('热水不够热，水压也小，洗个头洗了二十分钟，冻死了')).not.toContain('product_quality');
  });

  it('leave product_quality to what is eaten or slept on', () => {
    expect(types('房间还行，早餐太难吃了，面包都是硬的')).toContain('product_quality');
    expect(types('酒店床单发黄，毛巾也很硬')).toContain('product_quality');
    expect(types('散热口很烫,可以加热水杯,重装系统很麻烦')).toContain('product_quality');
  });
});

// The shower is a fitting of the stay: its water pressure and temperature are the premises (environment).
describe('the shower water faulted', () => {
  it('is no product_quality', () => {
    const got = classifier.classifySync({ text: '水压太小，洗澡水一会冷一会热' }).complaintTypes.map((t) => t.type);
    expect(got).toContain('environment');
    expect(got).not.toContain('product_quality');
  });
});

// Noise from the room next door is the premises of a stay, whatever 效果很差 reads like.
describe('the room next door heard', () => {
  it('is no product_quality', () => {
    const got = classifier.classifySync({ text: '隔音效果很差，半夜被隔壁吵醒好几次' }).complaintTypes.map((t) => t.type);
    expect(got).toContain('environment');
    expect(got).not.toContain('product_quality');
    expect(types('隔壁桌的菜都上了，我们的菜又咸又凉')).toContain('product_quality');
  });
});
