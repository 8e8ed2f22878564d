import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** What a second look at something in the food showed it to be ("仔细一看是老鼠毛"). */
describe('a foreign object seen at a second look', () => {
  it.each([
    ['炸鸡里面有根黑色的毛，仔细一看是老鼠毛，恶心死了', '老鼠'],
    ['米饭里黑黑的一小块，仔细一看是只虫子', '虫子'],
  ])('%s → urgent, naming %s', (text, object) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toBe(`reports a foreign object in food ("${object}")`);
  });

  it.each(['饭菜一直没到，打开订单一看是骑手还没取餐', '床单上有根毛，一看是宠物毛，前台说上个客人带了狗', '房间地上有个黑点，一看是蚊子，前台给了电蚊香，早餐不错', '床单上有个黑点，一看是只虫子，早餐还行'])('%s → not urgent', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
