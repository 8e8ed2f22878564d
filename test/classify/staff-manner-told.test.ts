import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe("staff's manner told by what they said back (吃不惯别来, 你也要计较, 你闻错了吧)", () => {
  it('is service_attitude, beside the fault the retort answered', () => {
    for (const text of [
      '让帮忙叫个车，门童说"自己叫，我又不是你司机"。',
      '嫌菜咸让换一下，老板说"我们家一直这个口味，吃不惯别来"。',
      '前台在我面前跟同事说"这人事儿真多"，当我听不见？',
      '问商家能不能开发票，回了句「自己找平台」就没音了',
      '备注了不要香菜，结果满满一层，打电话问，老板说"香菜又不贵"',
      '鸡腿是生的，打电话给老板说是我不会吃，无语',
      '早餐的炒面咸到发苦 跟服务员说 她说别人都觉得刚好',
      '反映马桶漏水，维修师傅来了说"这种老楼都这样，凑合用吧"。',
    ]) {
      expect(types(text), text).toContain('service_attitude');
    }
    expect(types('打电话给商家说漏了一份米饭，老板说"米饭两块钱你也要计较"。')).toEqual(expect.arrayContaining(['order_accuracy', 'service_attitude']));
    expect(types('跟前台说房间有烟味，她吸了吸鼻子说"没有啊，你闻错了吧"。')).toEqual(expect.arrayContaining(['environment', 'service_attitude']));
  });

  it('is none for the customer\'s own words, a denial of the fault (labelled after_sales), or a reply in a review not negative', () => {
    for (const text of [
      '味道挺好的，就是送来全是汤，下回自己去店里吃',
      '吃出一块塑料片，差点咽下去，店家还说不可能',
      '空调不制冷，报修了说师傅下班了明天再说',
      '老板说今天的虾不新鲜就别点了，推荐了别的，冲这份实诚会再来',
      '淋浴的水压小得可怜 跟前台说了说老楼都这样',
      '打电话给店里，经理说一天卖几百份别人都没事，拒绝任何赔偿。',
    ]) {
      expect(types(text), text).not.toContain('service_attitude');
    }
  });
});

describe("staff's manner told by a gesture or an act (手往后一指就走了, 还在刷抖音)", () => {
  it('is service_attitude', () => {
    for (const text of [
      '问电梯在哪，保安手往后一指就走了，我绕了一大圈才找到。',
      '晚上要个被子 说马上送 一个小时后我自己下去拿的 前台还在刷抖音',
      '空调遥控没电，叫人送电池，服务员进来往床上一丢就走了。',
      '打车到了酒店门口,门童看都不看一眼,自己拖着两个大箱子上台阶.五星级酒店就这服务?',
      '服务员把菜单甩在桌上',
      '嫌我们点得少，服务员摔盘子',
      '行李员把我的箱子直接扔在地上，拉杆都摔坏了',
    ]) {
      expect(types(text), text).toContain('service_attitude');
    }
  });

  it('is none for the customer\'s own phone, guests sighing, or a rider tossing the bag (the trip\'s fault)', () => {
    for (const text of [
      '电视没有声音 打电话给前台说马上派人来看 等到十一点也没人来 最后只能刷手机睡觉',
      '前台就一个人 排了快半个小时队 后面的人都在叹气',
      '骑手把外卖往门口地上一扔就走了 门都没敲 我出门差点一脚踩上去',
    ]) {
      expect(types(text), text).not.toContain('service_attitude');
    }
  });
});
