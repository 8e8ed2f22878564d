import { seededRandom } from '../../scripts/seeded-random.ts';
import { deriveFeedbackId, type Channel, type FeedbackEvent } from '../../shared/event.ts';

/**
 * A deterministic, realistic month of mixed-channel feedback for digest tests, the browser
 * check and the benchmark: Chinese and English, praise, questions and complaints of several
 * types, personal data inside some texts (to be masked), CSAT and NPS answers on web and email,
 * recurring customers, and a delivery spike in the last week.
 */
const COMPLAINTS = [
  '快递太慢了，等了一个星期还没到，物流信息也不更新。',
  '配送员把包裹放在门口就走了，东西丢了，太气人了。',
  '外卖送到的时候已经凉了，送餐超时四十分钟。',
  'Delivery was late again, the parcel arrived three days after the promised date.',
  '收到的衣服质量太差，洗了一次就掉色起球。',
  '耳机用了两天就坏了，质量问题太严重。',
  'The blender stopped working after one week, poor quality.',
  '客服态度很差，问了三遍都爱答不理。',
  'The staff at the counter were rude and rolled her eyes at me.',
  '同一笔订单被扣款两次，到现在还没退款。',
  'I was charged twice for the same order and nobody refunds me.',
  '申请退货一个月了还没处理，售后电话一直打不通。',
  'App 一直闪退，登录不上，付款页面卡死。',
  'The app keeps crashing when I try to pay.',
  '发错货了，我买的是蓝色的，收到的是红色的，还少了一件。',
];
const PRAISE = [
  '非常满意，客服小王很耐心，谢谢！',
  '东西很好，物流也快，下次还会再来。',
  'Great service, the courier was friendly and fast. Thank you!',
  'Love the new menu, everything was delicious.',
  '包装很用心，质量超出预期，好评。',
];
const NEUTRAL = [
  '请问你们周末营业吗？',
  '想咨询一下会员积分怎么使用。',
  'Do you ship to Hong Kong?',
  '请问发票怎么开？',
];
const PERSONAL_DATA = [
  '我的手机号 13912345678，请尽快联系我。',
  '联系邮箱 li.lei@example.com',
  '身份证号 11010119900307123X 的订单',
  '卡号 6222 0212 3456 7890 123 被扣了两次',
  'Call me on +86 139 1234 5678 please.',
];
const CHANNELS: Channel[] = ['web', 'email', 'wechat', 'sms'];

export interface SeedOptions {
  /** Last day of the month (YYYY-MM-DD, in Asia/Shanghai). */
  lastDay: string;
  days?: number;
  perDay?: number;
  customers?: number;
  seed?: number;
}

export function seedMonthEvents({ lastDay, days = 30, perDay = 24, customers = 80, seed = 7 }: SeedOptions): FeedbackEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const events: FeedbackEvent[] = [];
  for (let dayIndex = 0; dayIndex < days; dayIndex += 1) {
    const day = shift(lastDay, dayIndex - days + 1);
    const inLastWeek = dayIndex >= days - 7;
    const count = perDay + Math.floor(random() * perDay * 0.5) - Math.floor(perDay * 0.25);
    for (let index = 0; index < count; index += 1) {
      const channel = pick(CHANNELS);
      const customer = Math.floor(random() ** 1.6 * customers);
      const roll = random();
      let text =
        inLastWeek && roll < 0.12
          ? pick(COMPLAINTS.slice(0, 4))
          : roll < 0.45
            ? pick(COMPLAINTS)
            : roll < 0.8
              ? pick(PRAISE)
              : pick(NEUTRAL);
      if (random() < 0.15) text = `${text} ${pick(PERSONAL_DATA)}`;
      const minute = Math.floor(random() * 24 * 60);
      const receivedAt = `${day}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00+08:00`;
      const negative = COMPLAINTS.includes(text.split(' ')[0] ?? '') || roll < 0.45;
      const rated = (channel === 'web' || channel === 'email') && random() < 0.5;
      events.push({
        schemaVersion: 1,
        feedbackId: deriveFeedbackId('seed', `${seed}:${day}:${index}`),
        channel,
        source: 'seed',
        kind: 'message',
        receivedAt,
        identities: [identityFor(channel, customer)],
        displayName: customer % 3 === 0 ? `客户${customer}号` : `Customer ${customer}`,
        text,
        ...(rated ? { rating: negative ? 1 + Math.floor(random() * 3) : 4 + Math.floor(random() * 2) } : {}),
        ...(rated && random() < 0.6 ? { nps: negative ? Math.floor(random() * 7) : 7 + Math.floor(random() * 4) } : {}),
        metadata: {},
      });
    }
  }
  return events.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
}

/** The same customer writes from different channels; e-mail and phone are the stable identities. */
function identityFor(channel: Channel, customer: number): string {
  switch (channel) {
    case 'email':
    case 'web':
      return `email:customer${customer}@example.com`;
    case 'sms':
      return `phone:+86138${String(10_000_000 + customer).slice(0, 8)}`;
    case 'wechat':
      return `wechat:o-openid-${customer}`;
  }
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

