import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRoomSolicitation } from '../../shared/classify/room-solicitation.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['privacy_security', 'environment'];

// The guide: harassment calls in hotels are privacy_security, whatever the caller offers.
describe('unknown callers ringing the room at night or on and on', () => {
  it('is privacy_security', () => {
    for (const text of [
      '半夜房间座机响了三次 每次接都没声音',
      '住了两晚 房间电话响个不停 问前台也说不知道是谁',
      '半夜有人一直打電話到房間 問櫃檯也說查不到',
      '酒店不错 就是半夜电话一直响 不知道是谁打的',
      '凌晨两点有人打电话到房间 接起来又挂了 一晚上没睡踏实',
    ]) expect(types(text), text).toContain('privacy_security');
  });

  it('is none for a call the guest or the staff meant, or a night without calls', () => {
    for (const text of [
      '服务员打电话到房间提醒我们车灯没关 很暖心',
      '早上七点房间电话响了 是叫早服务 很准时',
      '半夜房间电话没响过 睡得很安静',
      '半夜打电话给前台要了床被子 很快就送来了',
      '我打电话到房间找朋友 前台帮忙转接的',
    ]) expect(typesForRoomSolicitation([], text, DEFAULT_TYPES), text).toEqual([]);
  });
});

// The guide: privacy_security is harassment (massage offered at the room), not a massaging thing at fault.
describe('a massaging thing (按摩椅, 按摩浴缸)', () => {
  it('is no privacy_security', () => {
    for (const text of ['按摩椅坏了', '大堂的按摩椅坏了两台', '房间里的按摩浴缸不出水']) expect(types(text), text).not.toContain('privacy_security');
  });

  it('leaves privacy_security to a massage offered beside it', () => {
    expect(types('半夜打电话问要不要按摩 按摩椅也是坏的')).toContain('privacy_security');
    expect(types('门缝塞满了按摩小卡片')).toContain('privacy_security');
  });
});

describe('someone unknown knocking at the room at night (半夜有陌生男人敲门)', () => {
  it('is privacy_security', () => {
    expect(classifier.classifySync({ text: '半夜有陌生男人敲门' }).complaintTypes.map((t) => t.type)).toContain('privacy_security');
    expect(typesForRoomSolicitation([], '凌晨三点有人敲门，问是谁也不说话', ['privacy_security']).map((t) => t.type)).toEqual(['privacy_security']);
    expect(typesForRoomSolicitation([], '凌晨有个男的一直在我门口徘徊还敲门', ['privacy_security']).map((t) => t.type)).toEqual(['privacy_security']);
  });

  it('is none by this rule for a knock by day, or a night delivery', () => {
    expect(typesForRoomSolicitation([], '早上八点有人敲门问要不要打扫', ['privacy_security'])).toEqual([]);
    expect(typesForRoomSolicitation([], '半夜点的外卖，有人敲门送上来了', ['privacy_security'])).toEqual([]);
  });
});

describe('someone trying to get in at the door (醉汉一直拧我房间门把手, 骑手硬要进屋, 还想往里挤)', () => {
  const named = (text: string) => typesForRoomSolicitation([], text, ['privacy_security']).map((t) => t.type);
  const urgent = (text: string) => classifier.classifySync({ text }).urgent;
  it('is privacy_security and urgent', () => {
    expect(named('晚上有个醉汉一直拧我房间门把手，打前台电话没人接')).toEqual(['privacy_security']);
    expect(named('骑手送餐的时候硬要进屋，我一个女生在家吓得不行')).toEqual(['privacy_security']);
    expect(urgent('骑手送餐的时候硬要进屋，我一个女生在家吓得不行')).toBe(true);
    expect(urgent('半夜有人敲门，开门一看不认识，还想往里挤，吓死了')).toBe(true);
  });

  it("is none for the guest's own hand on a stuck handle, or a crowd pushing in", () => {
    expect(named('门把手坏了，我拧了半天才打开')).toEqual([]);
    expect(named('排队的人太多了，大家都往里挤')).toEqual([]);
    expect(urgent('店里人太多了，大家都往里挤')).toBe(false);
  });
});
