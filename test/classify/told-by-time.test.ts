import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('the desk slow, told by the time its procedure took (入住办了半小时)', () => {
  it('is responsiveness whichever way the procedure and the time are put', () => {
    expect(types('入住办了半小时，前面就俩人')).toContain('responsiveness');
    expect(types('从进门到拿到房卡，用了三十五分钟')).toContain('responsiveness');
    expect(types('退个房磨了快四十分钟')).toContain('responsiveness');
    expect(types('入住拖了一个小时，说房间还在打扫')).toContain('responsiveness');
    expect(types('入住手续办了整整二十五分钟，孩子都睡着了')).toContain('responsiveness');
  });

  it('reads 快 before a time as nearly, not quick', () => {
    expect(types('办理退房花了快四十分钟')).toContain('responsiveness');
    expect(types('办个check in前前后后折腾了快一个钟')).toContain('responsiveness');
  });

  it('leaves a procedure said quick, or named where no time is told of it', () => {
    expect(types('入住办得很快，五分钟就好了')).not.toContain('responsiveness');
    expect(types('房间很大很干净，入住办理在另一栋楼，找了半天才找到')).not.toContain('responsiveness');
  });
});

describe('dishes at the table told slow by the time they took (一份饺子上了四十五分钟)', () => {
  it('is responsiveness', () => {
    expect(types('一份饺子上了四十五分钟，还是冻的夹生')).toContain('responsiveness');
    expect(types('酒店餐厅点个早餐，上了半个多小时')).toContain('responsiveness');
    expect(types('整整一个钟头才上了三个菜，其余的退了')).toContain('responsiveness');
  });

  it('leaves 上了 with no time, and a courier who came up only then', () => {
    expect(types('老板上了年纪，人很好')).not.toContain('responsiveness');
    expect(types('骑手提前点了已送达 打电话说马上马上 又过了二十分钟才上楼 面都坨了')).not.toContain('responsiveness');
  });
});

describe('a request made again and again before it was met (问了三遍才给拿毛巾)', () => {
  it('is responsiveness', () => {
    expect(types('问了三遍才给拿毛巾')).toContain('responsiveness');
    expect(types('一瓶矿泉水要了三回')).toContain('responsiveness');
    expect(types('饮料要了三遍才端上来')).toContain('responsiveness');
    expect(types('吹风机不出热风，报了两回，到走都没换')).toContain('responsiveness');
    expect(types('打了五个电话前台才有人接')).toContain('responsiveness');
  });

  it('is none where nothing was asked of the business, or the courier or an invoice was', () => {
    for (const text of ['好吃好吃好吃，重要的事情说三遍', '每周都要点两三次，甜度刚好', '马桶冲水力度太小，要冲两次', '就是语音识别有时候听不懂方言，说三遍才开灯', '骑手找不到路 打了三个电话才送到', '发票要了三次都没给开']) {
      expect(types(text), text).not.toContain('responsiveness');
    }
  });

  it('leaves a thing said again and done wrong to the order', () => {
    expect(types('说了三遍不要辣，还是放了辣')).not.toContain('responsiveness');
  });
});

describe('a request the house promised with a time and kept late or not at all (前台说马上送拖鞋，到第二天都没见着)', () => {
  it('is responsiveness', () => {
    expect(types('前台说马上送拖鞋，到第二天都没见着')).toContain('responsiveness');
    expect(types('加床说晚上八点前送到，十点半才来')).toContain('responsiveness');
    expect(types('说半小时后来打扫，我们逛了一下午回来还没弄')).toContain('responsiveness');
  });

  it('is none when kept at once, or when the time said is a charge (说超过十二点要加收半天房费)', () => {
    expect(types('前台说马上送拖鞋，两分钟就送来了')).not.toContain('responsiveness');
    expect(types('十二点零五分退的房，前台说超过十二点要加收半天房费')).not.toContain('responsiveness');
  });
});

describe('the hot water or the heating slow to warm, told by how long it ran (热水要放五分钟才热)', () => {
  it('is environment', () => {
    expect(types('热水要放五分钟才热，别的都好')).toContain('environment');
    expect(types('洗澡水等了一刻钟才热')).toContain('environment');
    expect(types('淋浴放了足足十分钟，出来全是凉水')).toContain('environment');
    expect(types('暖气开了两个小时屋里还是冷')).toContain('environment');
  });
});

describe('a complaint left unhandled for days (投诉房间有虫，一周了都没人理)', () => {
  it('is after_sales, the days told no faint slowness of the business besides', () => {
    expect(types('投诉房间有虫，一周了都没人理')).toContain('after_sales');
    expect(types('投诉没热水，酒店三天都没回个话')).toContain('after_sales');
    expect(types('投诉了一周没人理')).toEqual(['after_sales']);
  });
});

describe('the business quick, told by the minutes it took (两分钟就办完了, 商家秒接单)', () => {
  it('is praise, though the model learnt minutes from waits', () => {
    expect(sentiment('晚上十一点到，两分钟就办完了')).toBe('positive');
    expect(sentiment('商家秒接单，骑手十分钟就到店了')).toBe('positive');
    expect(sentiment('wifi秒连，开会一整天没断过')).toBe('positive');
    expect(sentiment('众安的退保很干脆，线上申请，当天就退了剩余保费，没有任何刁难。')).toBe('positive');
  });
});

describe('a takeaway told slow by the time from the order to the meal (从下单到送到，整整用了两个钟)', () => {
  it('is delivery', () => {
    expect(types('从下单到送到，整整用了两个钟')).toContain('delivery');
    expect(types('下单耗了我一个半小时才吃上饭')).toContain('delivery');
    expect(types('周日中午点的，下午三点才送来')).toContain('delivery');
  });

  it('is none for a quick one, or a wait at the shop before the meal', () => {
    expect(types('骑手小哥也超快 下单到送达不到半小时 已经三刷了')).not.toContain('delivery');
    expect(types('到店以后店员扫码扫了好几次都显示券码无效 订单显示未使用 来回折腾了四十多分钟才吃上')).not.toContain('delivery');
  });
});

describe('the business slow to reply, told by how long (客服回复要等两天, 微信隔半天才回)', () => {
  it('is responsiveness', () => {
    expect(types('客服回复要等两天，问个早餐时间都这样')).toContain('responsiveness');
    expect(types('问个早餐时间，微信隔半天才回')).toContain('responsiveness');
  });

  it('is none for a booking slow to confirm or a way back to bed', () => {
    expect(types('在飞猪订的，付完款一直显示待确认，两个小时才确认')).not.toContain('responsiveness');
    expect(types('凌晨三点火警铃响了，结果说是误报，折腾一个小时才回去睡')).not.toContain('responsiveness');
  });
});
