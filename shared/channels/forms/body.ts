import type { Attachment } from '../../event.ts';
import { mediaType } from '../../http/media-type.ts';
import { declaredCharset, decodeDeclared, parseUrlEncoded } from '../http.ts';
import { ChannelError } from '../types.ts';
import { parseMultipartForm } from './multipart.ts';

/** A form post's fields, for schema validation, and the files it carried (listed, not kept). */
export interface FormBody {
  fields: unknown;
  files: Attachment[];
}

/** Decodes a JSON, urlencoded or multipart form body (a plain HTML `<form>` sends either of the last two). */
export function readFormBody(request: Request, rawBody: Uint8Array): FormBody {
  const type = mediaType(request);
  const charset = declaredCharset(request);
  if (type === 'application/x-www-form-urlencoded') return { fields: Object.fromEntries(parseUrlEncoded(rawBody, 'the form body', charset)), files: [] };
  if (type === 'multipart/form-data') {
    const { fields, files } = parseMultipartForm(rawBody, request.headers.get('content-type') ?? '', charset);
    return { fields: Object.fromEntries(fields), files };
  }
  if (type !== 'application/json') {
    throw new ChannelError(415, 'unsupported_media_type', 'send application/json, application/x-www-form-urlencoded or multipart/form-data');
  }
  const text = decodeDeclared(rawBody, charset, 'the form body');
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
    return { fields: body, files: [] };
  } catch {
    throw new ChannelError(400, 'invalid_json', 'the body must be a JSON object');
  }
}
