import type { OutgoingMail } from '../ports.ts';
import { renderDigestHtml } from './render/html.ts';
import type { DigestLanguage } from './render/messages.ts';
import { digestSubject, renderDigestText } from './render/text.ts';
import type { Digest } from './types.ts';

/** The digest as a mail: HTML (charts are tables, so nothing is attached) and a plain-text part. */
export function composeDigestMail(digest: Digest, language: DigestLanguage, from: string, to: string[]): OutgoingMail {
  return {
    from,
    to,
    subject: digestSubject(digest, language),
    text: renderDigestText(digest, language),
    html: renderDigestHtml(digest, language),
  };
}
