import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: actual harm to health after eating is urgent; the customer's own illness told as why they ordered is not.
describe('harm told by the hospital, the drip, the fever or the skin', () => {
  it.each([
    ['点的烤鱼，吃完当晚就进了医院', '进了医院'],
    ['喝完这杯果茶半夜进了急诊', '进了急诊'],
    ['吃了他们家的凉菜，现在人在诊所吊水', '吊水'],
    ['一家人吃了这顿饭都在输液', '输液'],
    ['吃完虾之后喘不过气，嘴也肿了', '喘不过气'],
    ['吃完他家的外卖第二天发高烧，烧了两天', '发高烧'],
    ['吃了烧鹅手臂上起了一大片荨麻疹', '荨麻疹'],
    ['服务员倒汤的时候洒出来，把孩子烫得直哭', '把孩子烫'],
    ['吃完回去吐得一塌糊涂', '吐得一塌糊涂'],
  ])('is urgent: %s', (text, signal) => expectUrgentFor(text, 'harm to health', signal));

  it.each([
    '房间太闷了，闷得喘不过气',
    '看到床单上的污渍，恶心得喘不过气',
    '最近在输液，只能点点清淡的外卖',
    '医生让我吊水，顺路在医院旁边的酒店住了一晚',
    '老妈发高烧，只能取消了这次的预订',
    '吃之前碗筷用开水烫了一下',
  ])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});

describe('regulators by their full name or the hotline dialled', () => {
  it.each([
    ['已经投诉到市场监督管理局了，等他们上门检查', '市场监督'],
    ['我已经打了12345，看你们怎么解释', '打了12345'],
    ['这事我会去12345投诉', '12345投诉'],
  ])('is urgent: %s', (text, signal) => expectUrgentFor(text, 'regulator', signal));

  it.each(['房号12345，住着还行', '订单号后五位是12345'])('a number is no hotline: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});

describe('a foreign body by its hard or sharp names', () => {
  it.each([
    ['牛肉面里咬到一颗钢珠', '钢珠'],
    ['包子馅里吃出一根铁钉', '铁钉'],
    ['米线里夹着一个针头', '针头'],
  ])('is urgent: %s', (text, signal) => expectUrgentFor(text, 'foreign object', signal));

  it.each(['衣柜里的衣架上挂着一根铁钉', '针头大小的一个红点在墙上'])('not in food, not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});

describe("someone in the guest's room or things uninvited", () => {
  it.each([
    ['回来发现行李被翻过，拉链都开着', '行李被翻'],
    ['前台没敲门就让维修工擅自进入房间，我当时在洗澡', '擅自进入'],
    ['保安未经允许进了我们房间，说是查房', '未经允许进'],
  ])('is urgent: %s', (text, signal) => expectUrgentFor(text, 'personal-safety', signal));

  it.each(['行李箱很重，服务员帮我们拎上楼', '进房间前服务员先敲了门，很有礼貌'])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
