import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();

/**
 * Hotel and food-delivery reviews of our own that both praise and find fault, short to long: the
 * label follows what the customer concludes, and the fault a satisfied customer names keeps its type.
 */
const SATISFIED_WITH_A_FLAW: [text: string, type: string][] = [
  ['房间挺干净的，就是有点吵。', 'environment'],
  ['停车不方便，要停在对面的商场。房间还行，干净整洁，早餐丰富，服务员很热情。给四星，扣一星是因为停车。', 'environment'],
  ['虽然等了四十分钟才送到，汤也有点洒了，但是味道真的很好，分量足，还会再点。', 'delivery'],
  ['外卖到的时候有点凉了，米饭偏硬，但是菜的味道很正宗，老板还送了饮料，总体不错，推荐。', 'delivery'],
  ['送得慢了点，饭有点凉，但老板人很好，还主动打电话道歉，味道也不错，还会回购的。', 'delivery'],
  ['辣子鸡有点咸，鱼香肉丝偏甜，不过整体味道还可以，量很大，两个人吃不完，价格也实惠，会回购。', 'product_quality'],
  ['房间有点小，卫生间也旧了，空调声音有点大，不过价格便宜，位置方便，前台态度很好，总的来说性价比还可以，出差住挺合适。', 'environment'],
  ['酒店设施有些老旧，地毯有点味道，热水要放一会儿才来。不过床品很干净，服务员很热情，位置在市中心，去哪都方便。整体还行，会推荐给朋友。', 'environment'],
  ['酒店位置很方便，离地铁站走路五分钟。前台小姐姐办入住很快，房间干净，床也舒服。就是隔音差了点，晚上能听到走廊有人说话，早餐品种也少。总体满意，下次来还住这里。', 'environment'],
  ['第一次住这家，入住时等了一会儿，前台人手不够。房间不大但很干净，床很软，洗漱用品齐全，窗外风景很好。早餐一般般，种类不多。价格合理，交通方便，总的来说不错，以后还会选择。', 'responsiveness'],
];

const DISSATISFIED_WITH_ONE_PRAISE: [text: string, type: string][] = [
  ['牛肉面汤头不错，就是面太软了，牛肉只有两片，差评', 'product_quality'],
  ['味道还行，但是分量太少了，二十多块钱就这么一点，还送了一个多小时，不值。', 'product_quality'],
  ['包装还可以，但是菜难吃，又油又咸，而且漏了一袋子汤，和图片差太多了。', 'product_quality'],
  ['骑手送得挺快，但是这家店的菜太难吃了，鸡肉不新鲜，有股怪味，吃了两口就扔了，以后不会再点。', 'product_quality'],
  ['送的挺快，但是少送了一份饮料，联系商家说补送，等了一个小时也没来，客服也不管，太失望了。', 'order_accuracy'],
  ['包装挺好的，可是菜全凉了，米饭夹生，红烧肉咸得没法吃，给商家打电话也不接，不推荐。', 'product_quality'],
  ['房间还算干净，但是隔音太差了，整晚都能听到隔壁说话，前台说换房也没有房了，睡得很差，不会再住。', 'environment'],
  ['早餐还可以，其他都不行，房间有烟味，毛巾发黄，电视打不开，找了两次前台都没人管，千万别住。', 'environment'],
  ['位置倒是挺好的，离景点近，但是房间又小又脏，床单上有头发，空调还坏了，前台说修也一直没人来，再也不会住了。', 'environment'],
  ['前台小哥人不错，可惜酒店太让人失望了：房间比图片上小一半，卫生间漏水，半夜楼上装修吵得要死，退房还多收了一百块押金。不会再来。', 'environment'],
];

describe('mixed hotel and food-delivery reviews', () => {
  it.each(SATISFIED_WITH_A_FLAW)('satisfied with a flaw: %s', (text, type) => {
    const result = classifier.classifySync({ text });
    expect(result.sentiment.label).toBe('positive');
    expect(result.complaintTypes.map((t) => t.type)).toContain(type);
  });

  it.each(DISSATISFIED_WITH_ONE_PRAISE)('dissatisfied with one praise: %s', (text, type) => {
    const result = classifier.classifySync({ text });
    expect(result.sentiment.label).toBe('negative');
    expect(result.complaintTypes.map((t) => t.type)).toContain(type);
  });

  // Misses kept in view: a return promised after 不过 (the clause weighs 0.6, and 会继续 is no verdict
  // word: adding return words as verdicts cost shopping and written dev); a star count with no lexicon weight.
  it.todo('satisfied with a flaw: 送餐慢，菜有点咸，米饭少了点，不过老店了，味道没变，还是会继续支持。');
  it.todo('dissatisfied with one praise: 酸菜鱼还行，就是鱼片太少了，全是豆芽，给一星');
});
