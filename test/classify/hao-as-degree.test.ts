import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const read = (text: string) => classifier.classifySync({ text });
const types = (text: string) => read(text).complaintTypes.map((t) => t.type);

/** 好 before a span of time says how long, as 好久 does: 放好一会, 排了好一阵, 等了好半天 wait, they do not praise. */
describe('好 as a degree word of a wait', () => {
  it('scores the wait, not praise, in the lexicon', () => {
    const lexiconLine = (text: string) => read(text).explanations.find((line) => line.startsWith('zh lexicon')) ?? '';
    expect(lexiconLine('热水要放好一会才来')).toMatch(/^zh lexicon -/);
    expect(lexiconLine('排了好一阵队')).toMatch(/^zh lexicon -/);
    expect(lexiconLine('等了好半天')).not.toContain('好(+');
  });

  it('finds the fault the wait names', () => {
    expect(types('房间挺大，热水要放好一会才出来')).toContain('environment');
    expect(types('排了好一阵队才办好入住')).toContain('responsiveness');
    expect(types('等了好半天才上菜')).toContain('responsiveness');
  });
});
