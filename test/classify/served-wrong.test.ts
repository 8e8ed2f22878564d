import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForServedWrong } from '../../shared/classify/served-wrong.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForServedWrong([], text, ['order_accuracy']).map((t) => t.type);

// The guide: a wrong item is order_accuracy (送错); at the table it is served wrong (上成了, 放错桌, 搞混了).
describe('a dish served wrong at the table', () => {
  it('is order_accuracy, even in a long review praising the rest', () => {
    expect(types('來吃過好幾次了，小籠包皮薄餡多，湯汁很鮮。服務員上菜的時候把我們點的紅油抄手上成了清湯的，換了一份。總體還是好吃的，會繼續來。')).toContain('order_accuracy');
    expect(types('汉堡的肉饼很厚实，多汁；薯条现炸的很脆。服务：一般，上菜的时候把我们的可乐和隔壁的雪碧搞混了。性价比：人均七十，还可以。')).toContain('order_accuracy');
    expect(types('朋友生日，提前一周订的位。结果点的蛋糕被他们放错桌了，等我们发现的时候隔壁已经切了。')).toContain('order_accuracy');
  });

  it('is none by this rule for 马上, the customer’s own mix-up or a fear', () => {
    expect(ruleTypes('这家店马上成了网红店，排队的人超多')).toEqual([]);
    expect(ruleTypes('我把两家店的名字搞混了，不怪店家')).toEqual([]);
    expect(ruleTypes('菜品多，怕上错桌服务员每道都会核对桌号')).toEqual([]);
    expect(ruleTypes('一到晚上成了酒吧，很热闹')).toEqual([]);
  });
});

describe('a dish ordered that never came, the house saying at last it has none', () => {
  it('is order_accuracy', () => {
    expect(types('菜确实不错，糖醋排骨酸甜适中；鱼香茄子很下饭。但是我们点的一道干锅花菜一直没上，催了两次说马上，最后直接说没有了，也没早点告诉我们。希望改进。')).toContain('order_accuracy');
  });

  it('is none by this rule for a dish only slow, or one that came', () => {
    expect(ruleTypes('加的菜催了三次都没上，等了半个小时')).toEqual([]);
    expect(ruleTypes('甜品上得很快，服务员说今天的芒果卖完了换成了草莓')).toEqual([]);
  });
});
