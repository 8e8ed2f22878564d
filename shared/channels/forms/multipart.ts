import { Busboy, type BusboyFileStream } from '@fastify/busboy';
import type { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import type { Attachment } from '../../event.ts';
import { isClientAbort } from '../../http/errors.ts';
import { clipText } from '../../text.ts';
import { listedFileName } from '../attachment-name.ts';
import { decodeDeclared } from '../http.ts';
import { ChannelError } from '../types.ts';
import { rawFileName, type RawFileName } from './file-name.ts';

/** What a `multipart/form-data` post holds: its text fields, and its files by name, type and size. */
export interface MultipartForm {
  fields: [string, string][];
  files: Attachment[];
}

export interface MultipartLimits {
  /** The text fields' bytes (names and values): what is kept, so MAX_BODY_BYTES. */
  textBytes: number;
  /** The whole request, files included (their content is counted, never kept). */
  requestBytes: number;
}

const MAX_PARTS = 100;
/** HTML's hidden field that a form fills with its page's own charset (a GBK page says GBK). */
const CHARSET_FIELD = '_charset_';
/** busboy reads names as UTF-8, putting U+FFFD for bytes that are not. */
const NOT_UTF8 = '\uFFFD';
const NO_FILE_NAME: RawFileName = { bytes: Buffer.alloc(0), charset: undefined };

function invalid(message: string): ChannelError {
  return new ChannelError(400, 'invalid_multipart', message);
}

function tooLarge(what: string, bytes: number): ChannelError {
  return new ChannelError(413, 'payload_too_large', `${what} may be at most ${bytes} bytes`);
}

interface RawPart {
  name: string;
  /** Undefined for a text field; no bytes for a file input left empty. */
  filename: RawFileName | undefined;
  contentType: string;
  chunks: Buffer[];
  size: number;
}

/**
 * Reads a `multipart/form-data` post as it streams in, with busboy: a file's content is counted
 * and thrown away as it passes, so a photo larger than MAX_BODY_BYTES no longer costs the person
 * their message; only the text fields are held. Every part is handed over as bytes, and names
 * and values are decoded strictly in the declared charset, else the `_charset_` field's, else
 * UTF-8: a GBK page's bytes are read as GBK when it says so, refused when it does not, never
 * stored as U+FFFD. An empty file input (no file chosen) is no file.
 */
export async function readMultipartForm(request: Request, declaredCharset: string | undefined, limits: MultipartLimits): Promise<MultipartForm> {
  if (Number(request.headers.get('content-length') ?? 0) > limits.requestBytes) throw tooLarge('a form post', limits.requestBytes);
  const parts = await readParts(request, limits);
  const charset = declaredCharset ?? charsetField(parts);
  const form: MultipartForm = { fields: [], files: [] };
  for (const part of parts) {
    // busboy reads names as UTF-8 before they reach here: one it could not read is no field this form has.
    if (part.name.includes(NOT_UTF8)) continue;
    if (part.filename === undefined) {
      form.fields.push([part.name, decodeDeclared(Buffer.concat(part.chunks), charset, `the form field ${clipText(part.name, 64)}`)]);
    } else if (part.filename.bytes.length > 0 || part.size > 0) {
      form.files.push({ name: listedFileName(fileNameIn(part.filename, charset)), contentType: clipText(part.contentType, 255), size: part.size });
    }
  }
  return form;
}

/**
 * A file name in the charset it names, else the form's (a GBK page's names are GBK, as its
 * fields are); one that is not valid there is listed as unnamed, never as U+FFFD, and the
 * message is kept.
 */
function fileNameIn({ bytes, charset }: RawFileName, formCharset: string | undefined): string | undefined {
  try {
    return decodeDeclared(bytes, charset ?? formCharset, 'a file name');
  } catch {
    return undefined;
  }
}

/**
 * Hands each part's Content-Disposition, as it was sent, to `onDisposition` before busboy reports
 * the part: busboy reads file names wrongly (file-name.ts) and offers no hook for the raw header,
 * so a listener goes ahead of its own on the multipart parser (dicer) it drives.
 */
function beforeEachPart(parser: ReturnType<typeof Busboy>, onDisposition: (disposition: string | undefined) => void): void {
  const dicer = (parser as unknown as { _parser?: { parser?: EventEmitter } })._parser?.parser;
  if (!dicer) throw new Error('@fastify/busboy no longer drives a dicer parser at _parser.parser: file names cannot be read');
  dicer.prependListener('part', (part: EventEmitter) => {
    part.prependListener('header', (header: Record<string, string[] | undefined>) => onDisposition(header['content-disposition']?.[0]));
  });
}

function charsetField(parts: RawPart[]): string | undefined {
  const field = parts.findLast((part) => part.name === CHARSET_FIELD && part.filename === undefined);
  return (field && Buffer.concat(field.chunks).toString('latin1').trim()) || undefined;
}

async function readParts(request: Request, limits: MultipartLimits): Promise<RawPart[]> {
  let parser: ReturnType<typeof Busboy>;
  try {
    parser = Busboy({
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      // Every part as bytes, text fields too: busboy would decode them itself, replacing what is not UTF-8.
      isPartAFile: () => true,
      limits: { parts: MAX_PARTS, headerSize: 16 * 1024 },
    });
  } catch {
    throw invalid('multipart/form-data needs a boundary parameter');
  }
  const parts: RawPart[] = [];
  let textBytes = 0;
  let disposition: string | undefined;
  beforeEachPart(parser, (sent) => (disposition = sent));
  const refuse = (error: ChannelError) => parser.destroy(error);
  parser.on('partsLimit', () => refuse(invalid(`a form has at most ${MAX_PARTS} fields`)));
  parser.on('file', (name: string | undefined, stream: BusboyFileStream, filename: string | undefined, _encoding: string, mimeType: string) => {
    stream.on('error', () => {});
    if (name === undefined) {
      refuse(invalid('each part needs Content-Disposition: form-data with a name'));
      stream.resume();
      return;
    }
    // busboy's filename says whether the part is a file; the name itself is read from the header as sent.
    const fileName = filename === undefined ? undefined : (rawFileName(disposition ?? '') ?? NO_FILE_NAME);
    const part: RawPart = { name, filename: fileName, contentType: filename === undefined ? 'text/plain' : mimeType, chunks: [], size: 0 };
    parts.push(part);
    textBytes += filename === undefined ? Buffer.byteLength(name) : 0;
    stream.on('data', (chunk: Buffer) => {
      part.size += chunk.byteLength;
      if (filename !== undefined) return;
      textBytes += chunk.byteLength;
      if (textBytes > limits.textBytes) refuse(tooLarge("a form's text fields", limits.textBytes));
      else part.chunks.push(chunk);
    });
  });
  if (!request.body) throw invalid('the body holds no part of the declared boundary');
  // busboy says 'finish' once it has read the closing boundary, which may come before the body's
  // end (stream.pipeline, waiting for both, never settled on such a body): the first of 'finish'
  // and an error settles the read.
  const read = new Promise<void>((resolve, reject) => {
    parser.once('finish', resolve);
    parser.on('error', reject);
  });
  const reader = request.body.getReader();
  const pumped = pump(reader, parser, limits.requestBytes);
  // Whichever settles first decides; the other may settle later, unheard.
  for (const settling of [read, pumped]) settling.catch(() => {});
  try {
    await Promise.race([pumped, read]);
    await read;
  } catch (error) {
    void reader.cancel().catch(() => {});
    if (error instanceof ChannelError || isClientAbort(error, request)) throw error;
    throw invalid(`the body is not multipart/form-data: ${error instanceof Error ? error.message : 'unreadable'}`);
  }
  return parts;
}

/** Feeds the body to busboy as it arrives, refusing it past `maxBytes` before the rest is read. */
async function pump(reader: ReadableStreamDefaultReader<Uint8Array>, parser: Writable, maxBytes: number): Promise<void> {
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) throw tooLarge('a form post', maxBytes);
    if (!parser.write(value)) await new Promise((resolve) => parser.once('drain', resolve));
  }
  parser.end();
}
