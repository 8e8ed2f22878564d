import { describe, expect, it } from 'vitest';
import { ComplaintTypeDetector } from '../../shared/classify/complaint-types.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/default-taxonomy.ts';
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

  it("is looked for again only where a contrast's 不 alone denied a phrase", () => {
    const detector = new ComplaintTypeDetector(DEFAULT_TAXONOMY);
    const deniedByContrast = (text: string) => detector.evidence(classifier.analyse(text).clauses).deniedByContrast;
    expect(deniedByContrast('房间干净，不过隔音很差')).toBe(true);
    expect(deniedByContrast('房间干净，唯一不足是隔音不太好')).toBe(true);
    expect(deniedByContrast('房间干净，隔音也不差')).toBe(false);
    expect(deniedByContrast('房间干净，不过总的来说，隔音也不差')).toBe(false);
    expect(deniedByContrast('房间干净，隔音很差')).toBe(false);
  });
});
