import { describe, expect, it } from 'vitest';
import { typesForDepositLate } from '../../shared/classify/deposit-late.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: deposit problems are price_billing; a deposit slow to come back is one.
describe('a deposit slow to come back', () => {
  it('is price_billing', () => {
    expect(types('押金半个月才到账，打电话问了好几次')).toContain('price_billing');
    expect(types('押金到现在都没退回来')).toContain('price_billing');
    expect(types('退房三天了押金迟迟没到账')).toContain('price_billing');
  });

  it('is nothing when it came back quickly or is only asked about', () => {
    expect(types('押金很快就退了，房间干净，推荐')).not.toContain('price_billing');
    expect(types('押金当天就到账了，服务很好')).not.toContain('price_billing');
  });
});

describe('a deposit held up by a self-service checkout', () => {
  it('is left to the app, no price_billing named', () => {
    expect(typesForDepositLate([], '用APP自助退房，显示退房成功，但是押金一直没退，说系统不同步', ['price_billing'])).toEqual([]);
    expect(typesForDepositLate([], '退房后押金一直没退', ['price_billing']).map((t) => t.type)).toEqual(['price_billing']);
  });
});
