import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { isNegated, isNegatedPastContrasts } from '../../shared/classify/negation.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a fault after a contrast or a shortcoming (不过, 不足, 不仅)', () => {
  it('is a complaint point, though the 不 stands within three characters of it', () => {
    expect(types('房间干净，唯一不足是隔音不太好')).toContain('environment');
    expect(types('房间干净，不过隔音很差')).toContain('environment');
    expect(types('不仅上菜慢，服务员态度还差')).toContain('responsiveness');
  });

  it('is read so only past those words: a denial stays one', () => {
    expect(isNegatedPastContrasts('不过隔音很差', 2)).toBe(false);
    expect(isNegatedPastContrasts('一点也不慢', 4)).toBe(true);
    expect(isNegated('不过隔音很差', 2)).toBe(true);
    expect(types('房间干净，隔音也不差')).not.toContain('environment');
  });
});
