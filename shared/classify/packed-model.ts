import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/**
 * The trained models ship as Brotli-compressed JSON in base64: the process bundle has a tested
 * budget of 1.3 MB and the models were 0.68 MB of it as object literals (the bigram lists are
 * CJK text, three bytes a character in UTF-8); packed they are 0.50 MB, and a string literal costs
 * V8 next to nothing to compile at init. Unpacking takes 2–4 ms, on the first message that needs
 * the model, where parsing it always happened.
 */
export function unpackModel<T>(packed: string): T {
  return JSON.parse(brotliDecompressSync(Buffer.from(packed, 'base64')).toString('utf8')) as T;
}

/** The source of a generated model module: `export const <name> = '<packed>';` after the header lines. */
export function packedModelModule(name: string, header: readonly string[], model: unknown): string {
  const packed = brotliCompressSync(Buffer.from(JSON.stringify(model)), {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  }).toString('base64');
  return [...header.map((line) => `// ${line}`), `// Brotli-compressed JSON in base64: read it with unpackModel (packed-model.ts).`, '', `export const ${name} = '${packed}';`, ''].join('\n');
}
