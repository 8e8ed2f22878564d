import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);

// A fault compared down to what was said or feared (没有网上说的那么贵) denies it: praise, no complaint.
describe('a fault compared down to what was said (不像网上说的那么难吃, 没有网上说的那么贵)', () => {
  it('is praise, with no type for the fault', () => {
    const text = '不像网上说的那么难吃，我觉得挺好吃的。也没有网上说的那么贵，人均六十。';
    expect(classify(text).sentiment.label).toBe('positive');
    expect(types(text)).not.toContain('price_billing');
    expect(types(text)).not.toContain('product_quality');
  });

  it('is still a complaint for praise compared down, or the superlative of experience', () => {
    expect(classify('没有想象中那么好吃，有点失望').sentiment.label).toBe('negative');
    expect(classify('没见过这么差的服务').sentiment.label).toBe('negative');
    expect(types('服务员态度很差，从来没见过那么差的服务')).toContain('service_attitude');
  });
});
