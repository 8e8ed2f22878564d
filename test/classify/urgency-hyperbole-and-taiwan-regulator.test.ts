import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

// The guide: going to a regulator or the police is urgent; the police named as a measure of how bad the food was is not.
describe('the police as hyperbole', () => {
  it.each([
    '咸到想报警，一口下去全是盐',
    '这个面难吃得我都想报警了，完全没味道',
    '贵得让人想报警，一份炒饭四十八',
    '等外卖等到我想报警，饭还是凉的',
  ])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it.each(['菜里吃出一截铁丝，我已经报警了', '前台不给调监控，我只能报警', '我想报警，房间里的钱不见了'])('still counts as a threat: %s', (text) => {
    expect(classify(text).urgent).toBe(true);
    expect(classify(text).urgentReason).toContain('police');
  });
});

describe("Taiwan's consumer foundation as a regulator", () => {
  it.each(['押金到現在都沒退，我要去消基會申訴', '店家不處理，我已經寫信給消費者文教基金會'])('is urgent: %s', (text) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toContain('regulator');
  });
});
