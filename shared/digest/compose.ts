import type { OutgoingMail } from '../ports.ts';
import { renderDigestCharts } from './charts/index.ts';
import { dataUriSource, renderDigestHtml } from './render/html.ts';
import type { DigestLanguage } from './render/messages.ts';
import { digestSubject, renderDigestText } from './render/text.ts';
import type { Digest } from './types.ts';

/** The digest as a mail: HTML with the charts as inline `cid:` images, and a plain-text part. */
export function composeDigestMail(digest: Digest, language: DigestLanguage, from: string, to: string[]): OutgoingMail {
  const charts = renderDigestCharts(digest);
  return {
    from,
    to,
    subject: digestSubject(digest, language),
    text: renderDigestText(digest, language),
    html: renderDigestHtml(digest, language, { charts }),
    inlineImages: [...charts.values()].map(({ contentId, filename, contentType, content }) => ({
      contentId,
      filename,
      contentType,
      content,
    })),
  };
}

/** A self-contained HTML file: the charts inlined as data: URIs so a browser shows them. */
export function renderDigestHtmlFile(digest: Digest, language: DigestLanguage): string {
  return renderDigestHtml(digest, language, { imageSource: dataUriSource });
}
