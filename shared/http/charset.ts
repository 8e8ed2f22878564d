/** The `charset` parameter of the Content-Type, lower-cased and unquoted; undefined when absent. */
export function declaredCharset(request: Request): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(request.headers.get('content-type') ?? '');
  return match?.[1] ? match[1].toLowerCase() : undefined;
}

/** Whether a label names UTF-8 by the WHATWG Encoding Standard (`utf8`, `unicode-1-1-utf-8`…). */
export function isUtf8Label(label: string): boolean {
  try {
    return new TextDecoder(label).encoding === 'utf-8';
  } catch {
    return false;
  }
}
