import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const urgent = (text: string) => classifier.classifySync({ text }).urgent;

// Found on the session-31 writers' hotel and food reviews before they were trained on.
it.each([
  // Which hotel the guest is in, known to telemarketers: a data leak, not someone who knows where the customer lives.
  '入住第二天就接到好几个推销电话，对方还知道我住在哪个酒店哪天退房，信息怎么泄露出去的？？以后不敢在这家订了',
  // The police dismissed as not worth calling.
  '房间门缝下面塞了好几张卡片，半夜还有人打电话问要不要服务，都什么年代了还搞这套，报警都嫌麻烦',
  // Animals taking snacks.
  'Nice resort in Langkawi, kids loved the beach. So many monkeys around the villa though, they stole our snacks off the balcony haha.',
  // Housekeeping opening the door by mistake is an intrusion the writers did not call urgent.
  'The do not disturb sign was ignored twice, someone opened the door with a key while I was asleep, said "oh sorry" and closed it again.',
])('%s: not urgent', (text) => {
  expect(urgent(text)).toBe(false);
});

it.each([
  'The night staff member kept knocking on my door after 11pm asking if I "needed anything". On the last night he used a key and opened the door.',
  'The room had a balcony with a waist-high railing you could climb over, on the 9th floor, with my 2 small kids.',
  '结账的时候我手机放桌上，一转身就被旁边经过的人顺走了，店里监控说坏了看不了',
  '鱼香肉丝里面吃出来一块塑料包装的碎片 联系商家 商家说可能是骑手的问题',
])('%s: urgent', (text) => {
  expect(urgent(text)).toBe(true);
});

it('reads a door forced by the hotel\'s own engineers as no break-in, and one forced by someone as one', () => {
  expect(urgent('我被关在卫生间里二十多分钟，工程部上来撬开门的时候，那个师傅还笑着说这个锁经常这样')).toBe(false);
  expect(urgent('回来发现房门被人撬开了 行李箱里的现金没了')).toBe(true);
  expect(urgent('前台说昨晚有人撬锁进了我房间')).toBe(true);
});
