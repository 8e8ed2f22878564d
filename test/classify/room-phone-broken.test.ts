import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRoomPhoneBroken } from '../../shared/classify/room-phone-broken.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['environment', 'responsiveness'];

// The guide: old or broken facilities of the premises are environment.
describe("the room's own phone not working", () => {
  it('is environment', () => {
    expect(types('房间电话打不出去，叫醒服务也没叫，差点误了航班')).toContain('environment');
    expect(types('房间里的座机没有声音，想叫个客房服务都不行')).toContain('environment');
  });

  it("is none by this rule for the desk's phone or a call coming in", () => {
    expect(typesForRoomPhoneBroken([], '打前台电话打不通', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRoomPhoneBroken([], '半夜房间电话响了，问要不要按摩', DEFAULT_TYPES)).toEqual([]);
  });
});
