import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating, foreign objects in food, injuries and dangerous premises are urgent; a smell
// guessed at in the walls, a needle by its size and a phone dropped are not.
describe('running to the toilet, an object named by a guess (像是), a fall in the shower, a cracked railing, a needle under the pillow', () => {
  it.each([
    ['昨天吃的酸菜鱼，晚上一直往厕所跑', 'harm to health', '往厕所跑'],
    ['喝完那杯柠檬茶，一下午往洗手间跑了五六次', 'harm to health', '往洗手间跑'],
    // The object named by a guess once found in the food.
    ['饭里有几粒黑色的颗粒，像是老鼠屎', 'foreign object', '老鼠'],
    ['汤里漂着一小片亮亮的，像是玻璃渣', 'foreign object', '玻璃渣'],
    // A fall in the shower told without 倒.
    ['卫生间没有防滑垫，我爸洗澡摔了，膝盖肿了', 'harm to health', '洗澡摔了'],
    // A railing cracked.
    ['阳台的玻璃护栏有裂缝，我们住在30楼', 'danger to safety', '护栏有裂缝'],
    // A needle left in the bed.
    ['枕头底下有一根针，差点扎到孩子', 'danger to safety', '一根针'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '房间里一股味道，像是老鼠死在墙里了',
    '枕头底下有一根针头大小的线头',
    '洗澡的时候手机摔了，屏幕碎了',
    '厕所在走廊尽头，晚上往厕所跑很不方便',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
