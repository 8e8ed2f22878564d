import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForChargeDemanded, typesForSumDeducted } from '../../shared/classify/charge-demanded.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['price_billing', 'after_sales'];

describe('a sum demanded of the customer', () => {
  it('is price_billing', () => {
    expect(types('早餐丰盛，孩子玩得很开心。退房时说少了一个衣架，要赔五十块，后来在柜子里找到了')).toContain('price_billing');
    expect(types('房间很大很干净，就是退房查房说浴巾少了一条，要我们赔一百，最后在浴室找到了')).toContain('price_billing');
  });

  it('is none by this rule when the customer demands it or the business offers it', () => {
    expect(typesForChargeDemanded([], '菜里有头发，我要赔偿五百', DEFAULT_TYPES)).toEqual([]);
    expect(typesForChargeDemanded([], '商家道歉了，还说赔一百块', DEFAULT_TYPES)).toEqual([]);
  });

  it('is none in a question that states no problem', () => {
    expect(types('请问入住要收一百元押金吗？')).not.toContain('price_billing');
  });

  it('is price_billing when something of the stay is charged on top', () => {
    for (const text of [
      '车位少得可怜 居然还收停车费',
      '自助早餐要另外付钱 前台办入住时一个字都没提',
      '想加一张小床 说得另付一百五',
      '晚退房一个小时就要加钱 太抠了',
      '泳池和健身房都要單獨收費',
      '房间倒是挺干净 就是拖鞋和牙刷都要单独买',
      '小朋友的早餐也要钱 前台说一位五十八',
      '带狗入住要多交三百 网上没写',
      '房费不含早 想吃得自己掏钱',
    ]) expect(types(text), text).toContain('price_billing');
  });

  it('is none by this rule when the charge is denied, supposed or asked about', () => {
    for (const text of ['停车不用另外付钱 早餐也含了', '如果要加钱就算了 我们自己带了', '会不会另外收费啊 带了一只小狗', '早餐不需要单独买 房费里都包了', '早餐免费 停车也不要钱', '不用自己掏钱 全包了', '我还要钱包里的房卡']) {
      expect(typesForChargeDemanded([], text, DEFAULT_TYPES), text).toEqual([]);
    }
    expect(types('请问停车要另外付费吗？')).not.toContain('price_billing');
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForChargeDemanded([], '退房时要赔两百', ['after_sales'])).toEqual([]);
  });
});

// The guide: price_billing covers unexpected fees.
describe('an unexpected fee demanded with no sum told', () => {
  it('is price_billing, the satisfied review staying positive', () => {
    for (const text of [
      '房间挺大也干净，早餐不错。就是想晚两个小时退房，前台说要加钱，有点扫兴，别的都满意',
      '酒店位置很好，服务员也热情，可是连用一下健身房都要收费，别家都是免费的，总体还是推荐',
      '想换一间不临街的房间，前台居然说得加钱才能换，住得不太开心',
      '點了一份炒飯，打包盒也要收錢，第一次見',
    ]) expect(types(text), text).toContain('price_billing');
    expect(classifier.classifySync({ text: '房间挺大也干净，早餐不错。就是想晚两个小时退房，前台说要加钱，有点扫兴，别的都满意' }).sentiment.label).toBe('positive');
  });

  it('is none when the fee is denied, supposed, asked about or merely stated', () => {
    for (const text of [
      '延迟退房到下午两点，不需要加钱，前台很爽快',
      '如果要加钱的话就算了，结果前台直接免费给升级了',
      '请问停车也要收费吗',
      '早餐另外收费，一位三十八',
    ]) expect(typesForChargeDemanded([], text, DEFAULT_TYPES), text).toEqual([]);
  });
});

// The guide: price_billing covers overcharging and unexpected fees; a sum taken off is one.
describe('a sum taken off the customer or demanded as a bare figure', () => {
  it('is price_billing', () => {
    for (const text of [
      '晚了二十分钟退房 扣我半天房费 没人提醒',
      '房卡丢了直接扣了五十',
      '离店时前台说要收80',
      '逾時退房直接扣我300',
      '才晚退四十分钟 前台直接扣了半天房费',
      '晚一點退房就被扣了半天房費',
    ]) expect(types(text), text).toContain('price_billing');
  });

  it('is none by this rule when nothing was taken, or the sum is no money', () => {
    for (const text of [
      '经理说算了 不扣了',
      '晚退了半小时 前台没扣我房费 很通情达理',
      '付款页面卡住了 钱扣了订单没生成',
      '扣了两次才退回一次',
      '五星扣一星是因为早餐一般',
      '如果超时就扣半天房费 前台提前说了',
    ]) expect(typesForSumDeducted([], text, DEFAULT_TYPES), text).toEqual([]);
    expect(typesForChargeDemanded([], '要收拾10分钟才能入住', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('a charge told with 又 (到了又要收钱)', () => {
  it('is price_billing', () => {
    expect(types('宠物友好酒店 结果带狗又要收钱')).toContain('price_billing');
    expect(types('不是说好免费接站吗 到了又要收钱')).toContain('price_billing');
  });

  it('is none when denied or supposed', () => {
    for (const text of ['前台说续住不会又要收钱 放心住', '如果又要收费就算了']) expect(typesForChargeDemanded([], text, DEFAULT_TYPES), text).toEqual([]);
  });
});

describe('the customer made to pay again (到店又让付一次)', () => {
  it('is price_billing', () => {
    expect(types('预订的时候付了钱，到店又让付一次')).toContain('price_billing');
    expect(typesForChargeDemanded([], '房费早就付过了，退房前台又要我再交一遍', DEFAULT_TYPES).map((t) => t.type)).toEqual(['price_billing']);
  });

  it("is none by this rule for the app's own prompt to pay again, or paying again by choice", () => {
    for (const text of ['付款的时候钱已经扣了，又弹窗让我再付一次', '第一次没付成功，我又付了一次就好了']) expect(typesForChargeDemanded([], text, DEFAULT_TYPES), text).toEqual([]);
  });
});

describe('a named fee charged even for this too (小孩也要收早餐费)', () => {
  it('is price_billing', () => {
    expect(types('小孩也要收早餐费')).toContain('price_billing');
  });

  it('is none when the fee is waived', () => {
    expect(typesForChargeDemanded([], '小孩也不收早餐费，很贴心', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('change given short at the till (少找了五块钱)', () => {
  it('is price_billing beside praise', () => {
    expect(types('这家店整体不错，招牌菜都很好吃，环境也挺舒服。就是找零的时候少找了五块钱。')).toContain('price_billing');
    expect(typesForSumDeducted([], '结账找零也算错了，后来补给我们了', DEFAULT_TYPES).map((t) => t.type)).toEqual(['price_billing']);
  });

  it('is none by this rule when denied', () => {
    expect(typesForSumDeducted([], '老板很实在，找零一分不少', DEFAULT_TYPES)).toEqual([]);
    expect(typesForSumDeducted([], '没有少找钱，很诚信', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('a fee charged on top told with 被, or a monthly deduction', () => {
  it('is price_billing', () => {
    expect(typesForChargeDemanded([], '在驿站放了一个星期我才知道，还被收了滞留费', ['price_billing']).map((t) => t.type)).toEqual(['price_billing']);
    expect(typesForSumDeducted([], '广告上写的月租19元，办下来每个月扣49', ['price_billing']).map((t) => t.type)).toEqual(['price_billing']);
  });
});

describe('a fee put on the customer on top (还让我付过路费, 手机要另外分期付款)', () => {
  it('is price_billing', () => {
    expect(typesForChargeDemanded([], '网约车司机非要走高速，还让我付过路费，我根本没同意', ['price_billing']).map((t) => t.type)).toEqual(['price_billing']);
    expect(typesForChargeDemanded([], '营业厅说办这个套餐送手机，结果手机要另外分期付款', ['price_billing']).map((t) => t.type)).toEqual(['price_billing']);
    expect(typesForSumDeducted([], '司机到了不打电话，等了两分钟就取消订单还扣我费', ['price_billing']).map((t) => t.type)).toEqual(['price_billing']);
  });

  it('is none by this rule for a fee the customer chose to pay', () => {
    expect(typesForChargeDemanded([], '我自己付了过路费，司机人很好', ['price_billing'])).toEqual([]);
  });
});
