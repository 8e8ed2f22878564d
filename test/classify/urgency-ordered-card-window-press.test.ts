import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health, theft, dangerous premises and media exposure are urgent; a bank's fraud case, hunger while
// waiting, a dish that only looks poisonous and a view with no railing in the way are not.
describe('the stomach after a dish ordered, a card misused after a stay, a window that opens wide, the press reached flatly', () => {
  it.each([
    // The dish named by its order: the stomach still names the harm.
    ['昨天中午点的冒菜，下午开会的时候肚子开始疼', 'harm to health', '肚子开始疼'],
    ['叫的外卖烧烤，半夜胃里一阵一阵地难受', 'harm to health', '胃里一阵一阵地难受'],
    // A card used by someone else after it was handed over at the hotel or the shop.
    ['退房后第二天发现信用卡被人刷了两千，只在这家酒店用过', 'personal-safety', '卡被人刷'],
    ['在他们店里结账时刷的卡，当晚就被盗刷了三笔', 'personal-safety', '盗刷'],
    // A window a child can open wide, a balcony with nothing to stop a fall.
    ['房間的窗戶沒有限位，小孩一推就全開，十二樓啊', 'danger to safety', '没有限位'],
    ['二十楼的阳台居然没有护栏，带着孩子根本不敢出去', 'danger to safety', '没有护栏'],
    // Reporters or the media reached, told without an angry word.
    ['已經聯繫了記者，明天就來採訪', 'media', '联系了记者'],
    ['我找了媒体，他们说下周过来', 'media', '找了媒体'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    // Hunger while the order is awaited; a deposit charged twice; fraud told to a bank.
    '点的外卖两个小时没到，饿得肚子疼',
    '前台把我的信用卡刷了两次押金，退了一次还没到账',
    '我的信用卡在国外被盗刷了，银行客服很耐心地帮我冻结了卡，谢谢',
    // A dish that only looks poisonous, and nothing happened.
    '颜色看着像吃了会中毒，不过味道还行，吃完也没事',
    // A camera crew invited by the shop, the press as news.
    '老板说下周有记者来采访他们店，挺火的',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
