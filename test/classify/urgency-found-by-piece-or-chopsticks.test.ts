import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();

// A foreign object found as "有块…" (a piece of it in the rice) or picked up with chopsticks (夹到): the finding words knew
// 有一块 and 夹着, not these, so the object was never found in the food (found reading a Hong Kong set; Mandarin alike).
it.each([
  '为什么饭里面会有块塑料？！咬下去才发现',
  '吃着星洲炒米，夹到一条铁丝，差点吞下肚',
  '點解個飯入面會有塊膠？！咬落去先發現 好彩冇吞落肚',
  '食緊星洲炒米，夾到條鐵線，差啲吞咗落肚！',
])('%s → urgent', (text) => {
  expect(classifier.classifySync({ text }).urgent).toBe(true);
});

it.each(['房间里有块塑料布挡着窗', '夹到的菜有点凉'])('%s → not urgent', (text) => {
  expect(classifier.classifySync({ text }).urgent).toBe(false);
});
