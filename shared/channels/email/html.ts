import { clipText } from '../../text.ts';
/**
 * Elements whose content is not what the customer wrote. Quoted earlier messages are dropped by
 * their markup where clients mark them (Gmail's gmail_quote, blockquote); QQ Mail's 原始邮件 block
 * is caught later by its text marker (quotes.ts).
 */
function isSkipped(name: string, attributes: Record<string, string>, forwarded: boolean): boolean {
  if (SKIPPED_ELEMENTS.has(name)) return true;
  // Gmail puts a forwarded message in the same gmail_quote div as a quote (quotes.ts cuts its header block).
  return !forwarded && name === 'div' && (attributes.class ?? '').split(/\s+/).includes('gmail_quote');
}

/**
 * Where Outlook (on the web, and the new Outlook) starts the message replied to: an empty
 * `appendonsend` div where the reply ends, then `divRplyFwdMsg` with the From/Sent/Subject header,
 * then the quoted message as the elements after it, not inside it. Everything from here is theirs.
 */
function startsQuotedMessage(name: string, attributes: Record<string, string>): boolean {
  return name === 'div' && (attributes.id === 'divRplyFwdMsg' || attributes.id === 'appendonsend');
}
const SKIPPED_ELEMENTS = new Set(['blockquote', 'head', 'img', 'script', 'style', 'template', 'title', 'svg', 'object', 'iframe']);

/** Line breaks an element's start and end stand for: paragraphs get a blank line around them. */
const PARAGRAPH_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'ul', 'ol', 'dl', 'hr']);
const LINE_ELEMENTS = new Set(['div', 'li', 'tr', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'address', 'figure', 'figcaption', 'form', 'fieldset', 'center', 'caption']);

/** html-to-text's bound, kept: a hostile part is cut, not parsed for minutes. */
const MAX_HTML_CHARS = 2_000_000;
/**
 * The parser keeps open elements in an array it shifts and unshifts, so each element opened
 * inside 10,000 unclosed ones costs 10,000 moves: 1 MB of `<div>` took ~20 s. No mail nests this
 * deep; past it, the text is dropped (as html-to-text's maxDepth did) and reading stops.
 */
const MAX_DEPTH = 256;
/** Fed in slices so reading stops soon after MAX_DEPTH is passed, not at the end of the input. */
const SLICE_CHARS = 4096;

/**
 * Text of an HTML-only mail: block elements become line breaks, inline whitespace collapses,
 * links keep their words, not their URLs. htmlparser2's streaming parser (the tokenizer
 * html-to-text is built on) is linear in the input and never recurses, so deep nesting is
 * harmless, and leaves out html-to-text's DOM and CSS-selector engines (~110 KB of the ingest
 * bundle).
 */
export async function htmlToPlainText(html: string, forwarded = false): Promise<string> {
  // Loaded on the first HTML-only mail: the ingest function's other webhooks never parse HTML.
  const { WritableStream } = await import('htmlparser2/WritableStream');
  // The customer's words, and those of the message an Outlook reply quotes or forwards: kept when
  // the mail is a forward (its subject says so), or when the customer wrote nothing above it.
  const own: string[] = [];
  const quotedMessage: string[] = [];
  let out = own;
  let depth = 0;
  let skipDepth = 0;
  // Line breaks wait for the next text, so an element's end and the next one's start make one
  // break, not two, and breaks before the first or after the last text vanish.
  let pendingBreaks = 0;
  const breakLine = (count: 1 | 2) => (pendingBreaks = Math.max(pendingBreaks, count));
  const write = (text: string) => {
    if (pendingBreaks > 0 && out.length > 0) out.push('\n'.repeat(pendingBreaks));
    pendingBreaks = 0;
    out.push(text);
  };
  const parser = new WritableStream(
    {
      onopentag(name, attributes) {
        depth += 1;
        if (startsQuotedMessage(name, attributes) && out === own) {
          out = quotedMessage;
          pendingBreaks = 0;
        }
        if (skipDepth > 0 || isSkipped(name, attributes, forwarded)) {
          skipDepth += 1;
          return;
        }
        if (name === 'br') pendingBreaks += 1;
        else if (PARAGRAPH_ELEMENTS.has(name)) breakLine(2);
        else if (LINE_ELEMENTS.has(name)) breakLine(1);
        else if (name === 'td' || name === 'th') out.push(' ');
        if (name === 'li') write('* ');
      },
      onclosetag(name) {
        depth -= 1;
        if (skipDepth > 0) {
          skipDepth -= 1;
          return;
        }
        if (PARAGRAPH_ELEMENTS.has(name)) breakLine(2);
        else if (LINE_ELEMENTS.has(name)) breakLine(1);
      },
      ontext(text) {
        if (skipDepth > 0 || depth > MAX_DEPTH) return;
        const collapsed = text.replace(/[ \t\r\n\f\u200b]+/g, ' ');
        if (collapsed.trim()) write(collapsed);
        else if (pendingBreaks === 0) out.push(collapsed);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const input = clipText(html, MAX_HTML_CHARS);
  await new Promise<void>((resolve, reject) => {
    parser.on('error', reject);
    for (let at = 0; at < input.length && depth <= MAX_DEPTH; at += SLICE_CHARS) parser.write(input.slice(at, at + SLICE_CHARS));
    parser.end(() => resolve());
  });
  if (forwarded) return plainLines([...own, '\n', ...quotedMessage]);
  return plainLines(own) || plainLines(quotedMessage);
}

/** The text as lines a reader sees: spaces collapsed, each line trimmed, at most one blank line between paragraphs. */
function plainLines(out: string[]): string {
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
