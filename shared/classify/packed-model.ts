import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/**
 * The trained models ship as Brotli-compressed files (model/*.br): the process package has a tested
 * budget of 1.3 MB and the models were 0.68 MB of it as object literals (the bigram lists are CJK
 * text, three bytes a character in UTF-8). Inside, a JSON header comes first and the models'
 * quantised weights after it as raw bytes: kept as base64 inside the JSON, Brotli could not take
 * back base64's third (517 KB against 466 KB). Until session 26 the compressed bytes were base64
 * string constants in the JavaScript, a third larger again (466 KB against 349 KB as files).
 * Unpacking takes 2–4 ms, on the first message that needs the model, where parsing it always happened.
 */
const HEADER_LENGTH_BYTES = 4;
/** Stands in the header for a field whose base64 bytes follow it raw. */
interface BytesField {
  $bytes: number;
}

export function unpackModel<T>(packed: Uint8Array): T {
  const contents = brotliDecompressSync(packed);
  const headerEnd = HEADER_LENGTH_BYTES + contents.readUInt32LE(0);
  const model = JSON.parse(contents.toString('utf8', HEADER_LENGTH_BYTES, headerEnd)) as Record<string, unknown>;
  let offset = headerEnd;
  for (const [field, value] of Object.entries(model)) {
    if (!isBytesField(value)) continue;
    model[field] = contents.toString('base64', offset, offset + value.$bytes);
    offset += value.$bytes;
  }
  return model as T;
}

/** A model file's bytes: what unpackModel reads back. */
export function packModel(model: object): Buffer {
  const fields: Record<string, unknown> = {};
  const bytes: Buffer[] = [];
  for (const [field, value] of Object.entries(model)) {
    const raw = typeof value === 'string' ? base64Bytes(value) : undefined;
    if (raw) bytes.push(raw);
    fields[field] = raw ? ({ $bytes: raw.length } satisfies BytesField) : value;
  }
  const json = Buffer.from(JSON.stringify(fields));
  const headerLength = Buffer.alloc(HEADER_LENGTH_BYTES);
  headerLength.writeUInt32LE(json.length);
  return brotliCompressSync(Buffer.concat([headerLength, json, ...bytes]), {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS },
  });
}

/** Weights a model keeps as base64 (long, and read back exactly as written), as their bytes. */
const MIN_BYTES_FIELD_LENGTH = 1000;
function base64Bytes(text: string): Buffer | undefined {
  if (text.length < MIN_BYTES_FIELD_LENGTH || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  const raw = Buffer.from(text, 'base64');
  return raw.toString('base64') === text ? raw : undefined;
}

function isBytesField(value: unknown): value is BytesField {
  return typeof value === 'object' && value !== null && typeof (value as BytesField).$bytes === 'number';
}
