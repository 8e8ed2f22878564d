import { mediaType } from '../../http/media-type.ts';
import { declaredCharset, decodeDeclared, parseUrlEncoded } from '../http.ts';
import { ChannelError } from '../types.ts';

/** Decodes a JSON or urlencoded form body into a plain object for schema validation. */
export function readFormBody(request: Request, rawBody: Uint8Array): unknown {
  const type = mediaType(request);
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
    throw new ChannelError(415, 'unsupported_media_type', 'send application/json or application/x-www-form-urlencoded');
  }
  const charset = declaredCharset(request);
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(parseUrlEncoded(rawBody, 'the form body', charset));
  const text = decodeDeclared(rawBody, charset, 'the form body');
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
    return body;
  } catch {
    throw new ChannelError(400, 'invalid_json', 'the body must be a JSON object');
  }
}
