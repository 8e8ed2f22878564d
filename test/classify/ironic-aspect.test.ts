import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForIronicAspect } from '../../shared/classify/ironic-aspect.ts';

const classifier = createLocalClassifier();
const DEFAULT_TYPES = ['delivery', 'environment'];
const named = (text: string, negative = true) => typesForIronicAspect([], text, negative, DEFAULT_TYPES).map((t) => t.type);

describe('an aspect praised in scare quotes', () => {
  it('names the fault it mocks: delivery for the speed, environment for a room’s cleanliness', () => {
    const read = classifier.classifySync({ text: '送餐速度真“快”，一个半小时' });
    expect(read.sentiment.label).toBe('negative');
    expect(read.complaintTypes.map((t) => t.type)).toContain('delivery');
    expect(named('送餐速度真"快"，一个半小时')).toEqual(['delivery']);
    expect(named('这是我住过最“干净”的酒店，床上还有上一个客人的头发')).toEqual(['environment']);
  });

  it('is none by this rule without the aspect’s context, or in a message not read as negative', () => {
    expect(named('老板说做得很“快”，一个半小时')).toEqual([]);
    expect(named('送餐速度真“快”', false)).toEqual([]);
  });
});
