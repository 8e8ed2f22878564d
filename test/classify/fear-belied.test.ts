import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { faultPhrases } from '../../shared/classify/concession-inside-fault.ts';
import { typesForFearBelied } from '../../shared/classify/fear-belied.ts';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const FAULTS = faultPhrases(DEFAULT_TAXONOMY);
const ENVIRONMENT: ComplaintTypeScore[] = [{ type: 'environment', confidence: 0.8, phrases: ['隔音差'], problem: true }];
const kept = (text: string) => typesForFearBelied(ENVIRONMENT, text, FAULTS).map((t) => t.type);

// The guide: only a clearly stated problem is a complaint; a fear the stay belied states none.
describe('a premises fault feared or heard of, then belied', () => {
  it('is no environment', () => {
    expect(types('好多人评论说这里隔音差，我们住的那层倒是没觉得吵，床也舒服，推荐')).not.toContain('environment');
    expect(types('订之前担心位置偏，结果出门就有公交，到景点二十分钟，很满意')).not.toContain('environment');
    expect(kept('听说位置偏，其实还好，走几步就是地铁')).toEqual([]);
    expect(types('聽說位置偏，其實還好，走幾步就是地鐵，房間也乾淨')).not.toContain('environment');
  });

  it('stays environment when the fear is borne out or another premises fault is told', () => {
    expect(kept('本来担心位置偏，结果真的很偏，晚上打不到车')).toEqual(['environment']);
    expect(kept('网上说房间小，果然很小，箱子都打不开')).toEqual(['environment']);
    expect(kept('听说隔音差，其实还好，就是卫生间有异味')).toEqual(['environment']);
    expect(types('担心隔音差，结果隔壁吵了一晚上')).toContain('environment');
  });
});
