import { describe, expect, it } from 'vitest';
import { packedModelModule, unpackModel } from '../../shared/classify/packed-model.ts';

describe('packed model modules', () => {
  it('give back the model they packed, in a module of one string constant', async () => {
    const model = { format: 'demo-v1', unigrams: '一丁七万三上下不与', weights: [0.5, -1.25, 3], nested: { scale: 4867 } };
    const source = packedModelModule('DEMO_MODEL', ['Generated for a test.'], model);
    expect(source).toMatch(/^\/\/ Generated for a test\.\n/);
    const packed = /export const DEMO_MODEL = '([A-Za-z0-9+/=]+)';/.exec(source)?.[1];
    expect(packed).toBeDefined();
    expect(unpackModel(packed!)).toEqual(model);
  });
});
