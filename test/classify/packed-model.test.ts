import { readdirSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MODEL_DIRECTORY, readModelFile } from '../../shared/classify/model-files.ts';
import { packModel, unpackModel } from '../../shared/classify/packed-model.ts';

describe('packed models', () => {
  it('give back the model they packed', () => {
    const model = { format: 'demo-v1', unigrams: '一丁七万三上下不与', weights: [0.5, -1.25, 3], nested: { scale: 4867 } };
    expect(unpackModel(packModel(model))).toEqual(model);
  });

  it('carry base64 weights as their bytes and give them back as the same text', () => {
    const weights = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)).toString('base64');
    const model = { format: 'demo-v2', weights, note: 'QUJD', unigrams: '一丁七' };
    const packed = packModel(model);
    expect(unpackModel(packed)).toEqual(model);
    // The bytes, not their base64, went into the compressed stream (Brotli cannot take back base64's third).
    const contents = brotliDecompressSync(packed);
    expect(contents.includes(Buffer.from(weights, 'base64'))).toBe(true);
    expect(contents.includes(Buffer.from(weights))).toBe(false);
  });

  it('are the committed model files, each read back with the format its parser expects', () => {
    const files = readdirSync(MODEL_DIRECTORY).filter((file) => file.endsWith('.br'));
    expect(files.sort()).toEqual(['clause-breaks.br', 'complaint-types.br', 'english.br', 'sentiment-zh.br']);
    for (const file of files) expect(unpackModel<{ format: unknown }>(readModelFile(file)).format, file).toEqual(expect.any(String));
  });
});
