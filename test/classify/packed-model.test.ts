import { brotliDecompressSync } from 'node:zlib';
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

  it('carry base64 weights as their bytes and give them back as the same text', () => {
    const weights = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)).toString('base64');
    const model = { format: 'demo-v2', weights, note: 'QUJD', unigrams: '一丁七' };
    const source = packedModelModule('DEMO_MODEL', ['Generated for a test.'], model);
    const packed = /export const DEMO_MODEL = '([A-Za-z0-9+/=]+)';/.exec(source)![1]!;
    expect(unpackModel(packed)).toEqual(model);
    // The bytes, not their base64, went into the compressed stream (Brotli cannot take back base64's third).
    const contents = brotliDecompressSync(Buffer.from(packed, 'base64'));
    expect(contents.includes(Buffer.from(weights, 'base64'))).toBe(true);
    expect(contents.includes(Buffer.from(weights))).toBe(false);
  });
});
