import { percentDecoded } from '../percent-decoded.ts';

/**
 * A part's file name as its Content-Disposition carries it: the bytes, and the charset they are
 * in when the sender named one (RFC 2231's `charset'language'`), else undefined: the form's own.
 */
export interface RawFileName {
  bytes: Buffer;
  charset: string | undefined;
}

/** `; name = token` or `; name = "quoted string"`, in a header read as latin1 (one code unit a byte). */
const PARAMETER = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;]*))/gsu;
/** RFC 2231 sections: `filename*0=…`, `filename*1*=…`. */
const SECTION = /^filename\*(0|[1-9]\d{0,2})(\*?)$/;
const EXTENDED_VALUE = /^([^']*)'[^']*'(.*)$/su;
/** An extended value (`utf-8''%E6%8A%95`): its charset ('' names none) and its percent-decoded bytes. */
function extended(value: string): RawFileName | undefined {
  const match = EXTENDED_VALUE.exec(value);
  return match ? { charset: match[1] || undefined, bytes: percentDecoded(match[2]!, 'latin1') } : undefined;
}

/**
 * RFC 2231's continuations read together: sections 0, 1, 2… in order up to the first one missing,
 * the extended ones (`*N*=`) percent-decoded in the charset section 0 names, the others as written.
 */
function continued(sections: Map<number, { value: string; extended: boolean }>): RawFileName | undefined {
  const first = sections.get(0);
  if (!first) return undefined;
  const head = first.extended ? extended(first.value) : { charset: undefined, bytes: Buffer.from(first.value, 'latin1') };
  if (!head) return undefined;
  const pieces = [head.bytes];
  for (let number = 1; sections.has(number); number += 1) {
    const section = sections.get(number)!;
    pieces.push(section.extended ? percentDecoded(section.value, 'latin1') : Buffer.from(section.value, 'latin1'));
  }
  return { charset: head.charset, bytes: Buffer.concat(pieces) };
}

/**
 * The file name a `multipart/form-data` part's Content-Disposition gives, as raw bytes: busboy
 * takes `filename*0*=utf-8''%E6%8A%95; filename*1*=%E8%AF%89.pdf` (RFC 2231 continuations, which
 * mail clients and some upload libraries write for long or non-ASCII names) as the file
 * `1*=%E8%AF%89.pdf`, decodes `filename*=gbk''…` leniently, and lets a plain `filename` after a
 * `filename*` win. RFC 6266's rule instead: the extended form (`filename*`, or its sections) over
 * the plain one; the bytes left for the caller to read in their charset.
 */
export function rawFileName(disposition: string): RawFileName | undefined {
  let plain: string | undefined;
  let single: string | undefined;
  const sections = new Map<number, { value: string; extended: boolean }>();
  for (const match of disposition.matchAll(PARAMETER)) {
    const name = match[1]!.toLowerCase();
    // Only \" and \\ are escapes, as busboy reads them: an old Windows browser sends C:\Users\… unescaped.
    const value = match[2] === undefined ? match[3]! : match[2].replace(/\\(["\\])/gu, '$1');
    const section = SECTION.exec(name);
    if (name === 'filename') plain ??= value;
    else if (name === 'filename*') single ??= value;
    else if (section && !sections.has(Number(section[1]))) sections.set(Number(section[1]), { value, extended: section[2] === '*' });
  }
  return (single === undefined ? undefined : extended(single)) ?? continued(sections) ?? (plain === undefined ? undefined : { charset: undefined, bytes: Buffer.from(plain, 'latin1') });
}
