import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForStarRatingBelied } from '../../shared/classify/star-rating-belied.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['misleading_promise', 'environment'];
const named = (text: string) => typesForStarRatingBelied([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: misleading_promise covers a star rating not deserved (不像四星).
describe('a star rating said undeserved', () => {
  it('is misleading_promise, however the shortfall is said', () => {
    expect(types('号称五星，还不如快捷酒店')).toContain('misleading_promise');
    expect(types('挂牌五星，服务和设施都配不上')).toContain('misleading_promise');
    expect(types('说是五星级，其实跟经济型酒店差不多')).toContain('misleading_promise');
    expect(types('一点五星的样子都没有')).toContain('misleading_promise');
    expect(types('哪里像五星级酒店，服务跟招待所一样')).toContain('misleading_promise');
  });

  it('is misleading_promise when the hotel is said to dare claim its rating', () => {
    expect(named('床单有头发，这样的酒店也敢叫四星')).toEqual(['misleading_promise']);
    expect(named('就这服务还好意思挂五星')).toEqual(['misleading_promise']);
    expect(named('不敢相信这是四星，太棒了')).toEqual([]);
  });

  it('is misleading_promise in traditional characters', () => {
    expect(types('號稱五星，還不如快捷酒店')).toContain('misleading_promise');
    expect(types('掛牌五星，服務和設施都配不上')).toContain('misleading_promise');
  });

  it('is none by this rule for a rating praised, compared upwards, given, supposed or of goods', () => {
    expect(named('不愧是五星级酒店，服务一流')).toEqual([]);
    expect(named('比很多五星级酒店还好')).toEqual([]);
    expect(named('三星酒店，虽然不如五星豪华，但很干净')).toEqual([]);
    expect(named('不像其他五星酒店那样敷衍，服务很贴心')).toEqual([]);
    expect(named('给个三星，味道还不如楼下那家')).toEqual([]);
    expect(named('五星好评，比快捷酒店强多了')).toEqual([]);
    expect(named('会不会还不如快捷酒店啊，号称五星的')).toEqual([]);
    expect(named('这家四星的价格跟如家差不多，但是房间大很多')).toEqual([]);
    expect(named('发短信不方便，不像三星那样好用')).toEqual([]);
    expect(named('一晚一千八，比很多五星级都贵，体验连四星都不如')).toEqual([]);
  });

  it('is misleading_promise when the hotel is said to have the face to claim it (还好意思挂三星)', () => {
    expect(types('浴缸发黄，床单有污渍，这样还好意思挂三星的牌子')).toContain('misleading_promise');
    expect(types('隔音差成这样，還好意思評四星')).toContain('misleading_promise');
    expect(named('三星的服务还好，意思到了')).toEqual([]);
  });

  it('is misleading_promise when the rating is scoffed at with 就这', () => {
    expect(types('五星级酒店就这服务？叫个人半天不来')).toContain('misleading_promise');
    expect(types('四星酒店的卫生就这？')).toContain('misleading_promise');
    expect(types('五星級飯店就這服務態度？')).toContain('misleading_promise');
  });

  it('is none by this rule when 就这 scoffs at nothing', () => {
    expect(named('四星就这样吧 还行')).toEqual([]);
    expect(named('五星级就这个价格 很划算')).toEqual([]);
    expect(named('五星级酒店就这点好 服务到位')).toEqual([]);
    expect(named('如果五星级就这服务 那还不如住快捷')).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForStarRatingBelied([], '号称五星，还不如快捷酒店', ['environment'])).toEqual([]);
  });

  it('reads the class as no praise: a star claim belied is a negative review', () => {
    for (const text of ['号称五星，还不如快捷酒店', '五星级酒店的标准，还不如如家']) {
      expect(classifier.classifySync({ text }).sentiment.label, text).toBe('negative');
    }
    expect(classifier.classifySync({ text: '五星好评' }).sentiment.label).toBe('positive');
  });
});
