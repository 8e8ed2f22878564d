import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health, foreign objects, theft and personal-safety incidents and media exposure are urgent; a bite
// spat out, a business offering to call the police, a phone losing its signal are not.
describe('a butt in the dish, a hospital by its kind, vomiting right after, a tumble down stairs, a bag searched or slit, Facebook', () => {
  it.each([
    ['外卖的凉拌菜里有一截烟屁股', 'foreign object', '烟屁股'],
    ['汤里漂着一个烟蒂，这后厨是什么样子', 'foreign object', '烟蒂'],
    // A hospital named by its kind, or reached, after eating or drinking; vomiting right after drinking.
    ['宝宝喝了店里的果汁，小脸通红，直接去了儿童医院', 'harm to health', '儿童医院'],
    ['過期三天的牛奶給我送來，孩子喝了半瓶就吐了', 'harm to health', '就吐了'],
    // A misstep or a tumble down the stairs.
    ['走廊的燈壞了一整層，樓梯口黑漆漆的，我媽踩空摔了', 'harm to health', '踩空'],
    ['民宿的楼梯没有扶手又陡，我爸下楼时滚下去了', 'harm to health', '滚下去'],
    // Someone who knows the guest is alone; belongings searched, slit or gone.
    ['凌晨有男的在门外一直按门铃，还说知道我一个人住', 'personal-safety', '知道我一个人'],
    ['酒店員工趁我不在進房間翻了我的包', 'personal-safety', '翻了我的包'],
    ['寄存的行李箱被人划开了', 'personal-safety', '被人划开'],
    ['早上起来放在桌上的手表没了，房门是锁着的', 'personal-safety', '没了'],
    // A video put up on Facebook.
    // Read with the mainland word (影片 → 视频: mainland-words.ts).
    ['剛剛已經上傳影片到臉書，讓大家看看你們的衛生', 'media', '上传视频到'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    // A bite spat out is no vomiting.
    '鸡肉是臭的，吃了一口就吐了，这种东西也敢卖',
    '包子馅是酸的，孩子咬了两口都吐了，退钱',
    // The business offering to call the police, a near misstep, a fault of the goods.
    '前台说可以帮忙报警找回丢的伞，很负责',
    '楼梯太暗了，差点踩空，建议装个灯',
    '耳机没了声音，房间的蓝牙音箱也连不上',
    // Facebook as where the customer read about the place.
    '在脸书上看到的推荐，结果菜很普通',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
