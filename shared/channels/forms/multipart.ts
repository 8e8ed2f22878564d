import type { Attachment } from '../../event.ts';
import { clipText } from '../../text.ts';
import { decodeDeclared } from '../http.ts';
import { ChannelError } from '../types.ts';

/** What a `multipart/form-data` post holds: its text fields, and its files by name, type and size. */
export interface MultipartForm {
  fields: [string, string][];
  files: Attachment[];
}

const MAX_PARTS = 100;
const CRLF_CRLF = Buffer.from('\r\n\r\n');

function invalid(message: string): ChannelError {
  return new ChannelError(400, 'invalid_multipart', message);
}

/** RFC 7578's boundary: 1–70 characters, quoted or not. */
function boundaryOf(contentType: string): string {
  const match = /;\s*boundary\s*=\s*(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw invalid('multipart/form-data needs a boundary parameter');
  return boundary;
}

function parameter(header: string, name: string): string | undefined {
  // Browsers quote names and escape a quote inside as %22 (HTML's form-data encoding), never as \".
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(header);
  return match ? (match[1] ?? match[2] ?? '') : undefined;
}

/**
 * Reads a `multipart/form-data` body as a browser sends it from a plain `<form>`. Names and
 * values are decoded strictly in the request's declared charset (UTF-8 when none is), as
 * urlencoded forms are: a GBK page's bytes are refused, never stored as U+FFFD. A file part is
 * listed, its content never kept; an empty file input (no file chosen) is no file.
 */
export function parseMultipartForm(body: Uint8Array, contentType: string, charset: string | undefined): MultipartForm {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
  const form: MultipartForm = { fields: [], files: [] };
  let start = bytes.indexOf(delimiter);
  if (start < 0) throw invalid('the body holds no part of the declared boundary');
  for (let parts = 0; ; parts += 1) {
    const afterDelimiter = start + delimiter.length;
    if (bytes.subarray(afterDelimiter, afterDelimiter + 2).toString('latin1') === '--') return form;
    if (parts === MAX_PARTS) throw invalid(`a form has at most ${MAX_PARTS} fields`);
    const next = bytes.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), afterDelimiter);
    if (next < 0) throw invalid('the body ends before its closing boundary');
    readPart(bytes.subarray(afterDelimiter + 2, next), form, charset);
    start = next + 2;
  }
}

function readPart(part: Buffer, form: MultipartForm, charset: string | undefined): void {
  const headerEnd = part.indexOf(CRLF_CRLF);
  if (headerEnd < 0) throw invalid('a part has no header');
  const headers = decodeDeclared(part.subarray(0, headerEnd), charset, 'a form field name').split('\r\n');
  const content = part.subarray(headerEnd + CRLF_CRLF.length);
  const disposition = headers.find((line) => /^content-disposition\s*:/i.test(line)) ?? '';
  const name = parameter(disposition, 'name');
  if (!/^content-disposition\s*:\s*form-data\b/i.test(disposition) || name === undefined) {
    throw invalid('each part needs Content-Disposition: form-data with a name');
  }
  const filename = parameter(disposition, 'filename');
  if (filename === undefined) {
    form.fields.push([name, decodeDeclared(content, charset, `the form field ${name.slice(0, 64)}`)]);
    return;
  }
  if (filename === '' && content.byteLength === 0) return;
  const type = headers.find((line) => /^content-type\s*:/i.test(line))?.replace(/^content-type\s*:\s*/i, '').trim();
  form.files.push({ name: clipText(filename || 'unnamed', 512), contentType: clipText(type || 'application/octet-stream', 255), size: content.byteLength });
}
