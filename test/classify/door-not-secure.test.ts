import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForDoorNotSecure } from '../../shared/classify/door-not-secure.ts';

const classifier = createLocalClassifier();
const named = (text: string) => typesForDoorNotSecure([], text, ['environment', 'privacy_security']).map((t) => t.type).sort();

// The guide: a broken facility is environment, unsafe premises privacy_security, dangerous premises urgent.
describe("a room's door that keeps no one out", () => {
  it('is environment and privacy_security (反锁也是坏的, 防盗链是坏的, 从外面一推就开)', () => {
    expect(named('房门锁不上，反锁也是坏的，一个女生住真的很害怕')).toEqual(['environment', 'privacy_security']);
    expect(named('门的防盗链是坏的，锁也关不严，晚上用椅子顶着门睡的')).toEqual(['environment', 'privacy_security']);
    expect(named('房门关上后从外面一推就开，这种酒店太不安全了')).toEqual(['environment', 'privacy_security']);
    expect(named('防盗链都没有 门也关不严 女生慎住')).toEqual(['environment', 'privacy_security']);
  });

  it('is environment alone for a lock only said broken (门锁坏了), as the corpus labels it', () => {
    expect(named('门锁坏了，报修两次都没人来')).toEqual(['environment']);
  });

  it('is urgent', () => {
    expect(classifier.classifySync({ text: '门的防盗链是坏的，锁也关不严，晚上用椅子顶着门睡的' }).urgent).toBe(true);
    expect(classifier.classifySync({ text: '房门锁是坏的，从里面锁不了' }).urgent).toBe(true);
  });

  it("is none for the bathroom's door, a safe, goods bought, a key card, or a restaurant's room", () => {
    expect(named('卫生间门锁坏了 洗澡关不上门')).toEqual([]);
    expect(named('房间的保险箱锁不上')).toEqual([]);
    expect(named('网上买的门锁，装上就锁不上')).toEqual([]);
    expect(named('房卡坏了，去前台重新做了一张')).toEqual([]);
    expect(named('冰箱门关不严，一直在响')).toEqual([]);
    expect(named('卫生间的门关不上，锁也是坏的，跟朋友一起住很尴尬')).toEqual([]);
    expect(named('菜还行，就是包间的门锁是坏的，关不上，外面很吵')).toEqual([]);
  });
});
