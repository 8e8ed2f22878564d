import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating is urgent, told by its consequence too; leave taken for something else, a doctor
// naming another cause and a racing heart from waiting are not.
describe('illness told by its consequence: sick leave after eating, a doctor blaming the food, a racing heart', () => {
  it.each([
    ['吃了他家的卤味，第二天请了三天病假', 'harm to health', '病假'],
    ['昨晚点的小龙虾，吃完今天请了一天假在家躺着', 'harm to health', '请了一天假'],
    ['医生说是吃了不新鲜的海鲜导致的，就是这家', 'harm to health', '医生说是吃'],
    ['点的烧烤，第二天去看，医生诊断是细菌感染', 'harm to health', '医生诊断是细菌'],
    ['醫生說是食物不乾淨引起的，外賣就點了這一家', 'harm to health', '医生说是食物'],
    ['喝了他家的冷萃，心慌了一下午', 'harm to health', '心慌'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    // Leave taken to wait for a worker; nothing eaten.
    '装宽带请了半天假在家等，师傅一直没来',
    // A doctor naming another cause, or giving advice.
    '医生说是病毒性感冒，跟吃的没关系，酒店还帮我买了药',
    '医生说我要少吃辣，这家的清汤刚好合适',
    // A racing heart from waiting.
    '赶飞机等车等得心慌，摆渡车太少了',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
