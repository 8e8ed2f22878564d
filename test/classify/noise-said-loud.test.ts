import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForNoiseSaidLoud } from '../../shared/classify/noise-said-loud.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['environment', 'product_quality'];
const named = (text: string) => typesForNoiseSaidLoud([], text, DEFAULT_TYPES).map((t) => t.type);

describe('noise from traffic, building work or next door said loud (车声很大)', () => {
  it('is environment', () => {
    expect(types('窗外车声很大，一晚上没睡好')).toContain('environment');
    expect(types('隔壁装修声很大，早上七点就开始了')).toContain('environment');
    expect(types('东西挺好吃的，就是店里离马路近，车声很大')).toContain('environment');
  });

  it('is environment when the soundproofing is said poor, beside an overall 一般般 too', () => {
    expect(types('隔音很差，一般般吧')).toContain('environment');
    expect(types('一般般 根本不隔音')).toContain('environment');
  });

  it('is none by this rule for soundproofing said lukewarm or of earphones', () => {
    expect(typesForNoiseSaidLoud([], '隔音一般，还行吧', DEFAULT_TYPES)).toEqual([]);
    expect(typesForNoiseSaidLoud([], '这副耳机隔音很差', DEFAULT_TYPES)).toEqual([]);
  });

  it("is none by this rule for goods' own noise, a quiet street or a taxonomy without the type", () => {
    expect(typesForNoiseSaidLoud([], '这个风扇噪音很大', DEFAULT_TYPES)).toEqual([]);
    expect(typesForNoiseSaidLoud([], '房间临街，但车声不大', DEFAULT_TYPES)).toEqual([]);
    expect(typesForNoiseSaidLoud([], '窗外车声很大', ['product_quality'])).toEqual([]);
  });
});

describe('noise from beside the room said to be heard (低层能听到马路的声音)', () => {
  it('is environment, in advice to other guests too', () => {
    expect(types('房间干净早餐丰富，提醒一下要住的朋友，二楼能听到街上的汽车声，最好要高层')).toContain('environment');
    expect(typesForNoiseSaidLoud([], '半夜还听得见走廊里的说话声', DEFAULT_TYPES).map((t) => t.type)).toEqual(['environment']);
    expect(types('服務挺好，就是晚上聽得到樓上的動靜')).toContain('environment');
  });

  it('is none by this rule when nothing is heard, or the sound is only feared', () => {
    expect(typesForNoiseSaidLoud([], '关上窗户就听不到马路的声音了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForNoiseSaidLoud([], '本来担心会听到隔壁的声音，结果一夜安稳', DEFAULT_TYPES)).toEqual([]);
    expect(typesForNoiseSaidLoud([], '如果住低层可能听得到马路的声音', DEFAULT_TYPES)).toEqual([]);
  });
});


describe('building work told by what it does (楼上装修一直在敲)', () => {
  it('is environment', () => {
    for (const text of ['晚上十点了楼上装修还一直在敲，根本没法睡', '楼下在装修，早上七点就开始敲敲打打', '飯店正在裝修，白天一直在敲牆壁', '隔壁在施工，轰隆隆的一整天']) {
      expect(types(text), text).toContain('environment');
    }
  });

  it('is environment when work going on nearby is told by the rest it cost (隔壁装修，白天根本没法休息)', () => {
    expect(types('隔壁装修，白天根本没法休息')).toContain('environment');
    expect(named('楼上在施工，中午想睡一会都睡不着')).toEqual(['environment']);
    expect(named('装修很漂亮，可惜枕头太高睡不着')).toEqual([]);
  });

  it('is none by this rule for renovation praised, denied, a knock at the door or only supposed', () => {
    for (const text of ['装修很新，隔音很好，一点都不吵', '装修豪华，打扫前服务员会敲门', '刚装修过，房间很新很干净', '如果装修吵的话就换房', '装修完没有噪音了']) {
      expect(typesForNoiseSaidLoud([], text, DEFAULT_TYPES), text).toEqual([]);
    }
  });
});

describe('a din in the corridor or the next room told by what makes it (保洁在走廊大声聊天, 推车哐哐响)', () => {
  it('is environment', () => {
    expect(types('差评，早上七点楼道里就有保洁大声聊天，推车哐哐响，根本睡不了')).toContain('environment');
    expect(named('早上七点就有人在走廊大声喧哗')).toEqual(['environment']);
  });

  it('is none by this rule when the corridor is said quiet or nobody was loud', () => {
    expect(named('走廊很安静，楼道里没人大声说话')).toEqual([]);
    expect(named('走廊的推车摆得很整齐')).toEqual([]);
  });
});

describe('a sound beside the room heard all too clearly (马桶滴答滴答的声音，晚上睡觉听得特别清楚)', () => {
  it('is environment', () => {
    expect(named('卫生间马桶一直有滴答滴答的声音，晚上睡觉听得特别清楚，拿纸巾垫了一下才好点')).toEqual(['environment']);
    expect(named('木头房子走路会响，隔壁有人走动听得清清楚楚，介意的慎重')).toEqual(['environment']);
  });

  it('is none by this rule for a voice one wants to hear', () => {
    expect(named('导游讲解的声音听得很清楚')).toEqual([]);
  });
});
