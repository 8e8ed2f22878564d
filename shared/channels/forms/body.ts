import type { Config } from '../../config.ts';
import type { Attachment } from '../../event.ts';
import { mediaType } from '../../http/media-type.ts';
import { declaredCharset } from '../../http/charset.ts';
import { decodeDeclared, parseUrlEncoded } from '../http.ts';
import { ChannelError } from '../types.ts';
import { jsonObjectMembers } from '../../http/json-members.ts';
import { readMultipartForm } from './multipart.ts';

/** A form post's fields, for schema validation, and the files it carried (listed, not kept). */
export interface FormBody {
  fields: unknown;
  files: Attachment[];
}

/** A multipart post is read as it streams in (streamsBody): its files may be larger than MAX_BODY_BYTES. */
export const isMultipart = (request: Request) => mediaType(request) === 'multipart/form-data';

/** Decodes a JSON, urlencoded or multipart form body (a plain HTML `<form>` sends either of the last two). */
export async function readFormBody(request: Request, rawBody: Uint8Array, config: Config): Promise<FormBody> {
  const type = mediaType(request);
  const charset = declaredCharset(request);
  if (type === 'application/x-www-form-urlencoded') {
    return { fields: fieldsByName(parseUrlEncoded(rawBody, 'the form body', charset ?? charsetField(rawBody))), files: [] };
  }
  if (isMultipart(request)) {
    const { fields, files } = await readMultipartForm(request, charset, { textBytes: config.MAX_BODY_BYTES, requestBytes: config.MAX_UPLOAD_BYTES });
    return { fields: fieldsByName(fields), files };
  }
  if (type !== 'application/json') {
    throw new ChannelError(415, 'unsupported_media_type', 'send application/json, application/x-www-form-urlencoded or multipart/form-data');
  }
  const text = decodeDeclared(rawBody, charset, 'the form body');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ChannelError(400, 'invalid_json', 'the body must be a JSON object');
  }
  return { fields: fieldsByName(jsonObjectMembers(text)), files: [] };
}

/**
 * A name sent more than once keeps all its values, so the schema refuses it as it refuses a JSON
 * array: one of two `message` inputs silently winning would lose what the other held.
 */
function fieldsByName<T>(pairs: readonly [string, T][]): Record<string, T | T[]> {
  const values = new Map<string, T[]>();
  for (const [name, value] of pairs) {
    const held = values.get(name);
    if (held) held.push(value);
    else values.set(name, [value]);
  }
  return Object.fromEntries([...values].map(([name, [first, ...more]]) => [name, more.length > 0 ? [first!, ...more] : first!]));
}

/** HTML's `_charset_` hidden field: the page's own charset (a GBK page says GBK); its value is ASCII. */
function charsetField(body: Uint8Array): string | undefined {
  const pair = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1').split('&').findLast((p) => p.startsWith('_charset_='));
  return pair?.slice('_charset_='.length).trim() || undefined;
}
