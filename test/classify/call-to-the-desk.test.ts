import { describe, expect, it } from 'vitest';
import { typesForCallToTheDesk } from '../../shared/classify/call-to-the-desk.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const privacy = [{ type: 'privacy_security', confidence: 0.5, phrases: ['半夜打电话'], problem: true }];

describe("the guest's own call to the desk", () => {
  it('is no privacy_security', () => {
    expect(types('半夜打电话给前台没人接')).toEqual(['responsiveness']);
    expect(types('半夜打电话到前台要了两次被子都没人理')).not.toContain('privacy_security');
  });

  it('leaves privacy_security to calls coming in and to a stranger at the door', () => {
    expect(typesForCallToTheDesk(privacy, '门缝里塞了小卡片，半夜还有电话打进来，打电话给前台也不管')).toEqual(privacy);
    expect(typesForCallToTheDesk(privacy, '半夜有人一直敲我们房门，打电话给前台说去看看，十几分钟都没人上来')).toEqual(privacy);
    expect(typesForCallToTheDesk(privacy, '半夜有电话问要不要服务')).toEqual(privacy);
  });
});
