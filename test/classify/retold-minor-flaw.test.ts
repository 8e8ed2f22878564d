import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);

describe('the one flaw of a satisfied review, told over several clauses of its sentence', () => {
  it('counts as told once: the review stays positive and keeps its complaint type', () => {
    // Each clause after 就是 weighed 0.6, so three clauses of one flaw outweighed the praise before it.
    const slowFish = '烤鱼很香，就是上菜太慢了，等了四十分钟，催了两次才端上来';
    expect(classify(slowFish).sentiment.label).toBe('positive');
    expect(types(slowFish)).toContain('responsiveness');
    const thinWalls = '房间宽敞明亮，就是隔音太差了，隔壁说话都听得见，半夜还被吵醒一次';
    expect(classify(thinWalls).sentiment.label).toBe('positive');
    expect(types(thinWalls)).toContain('environment');
    expect(classify('粥熬得很稠，就是配的咸菜太少了，只有一小勺，根本不够吃').sentiment.label).toBe('positive');
    expect(classify('服务员很热情，就是空调太吵了，嗡嗡响了一整晚，开着睡不好关了又热').sentiment.label).toBe('positive');
    expect(classify(slowFish).explanations.some((line) => line.startsWith('the minor flaw, told over several clauses, counts as told once'))).toBe(true);
  });

  it('leaves a flaw told in one clause, and a customer who will not come back, as they were', () => {
    expect(classify('位置好，服务热情，就是早餐一般').explanations.some((line) => line.startsWith('the minor flaw, told over several clauses'))).toBe(false);
    expect(classify('房间很好，就是隔音太差，一晚上没睡着，不会再来了').sentiment.label).toBe('negative');
  });
});
