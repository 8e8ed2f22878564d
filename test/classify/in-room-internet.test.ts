import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: a hotel's in-room internet is a facility of the premises.
describe('slow internet at a stay', () => {
  it('is an environment complaint however the slowness is said', () => {
    expect(types('住得挺舒服，就是网络太慢了')).toContain('environment');
    expect(types('酒店网络比较慢')).toContain('environment');
    expect(types('房间上网很慢，开个网页要等半天')).toContain('environment');
  });
});
