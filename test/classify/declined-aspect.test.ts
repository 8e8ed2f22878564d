import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForDeclinedAspect } from '../../shared/classify/declined-aspect.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TAXONOMY = ['product_quality', 'service_attitude', 'environment', 'delivery'];
const named = (text: string) => typesForDeclinedAspect([], text, TAXONOMY).map((t) => t.type);

// The guide: a complaint is typed by what it faults, told as a decline too (服务越来越差 is service_attitude).
describe('a named part said to decline (服务大不如前, 设施一年不如一年, 口味大不如前, 配送一次不如一次)', () => {
  it("is that part's type", () => {
    expect(types('前台服务一次不如一次')).toContain('service_attitude');
    expect(types('住了好几年了，服务越来越差')).toContain('service_attitude');
    expect(named('设施大不如前，地毯都破了')).toEqual(['environment']);
    expect(named('感觉口味大不如前了，可能换师傅了')).toEqual(['product_quality']);
    expect(named('配送一次不如一次')).toEqual(['delivery']);
    expect(types('每次来都感觉卫生比上次差')).toContain('environment');
    expect(types('每次来都感觉卫生比上次差')).not.toContain('product_quality');
  });

  it('is none for a part said better, a question, a platform, or a decline of nothing named', () => {
    expect(named('服务越来越好了')).toEqual([]);
    expect(named('服务是不是不如以前了？')).toEqual([]);
    expect(named('生意大不如前，老板也挺不容易')).toEqual([]);
    expect(named('京东服务越来越差了，特别是物流')).toEqual([]);
  });
});
