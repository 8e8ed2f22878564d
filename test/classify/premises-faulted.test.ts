import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPremisesFaulted } from '../../shared/classify/premises-faulted.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['environment', 'service_attitude'];

describe('the premises said dirty, cramped or noisy beside the staff (环境脏乱差，服务员爱理不理)', () => {
  it('is environment as well', () => {
    expect(types('环境脏乱差，服务员还爱理不理').sort()).toEqual(['environment', 'service_attitude']);
    expect(types('环境太差了，服务员态度也不好')).toContain('environment');
    expect(types('这家的肠粉滑嫩 酱汁也好 就是店面太小了 要拼桌')).toContain('environment');
  });

  it('is environment when the premises are said not good, too hot or cold, or smelly', () => {
    expect(types('菜是真的好吃，就是环境不太好，太吵了')).toContain('environment');
    expect(typesForPremisesFaulted([], '粉丝汤很好喝，只是环境不好', DEFAULT_TYPES).map((t) => t.type)).toEqual(['environment']);
    expect(typesForPremisesFaulted([], '大厅太冷了，坐了一会儿就想走', DEFAULT_TYPES).map((t) => t.type)).toEqual(['environment']);
    expect(typesForPremisesFaulted([], '一般般吧，房间有异味', DEFAULT_TYPES).map((t) => t.type)).toEqual(['environment']);
  });

  it('is environment when the room is said damp (房间潮得很, 屋里潮乎乎的)', () => {
    expect(types('房间在一楼，潮得很')).toContain('environment');
    expect(typesForPremisesFaulted([], '屋里潮乎乎的，衣服都晾不干', DEFAULT_TYPES).map((t) => t.type)).toEqual(['environment']);
    expect(typesForPremisesFaulted([], '房间装修很潮，拍照好看', DEFAULT_TYPES)).toEqual([]);
  });

  it("is environment for a stay's room with 'a smell' to it, bare (房间有股味道, 房间挺大的，就是有股味)", () => {
    expect(types('房间有股味道')).toContain('environment');
    expect(types('房间挺大的，就是有股味')).toContain('environment');
    expect(typesForPremisesFaulted([], '房间有股香味，很好闻', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPremisesFaulted([], '菜不错，就是有股味', DEFAULT_TYPES)).toEqual([]);
  });

  it('is none by this rule for a lukewarm 环境一般, a warm welcome or a hypothetical', () => {
    expect(typesForPremisesFaulted([], '环境一般，菜还可以', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPremisesFaulted([], '店里很热情，老板人很好', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPremisesFaulted([], '环境不好吗？我觉得挺好', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPremisesFaulted([], '包间有点冷，但是菜很好吃', DEFAULT_TYPES)).toEqual([]);
  });

  it('is none by this rule for a mild fault, a parcel, a farm or the streets around', () => {
    expect(typesForPremisesFaulted([], '店里有点吵，但是很有烟火气', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPremisesFaulted([], '店面很小，只有五六张桌子，但翻台快', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPremisesFaulted([], '来的时候直接扔在箱子里，又脏又乱', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPremisesFaulted([], '这里的牛生长环境太臭了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPremisesFaulted([], '周围的环境不能再脏乱差了', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForPremisesFaulted([], '环境脏乱差', ['service_attitude'])).toEqual([]);
  });
});

// The guide: the premises and facilities are environment; a guest hurt or endangered by them is urgent.
describe('the premises said dangerous (浴室地太滑, 桌角太尖, 栏杆很矮)', () => {
  it('is environment, and negative', () => {
    for (const text of ['桌角太尖了 孩子撞了一下', '浴室地太滑 老人差点摔倒', '阳台栏杆很矮 带小孩很危险', '電視櫃的邊角好尖 小朋友一直撞到']) {
      expect(types(text), text).toContain('environment');
    }
    expect(classifier.classifySync({ text: '阳台栏杆很矮 带小孩很危险' }).sentiment.label).toBe('negative');
  });

  it('is none by this rule when denied, only feared, or not of the premises', () => {
    for (const text of ['没觉得地很滑 防滑垫也有', '怕地太滑 前台主动给了防滑垫', '肠粉很滑 好吃', '桌子角都包了软垫 不尖']) {
      expect(typesForPremisesFaulted([], text, DEFAULT_TYPES), text).toEqual([]);
    }
  });
});

describe('the tables greasy or set too close (桌椅有点油腻腻的, 座位之间太近了)', () => {
  it('is environment, in a long review of the dishes', () => {
    expect(types('经常来的一家店，椒麻鸡很麻很爽口，大盘鸡的土豆炖得很面，拌面很劲道。环境比较一般，桌椅有点油腻腻的。价格还算合理，量大管饱。')).toContain('environment');
    expect(types('装修是工业风，挺有感觉的，但是座位之间太近了。汉堡的肉饼很厚实，多汁；薯条现炸的很脆。人均七十，还可以。')).toContain('environment');
    expect(typesForPremisesFaulted([], '桌与桌之间很密，服务员上菜都挤不过去', DEFAULT_TYPES).map((t) => t.type)).toEqual(['environment']);
  });

  it('is none by this rule for a dish said greasy, or tables not close', () => {
    expect(typesForPremisesFaulted([], '红烧肉有点油腻，桌子很干净', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPremisesFaulted([], '座位之间不会太近，说话很方便', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('the washroom lacking, or none at all (洗手间没有纸, 店里没有洗手间)', () => {
  it('is environment beside praise of the dishes', () => {
    expect(types('菜品很新鲜，味道也很好，服务员很热情。就是洗手间没有纸。')).toContain('environment');
    expect(typesForPremisesFaulted([], '卫生间连洗手液都没有', DEFAULT_TYPES).map((t) => t.type)).toEqual(['environment']);
  });

  it('is none by this rule for a washroom praised', () => {
    expect(typesForPremisesFaulted([], '洗手间很干净，纸巾洗手液都有', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('the chairs uncomfortable or the floor a little slippery (椅子坐着不舒服, 地有点滑)', () => {
  it('is environment beside praise of the dishes', () => {
    expect(types('周末和家人来吃的，红烧肉肥而不腻，清蒸鱼很鲜嫩，服务员也很热情。就是椅子坐着不舒服。')).toContain('environment');
    expect(typesForPremisesFaulted([], '地有点滑，差点摔倒', DEFAULT_TYPES).map((t) => t.type)).toEqual(['environment']);
  });

  it('is none by this rule for seats praised', () => {
    expect(typesForPremisesFaulted([], '沙发坐着很舒服，不会累', DEFAULT_TYPES)).toEqual([]);
  });
});
