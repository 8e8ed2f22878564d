import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe("a delivery's way up the customer's building", () => {
  it('is not the premises of the business', () => {
    expect(types('外卖骑手很辛苦，电梯坏了爬到二十楼送上来')).not.toContain('environment');
  });

  it("leaves a hotel's broken lift environment", () => {
    expect(types('住的酒店电梯坏了，拖着箱子爬到十二楼')).toContain('environment');
  });
});
