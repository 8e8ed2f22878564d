import type PostalMime from 'postal-mime';
import { readableCharset } from './charsets.ts';
import { CoalescedParts } from './coalesced-parts.ts';
import { decodeFlowedText } from './flowed-text.ts';
import { headerLineAsUtf8, relabelParameterCharsets, withRelabelledFields } from './header-charsets.ts';
import { utf7AsUtf8 } from './utf7.ts';

/** The parts of postal-mime's MIME node (one per part, forwarded messages' included) that read text. */
interface MimeNode {
  state: 'header' | 'body' | 'finished';
  headerLines: string[];
  content: ArrayBuffer | null;
  contentType: { parsed: { params: Record<string, string> } };
  contentDecoder: { chunks: unknown; update(line: Uint8Array): void } | null;
  postalMime: { headerSize: number };
  options: { maxHeadersSize: number };
  feed(line: Uint8Array): void;
  processHeaders(): void;
  setupContentDecoder(transferEncoding: string): void;
  parseStructuredHeader(value: string): unknown;
  getTextContent(): string;
  decodeFlowedText(text: string, delSp: boolean): string;
}

const patched = new WeakSet<object>();
const EQUALS_SIGN = 0x3d;

/**
 * Makes postal-mime read every header line, encoded word and text part in the charset its bytes
 * are valid in (charsets.ts), throwing 400 invalid_encoding where there is none. postal-mime
 * decodes raw header bytes as lenient UTF-8 (U+FFFD), an encoded word or a part in a charset it
 * does not know as windows-1252 (mojibake) and a mislabelled part leniently, and offers no hook:
 * its node's methods are wrapped. A raw header line is made UTF-8 before the node reads it; a
 * part's encoded words and RFC 2231 parameters (`filename*=gbk''%BF%EC`) are relabelled before
 * they are parsed; a text part's charset is settled from its bytes before postal-mime decodes it
 * (format=flowed and all), and a UTF-7 one, which no TextDecoder reads, is handed over as UTF-8. A body's decoded parts are gathered in one buffer (coalesced-parts.ts),
 * and so is flowed text as it is unfolded (flowed-text.ts).
 * Every node shares one prototype, reached through a parser.
 */
export function readMimeStrictly(Parser: typeof PostalMime): void {
  const node = Object.getPrototypeOf((new Parser() as unknown as { root: MimeNode }).root) as MimeNode;
  if (patched.has(node)) return;
  patched.add(node);
  const { feed, processHeaders, setupContentDecoder, parseStructuredHeader, getTextContent } = node;
  node.feed = function (this: MimeNode, line: Uint8Array) {
    // A line past the header budget is left for postal-mime to refuse, unread.
    const withinBudget = this.postalMime.headerSize + line.length <= this.options.maxHeadersSize;
    feed.call(this, this.state === 'header' && withinBudget ? headerLineAsUtf8(line) : line);
  };
  node.processHeaders = function (this: MimeNode) {
    this.headerLines = withRelabelledFields(this.headerLines);
    processHeaders.call(this);
  };
  node.setupContentDecoder = function (this: MimeNode, transferEncoding: string) {
    setupContentDecoder.call(this, transferEncoding);
    const decoder = this.contentDecoder;
    if (!decoder) return;
    const parts = new CoalescedParts();
    decoder.chunks = parts;
    // postal-mime's own choice of decoder: base64 adds no line breaks, quoted-printable none after a soft break.
    if (/base64/i.test(transferEncoding)) return;
    const softBreak = /quoted-printable/i.test(transferEncoding) ? (line: Uint8Array) => line.at(-1) === EQUALS_SIGN : () => false;
    const update = decoder.update;
    decoder.update = function (line: Uint8Array) {
      update.call(this, line);
      parts.breakAfterLastLine = !softBreak(line);
    };
  };
  node.parseStructuredHeader = function (this: MimeNode, value: string) {
    return parseStructuredHeader.call(this, relabelParameterCharsets(value));
  };
  node.getTextContent = function (this: MimeNode) {
    if (this.content) {
      const params = this.contentType.parsed.params;
      const utf8 = utf7AsUtf8(new Uint8Array(this.content), params['charset']);
      if (utf8) {
        this.content = utf8.buffer as ArrayBuffer;
        params['charset'] = 'utf-8';
      } else params['charset'] = readableCharset(new Uint8Array(this.content), params['charset'], 'a text part');
    }
    return getTextContent.call(this);
  };
  node.decodeFlowedText = decodeFlowedText;
}
