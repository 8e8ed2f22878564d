import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_RUN, MIN_UNPUNCTUATED_RUN, withClauseBreaks } from '../../shared/classify/clause-breaks.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { PhraseMatcher } from '../../shared/classify/phrase-matcher.ts';
import { isStorableText } from '../../shared/text.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('clause breaks put back into unpunctuated Chinese', () => {
  it('breaks where the writer would have: before a contrast and a new subject', () => {
    expect(withClauseBreaks('外卖小哥态度很好送得也快但是菜太咸了米饭也是硬的')).toBe('外卖小哥态度很好，送得也快，但是菜太咸了，米饭也是硬的');
  });

  it('leaves punctuated text and short runs as they are', () => {
    const punctuated = '位置很好，房间干净，就是隔音太差了，晚上根本睡不着。';
    expect(withClauseBreaks(punctuated)).toBe(punctuated);
    expect(withClauseBreaks('味道真不错')).toBe('味道真不错');
    expect('味道真不错'.length).toBeLessThan(MIN_UNPUNCTUATED_RUN);
  });

  it('breaks a short unpunctuated review between praise and fault', () => {
    expect(withClauseBreaks('味道不错就是有点贵')).toBe('味道不错，就是有点贵');
    expect(types('味道不错就是有点贵')).toEqual(['price_billing']);
    expect(types('好吃就是贵了点')).toEqual(['price_billing']);
  });

  it('never breaks inside a phrase the lexicons know', () => {
    // The model alone broke after 配不上 and the fault phrase 配不上这价 was lost.
    const phrases = new PhraseMatcher([['配不上这价', true]]);
    for (const text of ['菜还可以但这环境配不上这价格', '服务一般般吧环境也就那样配不上这价格']) expect(withClauseBreaks(text, [phrases])).toContain('配不上这价');
    expect(types('包间的墙皮都掉了沙发也是破的坐上去咯吱响菜还可以但这环境配不上这价格')).toContain('price_billing');
  });

  it('reads only the long runs of a punctuated review', () => {
    const text = '服务很好！菜品新鲜服务热情价格有点贵停车也不方便环境也一般';
    expect(text.length - '服务很好！'.length).toBeGreaterThanOrEqual(MIN_RUN);
    expect(withClauseBreaks(text)).toMatch(/^服务很好！.+，.+/);
  });

  it('leaves English and digits alone', () => {
    for (const text of ['the room was dirty and the staff were rude', 'order 12345678901234567890', '等了2个小时']) expect(withClauseBreaks(text)).toBe(text);
  });

  it('only ever adds commas, each with two Chinese characters of its run on either side', () => {
    const han = fc.constantFrom(...'房间干净服务热情就是早餐一般送餐太慢了味道不错价格有点贵下次还来再也不点'.split(''));
    const other = fc.constantFrom('，', '。', ' ', 'a', '1', '！');
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: han, weight: 9 }, { arbitrary: other, weight: 1 }), { maxLength: 80 }), (characters) => {
        const text = characters.join('');
        const broken = withClauseBreaks(text);
        const isHan = (i: number) => /\p{Script=Han}/u.test(broken[i] ?? '');
        let k = 0;
        for (let i = 0; i < broken.length; i++) {
          if (k < text.length && broken[i] === text[k]) {
            k++;
            continue;
          }
          expect(broken[i]).toBe('，');
          expect([i - 2, i - 1, i + 1, i + 2].every(isHan)).toBe(true);
        }
        expect(k).toBe(text.length);
      }),
    );
  });
});

describe('an unpunctuated review keeps the faults its clauses tell', () => {
  it.each([
    ['菜品新鲜服务热情价格有点贵停车也不方便', 'environment'],
    ['这家的烤鱼很入味鱼也新鲜就是价格偏贵环境有点吵', 'environment'],
    ['客房服务很周到早餐也不错只是空调噪音太大半夜被吵醒好几次', 'environment'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it('says where it read the breaks in', () => {
    const { explanations } = classifier.classifySync({ text: '客房服务很周到早餐也不错只是空调噪音太大半夜被吵醒好几次' });
    expect(explanations.some((line) => line.startsWith('clause breaks read into unpunctuated text'))).toBe(true);
  });
});

describe('the explanation of the breaks read in', () => {
  it('quotes the start of a long text without cutting a surrogate pair', () => {
    // A broken run, then characters outside the BMP: one of the two lengths puts the quote's cut inside a pair.
    for (const run of ['外卖小哥态度很好送得也快但是菜太咸了米饭也是硬的', '外卖小哥态度很好送得也快但是菜太咸了米饭也是硬的吧']) {
      const line = classifier.classifySync({ text: `${run}${'𠮷'.repeat(40)}` }).explanations.find((l) => l.startsWith('clause breaks read into'));
      expect(line).toBeDefined();
      expect(isStorableText(line!)).toBe(true);
    }
  });
});
