/**
 * The content coding a request declares for its body (`gzip`, `br`…), lower-cased; undefined when
 * it declares none or `identity`. No route decodes one: a gzip body was read as its compressed
 * bytes (400 "not valid UTF-8", which sent the sender looking at its charset), and a body declared
 * compressed but sent plain was stored as if nothing were wrong.
 */
export function declaredContentCoding(request: Request): string | undefined {
  const codings = (request.headers.get('content-encoding') ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  return codings.length > 0 ? codings.join(', ') : undefined;
}

export const UNSUPPORTED_CONTENT_CODING = 'unsupported_content_encoding';

export function unsupportedContentCodingMessage(coding: string): string {
  return `the body is declared ${coding.slice(0, 40)}-encoded; send it uncompressed, without Content-Encoding`;
}
