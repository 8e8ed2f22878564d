import { describe, expect, it } from 'vitest';
import { closingLetdown } from '../../shared/classify/closing-letdown.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('a review closing on a letdown (其他再好也白搭, 没有想象中好)', () => {
  it('is negative however much praise came first', () => {
    expect(
      sentiment('早餐品种挺多的，服务员也很热情，房间装修风格我也喜欢。就是隔音实在太差了，隔壁情侣吵架吵到半夜，一整晚基本没怎么睡。出来旅游就是为了休息好，这一点做不到其他再好也白搭。'),
    ).toBe('negative');
    expect(sentiment('整体还行吧，位置好，前台服务也不错，就是房间里有股烟味，卫生间的门关不严。价格偏贵，一般般吧，没有想象中好。')).toBe('negative');
  });

  it('reads the last clause only, and not a letdown denied or supposed', () => {
    expect(closingLetdown('位置再好也没用')).toBe('再好也没用');
    expect(closingLetdown('本来担心没有想象中好，结果很满意')).toBeUndefined();
    expect(closingLetdown('比想象中好太多了')).toBeUndefined();
    expect(closingLetdown('如果隔音不好，其他再好也白搭')).toBeUndefined();
  });

  it('is negative when the last clause judges the whole poor after praise and a fault after 就是 (整体不太满意, 有点后悔订这家)', () => {
    const body = '位置很好，前台也热情，房间装修挺新的，就是隔音很差，晚上走廊有人说话都听得见，热水要放很久。';
    for (const close of ['整体不太满意。', '体验不太好。', '不会推荐给朋友。', '有点后悔订这家。', '真心不推荐。', '失望。', '只能给两星。', '性价比不高。', '以后出差换别家。']) expect(sentiment(body + close), close).toBe('negative');
    expect(closingLetdown(`${body}后悔没早点来住。`)).toBeUndefined();
    expect(closingLetdown('黑椒蒸肥牛味道不好，不推荐。')).toBeUndefined();
    expect(closingLetdown('感觉一般，不推荐也不反对。')).toBeUndefined();
    expect(closingLetdown('今次唯一美中不足是早餐，奶茶淡到似水，好失望')).toBeUndefined();
  });
});
