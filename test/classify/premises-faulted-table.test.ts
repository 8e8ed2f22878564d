import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPremisesFaulted } from '../../shared/classify/premises-faulted.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForPremisesFaulted([], text, ['environment', 'service_attitude']).map((t) => t.type);

describe('the tableware unwashed, the last party’s mess on the table, or the seats cramped (餐具没洗干净, 上一桌的残渣, 座位又硬又挤)', () => {
  it('is environment when buried in a long review of the dishes', () => {
    expect(types('下班和同事来的，位置好找。招牌鸡公煲很入味，鸡肉嫩，土豆吸满了汤汁，米饭可以免费加。就是杯子好像没洗干净，杯口有一圈茶渍印子，让服务员换了一个。价格实惠，人均四十多，还会再来。')).toContain('environment');
    expect(types('周末带娃来吃的，等了十分钟有位。坐下发现桌上还有上一桌的骨头和汤汁，阿姨过来抹了一把就走了。糖醋排骨酸甜适中，清蒸鲈鱼很鲜，孩子很喜欢蛋羹。人均六十，整体不错。')).toContain('environment');
    expect(types('朋友生日来的，烤肉的品质很好，牛舌和五花肉都烤得香，冷面也爽口。服务员会帮忙烤，很省心。唯一不好的是座位太挤了，过道只能侧身过，中间想去洗手间要让两个人起身。人均一百二，推荐。')).toContain('environment');
  });

  it('is environment in traditional characters too', () => {
    expect(types('週末跟家人來吃飯，燒鵝皮脆肉嫩，叉燒甜而不膩，乾炒牛河也香。可惜碗盤都沒洗乾淨，杯子上還有口紅印，換了一套才敢用。價錢公道，服務員也親切，整體還是推薦的。')).toContain('environment');
    expect(types('排了二十分鐘入座，牛肉麵湯頭濃郁，牛肉大塊軟嫩，滷味也入味。就是桌面還是油乎乎的，擦了也沒用，手都不敢放上去。一碗一百五，值得再來。')).toContain('environment');
  });

  it('is none by this rule when the tableware is said clean, the mess denied, a bowl only counted, or the fault supposed', () => {
    expect(ruleTypes('餐具都是消毒过的，很干净，菜也好吃')).toEqual([]);
    expect(ruleTypes('碗里没有水渍，洗得很干净')).toEqual([]);
    expect(ruleTypes('点了一碗牛肉面，汤上漂着一层辣油，很香')).toEqual([]);
    expect(ruleTypes('如果餐具不干净我们是不会再来的，这家还可以')).toEqual([]);
    expect(ruleTypes('座位很宽敞，沙发也软，坐着舒服')).toEqual([]);
  });
});

describe('the air of the place smoky or unventilated (通风太差, 油烟很大)', () => {
  it('is environment beside praise of the dishes', () => {
    expect(types('同事聚餐选的这家川菜，水煮鱼鱼片嫩，辣子鸡香，服务员也热情，上菜快。就是通风太差了。人均八十，还会再来。')).toContain('environment');
    expect(types('新开的烧烤店，羊肉串肥瘦相间，烤馒头片也香，老板很实在。只是店里油烟很大。价格便宜，推荐。')).toContain('environment');
    expect(types('鐵板燒的師傅手藝很好，和牛入口即化，服務也周到。可惜店裡煙太大了。人均五百，偶爾來一次可以。')).toContain('environment');
  });

  it('is none by this rule for a lively place, little smoke, or a fault only supposed', () => {
    expect(ruleTypes('烟火气很重，很热闹，菜也好吃')).toEqual([]);
    expect(ruleTypes('油烟不大，吃完身上也没味道')).toEqual([]);
    expect(ruleTypes('如果通风太差就不好了，还好这家不会')).toEqual([]);
    expect(ruleTypes('通风很好，排烟也给力')).toEqual([]);
  });
});
