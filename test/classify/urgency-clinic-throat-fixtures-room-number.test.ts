import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health, dangerous premises, theft and personal safety, and the authorities are urgent; an order
// short, a bunk bed's rail, a burnt dish and a remote dropped are not.
describe('a clinic by its department, a bone in the throat, fixtures failing, a room number given away, belongings short after a stay', () => {
  it.each([
    ['吃了他们家的凉面，第二天一早就挂了消化科的号', 'harm to health', '消化科'],
    ['老人喝了他们送的汤，嗓子眼卡了块骨头，到现在吞咽都疼', 'harm to health', '嗓子眼卡'],
    ['吃酸菜鱼卡了根鱼刺，折腾了一晚上', 'harm to health', '卡了根鱼刺'],
    ['浴室的暖风机烧了，满屋子都是塑料烧焦的味道', 'danger to safety', '塑料烧焦'],
    ['床头的插座半夜烧起来了，墙都黑了一块', 'danger to safety', '插座半夜烧起来'],
    ['阳台玻璃护栏有一块是裂的，一碰就晃', 'danger to safety', '护栏有一块是裂的'],
    ['卫生间的吊顶突然整个掉在马桶上', 'danger to safety', '吊顶突然整个掉'],
    ['前台把我的房号告诉了一个陌生男人，那人直接找上来了', 'personal-safety', '把我的房号告诉'],
    ['不知道谁泄露了我的房号，半夜有人打电话到房间', 'personal-safety', '泄露了我的房号'],
    ['退房回家发现少了一件羽绒服，酒店说没看到', 'personal-safety', '少了一件羽绒服'],
    ['我已经在12345市民热线登记了', 'regulator', '12345市民'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    // An order short is order accuracy; a bunk bed's rail; a burnt dish; a remote dropped.
    '快递到了发现少了一件衣服，客服说补发',
    '家庭房的上铺护栏是松的，不太放心',
    '烤鱼有点烧焦了，味道发苦',
    '空调遥控器掉在床底下，找了半天',
    // A throat sore from spice, a card stuck in the door.
    '太辣了，喉咙辣得难受',
    '房卡卡在门锁里拔不出来，叫了前台',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
