import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const urgent = (text: string) => classifier.classifySync({ text }).urgent;

// The guide: going or threatening to go to a regulator is urgent; Taiwan's and Hong Kong's guests name their own.
describe("Taiwan's and Hong Kong's consumer bodies", () => {
  it('are urgent when the customer goes or threatens to go to them', () => {
    for (const text of [
      '退房多收了兩晚的錢 櫃檯不認 我已經向消保會申訴了',
      '訂金一直不退 再拖下去我就找消基會',
      '酒店亂收服務費 已經投訴到消委會',
      '說好的免費接駁變成要收錢 準備去消費者委員會投訴',
    ]) expect(urgent(text), text).toBe(true);
  });

  it('are not urgent when only read about in praise', () => {
    expect(urgent('看了消委會的評測才買的 果然好用')).toBe(false);
  });
});
