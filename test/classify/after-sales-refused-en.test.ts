import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('English after-sales: a return, refund or claim refused or left stuck', () => {
  it('is after_sales', () => {
    expect(types('They refused my return because the box was opened.')).toContain('after_sales');
    expect(types('Insurance denied my claim after 4 months of back and forth.')).toContain('after_sales');
    expect(types("the dealer said the transmission isn't covered under the extended warranty")).toContain('after_sales');
    expect(types('Told them the screen died and they said there was nothing they could do.')).toContain('after_sales');
    expect(types('My return was rejected for no reason.')).toContain('after_sales');
  });

  it('not when the claim went through', () => {
    expect(types('The claim was approved in a week and the repair is covered under warranty. Great service.')).not.toContain('after_sales');
    expect(types('Water dripping from the ceiling onto the bed and the front desk said nothing they can do.')).not.toContain('after_sales');
  });
});
