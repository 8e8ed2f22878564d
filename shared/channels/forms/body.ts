import { ChannelError } from '../types.ts';

/** Decodes a JSON or urlencoded form body into a plain object for schema validation. */
export function readFormBody(contentType: string | null, rawBody: Uint8Array): unknown {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(rawBody);
  } catch {
    throw new ChannelError(400, 'invalid_encoding', 'the body must be UTF-8');
  }
  if (mediaType === 'application/json') {
    try {
      const body: unknown = JSON.parse(text);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
      return body;
    } catch {
      throw new ChannelError(400, 'invalid_json', 'the body must be a JSON object');
    }
  }
  if (mediaType === 'application/x-www-form-urlencoded') {
    const fields: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(text)) fields[key] = value;
    return fields;
  }
  throw new ChannelError(415, 'unsupported_media_type', 'send application/json or application/x-www-form-urlencoded');
}
