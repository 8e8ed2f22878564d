import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForNeighboursAllNight } from '../../shared/classify/neighbours-all-night.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['environment', 'privacy_security'];
const named = (text: string) => typesForNeighboursAllNight([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: environment covers noise.
describe('someone beside the room making a noise at night', () => {
  it('is environment, with no 吵 or 隔音 said', () => {
    expect(types('隔壁的小孩哭闹了一整晚')).toContain('environment');
    expect(types('楼下的人打麻将打到两点')).toContain('environment');
    expect(types('凌晨一点走廊还有人在大声聊天')).toContain('environment');
  });

  it('is environment in traditional characters', () => {
    expect(types('樓上半夜一直有人跑來跑去')).toContain('environment');
  });

  it('is none by this rule for a quiet night, a convenience next door or someone at the door', () => {
    expect(named('楼下就是酒吧 但是一晚上都听不到声音')).toEqual([]);
    expect(named('隔壁的便利店营业到凌晨 很方便')).toEqual([]);
    expect(named('半夜有陌生人在走廊上挨个敲门')).toEqual([]);
    expect(named('隔壁住的一家人很友好')).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForNeighboursAllNight([], '隔壁的小孩哭闹了一整晚', ['privacy_security'])).toEqual([]);
  });
});
