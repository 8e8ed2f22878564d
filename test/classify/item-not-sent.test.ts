import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForItemNotSent } from '../../shared/classify/item-not-sent.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['order_accuracy', 'delivery'];

describe('an item of the order not sent', () => {
  it('is order_accuracy', () => {
    expect(types('牛肉饭分量很足，就是汤也没送，只能干吃')).toContain('order_accuracy');
  });

  it('is none by this rule when the denial is a wish granted or describes something else', () => {
    expect(typesForItemNotSent([], '记得我不吃香菜，端上来的面没放香菜', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '早餐的面特意没放，细节满分', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '领我们去了一个连餐具都没放的空台', DEFAULT_TYPES)).toEqual([]);
  });

  it('is order_accuracy when the staff forgot what was ordered, beside a slow wait too', () => {
    expect(types('等了很久才上菜，还忘记给我们上汤')).toContain('order_accuracy');
    expect(types('上菜慢得要命 服務員還忘記我們點的飲料')).toContain('order_accuracy');
  });

  it('is none by this rule for a reminder or an item not forgotten', () => {
    expect(typesForItemNotSent([], '别忘了给我们点的菜加辣', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '服务员很细心，没忘记我们点的饮料', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '忘了带钥匙，前台帮我开了门', DEFAULT_TYPES)).toEqual([]);
  });

  it('is order_accuracy for the cutlery said missing with 没有 (吸管也没有, 没有筷子)', () => {
    for (const text of ['饮料洒了 吸管也没有', '没有筷子 没有纸巾 啥都没有', '连勺子都没有 怎么喝汤'])
      expect(typesForItemNotSent([], text, DEFAULT_TYPES).map((t) => t.type), text).toEqual(['order_accuracy']);
  });

  it('is order_accuracy when the denial comes before the item (没有送餐具, 没给筷子, 又没放酱)', () => {
    expect(types('没有送餐具，差评')).toContain('order_accuracy');
    for (const text of ['没给筷子', '没送米饭，只能干吃菜', '又没放酱'])
      expect(typesForItemNotSent([], text, DEFAULT_TYPES).map((t) => t.type), text).toEqual(['order_accuracy']);
  });

  it('is none by this rule for an offer or a promotion named after the denial (没有送饮料的活动)', () => {
    expect(typesForItemNotSent([], '这次没有送饮料的活动了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '备注了不要餐具，所以没给餐具', DEFAULT_TYPES)).toEqual([]);
  });

  it('is order_accuracy when fewer items came than were ordered, the shop blaming the courier or not (点了三个菜只来了两个)', () => {
    expect(types('点了三个菜只来了两个，还说是骑手弄丢了')).toContain('order_accuracy');
    expect(typesForItemNotSent([], '买了4杯奶茶只送了3杯', DEFAULT_TYPES).map((t) => t.type)).toEqual(['order_accuracy']);
    expect(typesForItemNotSent([], '点了两份只来了两份', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '点了两个人的量，只吃了一半', DEFAULT_TYPES)).toEqual([]);
  });

  it('is none by this rule where the customer asked for no cutlery', () => {
    expect(typesForItemNotSent([], '选了无需餐具 确实没有筷子', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '备注不要吸管 吸管也没有 很环保', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForItemNotSent([], '米饭也没送', ['delivery'])).toEqual([]);
  });
});

describe('a dish ordered at the table and never brought', () => {
  it('is order_accuracy when told inside a long satisfied review', () => {
    expect(types('同学聚会来的烤肉店，店员会帮忙烤，牛舌和五花肉都烤得刚好，冷面也爽口。套餐里的鸡腿肉吃到最后都没上，问了才知道漏单了。其他都挺满意，价格也实惠，下次还会来')).toContain('order_accuracy');
    expect(types('带爸妈来喝早茶，虾饺很鲜，凤爪软糯，榴莲酥也酥。就是点了九笼点心，剩下两笼等到我们结账都没上，服务员说后厨忙。整体还是推荐的，人均五十，老人家很喜欢')).toContain('order_accuracy');
  });

  it('holds for traditional characters', () => {
    expect(types('跟朋友來吃火鍋，湯頭很香，牛肉很新鮮，服務生也親切。只是點的蝦滑一直到吃完了都沒上，後來才說漏單，不過整體還是很滿意，會再來')).toContain('order_accuracy');
  });

  it('is order_accuracy by this rule for a dish short or left undone', () => {
    expect(typesForItemNotSent([], '结账的时候发现少上了一道菜', DEFAULT_TYPES).map((t) => t.type)).toEqual(['order_accuracy']);
    expect(typesForItemNotSent([], '问了服务员才说漏做了', DEFAULT_TYPES).map((t) => t.type)).toEqual(['order_accuracy']);
  });

  it('is order_accuracy by this rule for an item left out with 漏 (漏了一杯冻柠茶, 漏了我的饮料), not for a leak or a room missed', () => {
    for (const text of ['只是漏了一杯红茶', '又漏了我的饮料', '商家漏了我一份凉菜']) expect(typesForItemNotSent([], text, DEFAULT_TYPES).map((t) => t.type), text).toEqual(['order_accuracy']);
    for (const text of ['汤漏了一袋子', '奶茶漏了一杯子', '保洁漏了我们这间，下午补上了']) expect(typesForItemNotSent([], text, DEFAULT_TYPES), text).toEqual([]);
  });

  it('is none by this rule for the staff not coming, nothing left out, a fear, or something else never taken', () => {
    expect(typesForItemNotSent([], '叫服务员加水，到最后都没来', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '点了十几个菜，一个都没漏，服务员记性真好', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '人多的时候担心会不会漏单，结果没漏单', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '吃完了都没上过洗手间，环境很舒服', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemNotSent([], '天花板有点漏水，滴在桌上', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('a straw not sent, or things short again (吸管没给, 三次都少东西)', () => {
  it('is order_accuracy', () => {
    expect(classifier.classifySync({ text: '好吃，就是吸管没给，还好家里有' }).complaintTypes.map((t) => t.type)).toContain('order_accuracy');
    expect(classifier.classifySync({ text: '三次了！！三次都少东西！！' }).complaintTypes.map((t) => t.type)).toContain('order_accuracy');
  });

  it('is none by this rule for how many things (放不了多少东西) or a check for things missing (有没有少东西)', () => {
    expect(typesForItemNotSent([], '冰箱也很小，放不了多少东西', ['order_accuracy'])).toEqual([]);
    expect(typesForItemNotSent([], '查房查了半个小时，说是在检查有没有少东西', ['order_accuracy'])).toEqual([]);
  });
});
