import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** Harm told in the customer's own words rather than a listed phrase, and the near misses those words share. */
describe('urgency in the customer\'s own words', () => {
  it.each([
    '吃完他家的麻辣烫，肚子一直咕噜咕噜响，难受死了',
    '中午点的凉面，吃完胃里难受了一下午',
    '吃了两口酸菜鱼，没过多久肚子隐隐作痛',
    '昨晚吃的烤鱼，半夜拉了七八次，人都虚了',
    '吃了他家的生蚝，一晚上跑了好多趟厕所',
  ])('stomach trouble after eating is harm: %s', (text) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toMatch(/harm to health/);
  });

  it.each([
    '外卖等了两个小时，还没吃上饭，饿得肚子咕噜咕噜叫',
    '晚上上了两次厕所，马桶都冲不下去，太差了',
    '吃完要是肚子不舒服我一定找你们，菜太油了',
    '备注了微辣，吃了一口辣得胃不舒服，太难吃了',
  ])('hunger, spice, a supposition and a night\'s visits to the toilet are not: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it.each([
    '快递太粗暴了，纸箱一个角都摔伤了，差评',
    '质量太差，从桌上摔下，手机屏幕就花了，差评',
  ])('a fall of the goods is no injury: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it('a fall told of the customer holding the goods is', () => {
    expect(classify('我拿着手机下楼梯的时候在台阶上摔倒了，台阶上全是水，太差了').urgent).toBe(true);
  });

  it.each([
    '退房时还说我们把浴巾弄脏了要赔钱，态度非常恶劣',
    '退房的时候说我打碎了杯子，要赔钱，气死了，根本不是我弄的',
    '退房的时候说毛巾不见了要赔钱，明明就还在房间',
    '退房時櫃檯說遙控器壞了要我們賠，根本是本來就壞的',
    '查房说床单上有污渍，要赔两百，太离谱了',
  ])('the hotel charging the guest is not the guest demanding compensation: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it.each([
    '退房的时候发现行李箱被划坏了，要求酒店赔偿，前台一直推脱',
    '退房时我跟前台说手机充电器被保洁扔了，必须赔偿，太气人了',
  ])('the guest demanding compensation at check-out still is: %s', (text) => {
    expect(classify(text).urgent).toBe(true);
  });

  it.each([
    ['床上有臭虫，一晚上被咬了几十个包，痒得没法睡', true],
    ['院子里蚊子太多，吃个饭腿上被咬了十几个包', false],
    ['洗澡的时候碰了一下水龙头，被电了一下，手到现在还麻', true],
    ['接到诈骗电话，对方准确说出了我的订单号和地址，你们的信息怎么管的', true],
    ['最近诈骗电话太多了，这家店的客服电话还老打不通，差评', false],
    ['这本书太差了，身体不舒服还是该去医院，别信书上的偏方', false],
  ] as const)('bites counted, a shock, a scam call and a doctor advised, told as happened or not: %s', (text, urgent) => {
    expect(classify(text).urgent).toBe(urgent);
  });

  it.each([
    ['保洁打扫完房间，我放在桌上的耳机就没了，问前台说不知道', true],
    ['洗到一半热水就没了，打前台半天没人接', false],
    ['半夜有人拿房卡刷我的房门，还好挂了防盗链，吓死了', true],
    ['凌晨两点有人在门外拧我的门把手，一晚上没敢睡', true],
    ['房卡不灵，刷了好几次门才开，前台也不给换', false],
  ] as const)('a belonging gone and a stranger at the door, with their near misses: %s', (text, urgent) => {
    expect(classify(text).urgent).toBe(urgent);
  });

  it.each([
    ['骑手非要放门口，万一东西被偷了谁负责，态度太差了', false],
    ['住这种地方总担心行李被偷，前台也没人，太差了', false],
    ['饭洒了一地，骑手还骂人，你们打算如何赔偿，气死了', true],
  ] as const)('a loss feared, and compensation demanded as a question: %s', (text, urgent) => {
    expect(classify(text).urgent).toBe(urgent);
  });

  it.each([
    ['今晚电视台曝光了这个牌子的奶粉，太可怕了，再也不买', false],
    ['再不处理我就去电视台曝光你们，太恶心了', true],
    ['吃完的盒子都发霉了，我已经找了记者曝光，等着吧', true],
  ] as const)('an outlet exposing someone is news, the customer going to one is a threat: %s', (text, urgent) => {
    expect(classify(text).urgent).toBe(urgent);
  });

  it.each([
    ['不知道是不是不新鲜，吃完拉了，以后不点了', true],
    ['菜是馊的，吃了两口就觉得不对，晚上开始拉', true],
    ['吃完胃里一阵一阵的疼，肯定是肉不新鲜', true],
    ['吃完嘴唇肿了，明明备注了不要花生', true],
    ['床上有虫子在爬，身上被咬了好多包', true],
    ['浴室的玻璃门突然碎了，还好人没在里面', true],
    ['量太大了，吃完肚子撑得难受，下次点小份', false],
    ['差评商家就一直拉黑我，吃了一次亏', false],
  ] as const)('diarrhoea told by a bare 拉, a stomach ache told at length, swelling, bites, a shattered door: %s', (text, urgent) => {
    expect(classify(text).urgent).toBe(urgent);
  });

  it('the customer telling the service to pay stays a demand', () => {
    expect(classify('等了三个小时饭全凉了，我跟客服说我们必须赔钱，太恶心了').urgent).toBe(true);
  });
});
