import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForLeftoverDirt } from '../../shared/classify/leftover-dirt.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['environment', 'product_quality'];
const named = (text: string) => typesForLeftoverDirt([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: environment covers the cleanliness of the room and the bathroom.
describe('dirt left in a room', () => {
  it('is environment, with no 脏 said', () => {
    expect(types('一进门就看到浴缸里有上个客人的头发')).toContain('environment');
    expect(types('床底下一层灰 拖鞋都不敢脱')).toContain('environment');
    expect(types('住了两天垃圾桶都没人倒')).toContain('environment');
    expect(types('抽屉里还有前一个住客的烟头')).toContain('environment');
  });

  it('is environment for the housekeeping neglected', () => {
    for (const text of ['住了三天，每天的打扫都很马虎', '垃圾都不倒，毛巾也不换', '续住第二天客房没人打扫', '保洁打扫得很敷衍，地上全是纸屑', '浴巾一直没换过']) {
      expect(named(text), text).toEqual(['environment']);
    }
  });

  it('is environment on the furniture and fittings too (床头有别人的头发, 床头柜上有灰, 镜子上全是水垢)', () => {
    expect(types('房间还行，床头有别人的头发')).toContain('environment');
    expect(named('房间干净，就是床头柜上一层灰')).toEqual(['environment']);
    expect(named('卫生间镜子上全是水垢')).toEqual(['environment']);
    expect(named('枕头上有头发')).toEqual([]);
    expect(named('沙发上没有灰，很干净')).toEqual([]);
  });

  it('is environment in traditional characters', () => {
    expect(types('洗手台上有別人的頭髮')).toContain('environment');
  });

  it('is none by this rule for a surface said clean, or dirt in the food', () => {
    expect(named('浴缸里没有头发 很干净')).toEqual([]);
    expect(named('地板上一尘不染')).toEqual([]);
    expect(named('汤里有根头发')).toEqual([]);
    expect(named('毛巾不用每天换，环保')).toEqual([]);
    expect(named('打扫得很干净 毛巾每天都换')).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForLeftoverDirt([], '床底下一层灰', ['product_quality'])).toEqual([]);
  });
});
