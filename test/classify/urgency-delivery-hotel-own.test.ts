import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** Short food-delivery and hotel reviews written for these tests: ten urgent, ten near misses with the same words. */
describe('urgency in short food-delivery and hotel reviews', () => {
  it.each([
    '米线吃到一半，碗底捞出一个烟头，恶心死了',
    '点的凉拌鸡，吃完一家三口都肚子难受，晚上还去了诊所',
    '昨晚吃了他家的寿司，今天胃里一直翻腾，吐了两次',
    '汉堡里咬到一根钢丝，嘴里划破了',
    '奶茶喝完浑身起疹子，店里说没放芒果，明明备注了过敏',
    '外卖小哥送完餐一直发微信骚扰我，问我是不是一个人住',
    '放在房间桌上的手表不见了，只有打扫的阿姨进来过',
    '卫生间插座一插吹风机就冒火花，太吓人了',
    '浴室没有防滑垫，我妈洗完澡滑倒了，腰到现在还疼',
    '吃完一直拉肚子，找商家要说法直接不回，已经打了12315',
  ])('urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(true);
  });

  it.each([
    '菜里有根头发，跟商家说了给退了一半',
    '送来的时候汤洒了一半，袋子里全是油',
    '辣得我直冒汗，但是真好吃，下次还点',
    '房间有点小，窗外施工太吵，睡不好头疼',
    '空调遥控器不见了，打电话让前台送了一个',
    '前台说押金要三天才退，有点麻烦',
    '骑手送错了楼，等了二十分钟才拿到，饭都凉了',
    '晚上上了三次厕所，隔壁卫生间的水声一直响',
    '要是有防滑垫就好了，浴室地面有点滑',
    '卫生间的门锁不上，洗澡很不方便',
  ])('not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
