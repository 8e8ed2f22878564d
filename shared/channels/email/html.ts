import { convert } from 'html-to-text';

/**
 * Text of an HTML-only mail. Quoted earlier messages are dropped by their markup where clients
 * mark them (Gmail's gmail_quote, Outlook's divRplyFwdMsg, blockquote, QQ Mail's 原始邮件 block is
 * caught later by its text marker); links keep their words, not their URLs.
 */
export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    limits: { maxInputLength: 2_000_000, maxDepth: 64 },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'blockquote', format: 'skip' },
      { selector: 'div.gmail_quote', format: 'skip' },
      { selector: 'div#divRplyFwdMsg', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'script', format: 'skip' },
    ],
  });
}
