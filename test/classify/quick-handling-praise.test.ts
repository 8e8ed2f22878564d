import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const read = (text: string) => {
  const result = classifier.classifySync({ text });
  return { sentiment: result.sentiment.label, types: result.complaintTypes.map((entry) => entry.type) };
};

describe('handling praised as 麻利 or 利索', () => {
  it('is praise, so the fault after 就是 is the one flaw of a satisfied guest', () => {
    expect(read('前台办入住退房都挺麻利的，就是隔音差了点')).toEqual({ sentiment: 'positive', types: ['environment'] });
    expect(read('阿姨收拾房间很利索，就是早餐品种少了点').sentiment).toBe('positive');
  });

  it('denied, is still a complaint', () => {
    expect(read('服务员手脚不麻利，上个菜等了半天').sentiment).toBe('negative');
  });
});
