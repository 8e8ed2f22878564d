import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForStaffSourFace } from '../../shared/classify/staff-sour-face.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);

describe("a staff member's sour face (老板娘脸好臭, 服务员脸拉得老长)", () => {
  it('is service_attitude', () => {
    for (const text of [
      '收银的阿姨脸好臭 找零直接扔桌上',
      '服务员脸拉得老长 点个菜跟欠他钱似的',
      '老板全程拉着个脸 问啥都嗯一声',
      '店員臉超臭 再也不來了',
      '前台小妹脸色太难看了 问个wifi密码都不耐烦',
    ]) expect(types(text), text).toContain('service_attitude');
  });

  it('is the manner, not the food, when the face is what smells', () => {
    expect(types('老板娘脸太臭了 跟谁欠她钱一样')).not.toContain('product_quality');
    expect(types('老板脸太臭了 菜也难吃')).toContain('product_quality');
  });

  it('is delivery as well for a courier', () => {
    expect(types('外卖小哥脸好臭 还嫌我下楼慢')).toEqual(expect.arrayContaining(['service_attitude', 'delivery']));
  });

  it('leans negative when that is all the message says', () => {
    expect(classify('服务员脸拉得老长').sentiment.label).toBe('negative');
  });

  it('is service_attitude for the sour face named as a noun (前台小姐姐全程黑脸, 服务员一直冷脸)', () => {
    expect(types('前台小姐姐全程黑脸')).toContain('service_attitude');
    expect(types('房间还行，服务员一直冷脸，问啥都不耐烦')).toContain('service_attitude');
    expect(types('前台没有黑脸，挺客气的')).not.toContain('service_attitude');
  });

  it('stays quiet for a fear belied, a denial or a face not the staff\'s', () => {
    for (const text of ['本来以为前台要甩脸 结果小哥人很好', '老板从来不摆臭脸 每次都笑眯眯的', '火锅太辣了 吃得我脸好红', '店员小妹笑脸相迎 很舒服', '阿姨说我吃辣吃得脸好红']) {
      expect(types(text), text).not.toContain('service_attitude');
    }
  });
});

// The guide: rude staff are service_attitude; 被前台怼了 is the guest snapped at.
describe('a staff member snapping at the guest (怼)', () => {
  it('is service_attitude', () => {
    for (const text of ['想晚点退房 被前台怼了回来', '房間不錯 就是被櫃檯怼了兩句', '承诺的延迟退房没给 还被前台怼了一通']) {
      expect(types(text), text).toContain('service_attitude');
    }
  });

  it('is none by this rule when the guest did the snapping or it is denied', () => {
    for (const text of ['前台被我怼了几句 终于给换了房', '前台小哥很好 从不怼人', '经理没怼人 还挺客气']) {
      expect(typesForStaffSourFace([], text, ['service_attitude']), text).toEqual([]);
    }
  });
});
