import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// Phrases of carriers, banks and couriers the taxonomy lacked: their types by the guide.
describe("the taxonomy's phrases for services beyond hotels and food", () => {
  it('name the types they stand for', () => {
    expect(types('资费不透明，每个月都不一样')).toContain('price_billing');
    expect(types('工单一直是待处理状态')).toContain('responsiveness');
    expect(types('提现一直提示网络异常')).toContain('digital_experience');
    expect(types('验证的时候总是识别失败')).toContain('digital_experience');
    expect(types('物流信息三天没更新')).toContain('delivery');
    expect(types('包裹一直是待揽收')).toContain('delivery');
  });
});

describe('more of them', () => {
  it('name the types they stand for', () => {
    expect(types('新用户注册不了，一直卡在那')).toContain('digital_experience');
    expect(types('客服照本宣科，问什么都是那几句')).toContain('after_sales');
  });
});
