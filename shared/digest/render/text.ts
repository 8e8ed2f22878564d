import { SENTIMENT_LABELS } from '../../classify/types.ts';
import type { Digest, Metric } from '../types.ts';
import {
  consoleLink,
  formatChange,
  formatCurrent,
  formatDuration,
  formatInstant,
  formatPrevious,
  MIN_SAMPLE,
  periodLabel,
  typeName,
  type Polarity,
} from './format.ts';
import { headlineLines } from './headline.ts';
import { MESSAGES, type DigestLanguage, type DigestMessages } from './messages.ts';

/** The plain-text part of the digest mail: the same figures as the HTML, one per line. */
export function renderDigestText(digest: Digest, language: DigestLanguage = 'zh'): string {
  const messages = MESSAGES[language];
  const { window } = digest;
  const figure = (label: string, metric: Metric, polarity: Polarity) => {
    const change = formatChange(metric, polarity, messages);
    return `  ${label}: ${formatCurrent(metric, messages)}  (${messages.columns.previousPeriod} ${formatPrevious(metric, messages)}, ${change.arrow}${change.text})`;
  };
  // Wide (CJK) characters take two columns in a monospaced mail view.
  const heading = (title: string) => ['', title, '-'.repeat([...title].reduce((width, c) => width + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))];
  const noneIfEmpty = (lines: string[]) => (lines.length > 0 ? lines : [`  ${messages.none}`]);
  const names = (types: string[]) => types.map((type) => typeName(digest, type, language)).join(', ');
  const linkLine = (href: string | undefined) => (href ? [`      ${href}`] : []);
  const separator = language === 'zh' ? '；' : '; ';

  const lines = [
    `${messages.title[window.period]} · ${periodLabel(window.start, window.end)}`,
    messages.comparedWith(window.previous.start, window.previous.end),
    ...heading(messages.headline.title),
    ...headlineLines(digest, language).map((line) => `  ${line.text}`),
    ...heading(messages.sections.overview),
    figure(messages.figures.total, digest.volume.total, 'neutral'),
    figure(messages.figures.messages, digest.volume.messages, 'neutral'),
    figure(messages.figures.newCustomers, digest.volume.newCustomers, 'neutral'),
    figure(messages.figures.satisfactionIndex, digest.sentiment.satisfactionIndex, 'higher-is-better'),
    ...(digest.csat
      ? [
          figure(messages.figures.csat, digest.csat.satisfiedShare, 'higher-is-better'),
          figure(messages.figures.meanRating, digest.csat.meanRating, 'higher-is-better'),
          `    ${messages.figures.csatHint(digest.csat.responses.current ?? 0)}`,
        ]
      : []),
    ...(digest.nps
      ? [
          figure(messages.figures.nps, digest.nps.score, 'higher-is-better'),
          `    ${messages.figures.npsHint(digest.nps.responses.current ?? 0)}`,
        ]
      : []),
    figure(messages.figures.urgentFlagged, digest.urgent.flaggedInPeriod, 'lower-is-better'),
    ...heading(messages.sections.channels),
    ...digest.volume.byChannel.map(({ channel, count }) => figure(messages.channel[channel], count, 'neutral')),
    ...heading(messages.sections.sentiment),
    ...SENTIMENT_LABELS.map((label) =>
      figure(
        messages.sentiment[label],
        digest.sentiment.shares[label],
        label === 'positive' ? 'higher-is-better' : label === 'negative' ? 'lower-is-better' : 'neutral',
      ),
    ),
    `  ${messages.sampleNote(MIN_SAMPLE)}`,
    ...heading(messages.sections.complaints),
    ...noneIfEmpty(
      digest.complaints.top.flatMap((entry, index) => [
        `${figure(`#${index + 1} ${typeName(digest, entry.type, language)}`, entry.count, 'lower-is-better')} ${messages.trend[entry.trend]}`,
        ...entry.quotes.map((quote) => `      “${quote.text}” (${messages.channel[quote.channel]})`),
      ]),
    ),
    ...heading(messages.sections.serviceQuality),
    ...digest.serviceQuality.map(
      (row) => `${figure(messages.servqual[row.dimension], row.count, 'lower-is-better')}  [${row.trend.map((point) => point.count).join(' ')}]`,
    ),
    `  ${messages.servqualNote}`,
    ...heading(messages.sections.rising),
    ...noneIfEmpty(digest.complaints.rising.map((item) => `  ▲ ${messages.risingLine(typeName(digest, item.type, language), item.current, item.previous)}`)),
    ...heading(messages.sections.urgent),
    ...noneIfEmpty(
      digest.urgent.open.flatMap((item) => [
        `  ${formatInstant(item.receivedAt, digest.timeZone)} (${messages.openFor(formatDuration(item.openSeconds, messages))}) ${item.customerName ?? messages.unnamed} [${messages.channel[item.channel]}] ${names(item.complaintTypes)}`,
        `      ${item.excerpt}`,
        ...linkLine(consoleLink(digest, 'feedback', item.feedbackId)),
      ]),
    ),
    ...(digest.urgent.moreOpen ? [`  ${messages.moreOpen}`] : []),
    ...heading(messages.sections.atRisk),
    ...noneIfEmpty(
      digest.customersAtRisk.flatMap((customer) => {
        const complaint = customer.lastComplaint;
        const state = complaint && (complaint.openSeconds === undefined ? messages.resolved : messages.openFor(formatDuration(complaint.openSeconds, messages)));
        return [
          `  ${[customer.displayName, customer.contact].filter(Boolean).join(' ') || messages.unnamed} [${customer.channels.map((channel) => messages.channel[channel]).join(', ')}]: ${messages.atRiskReason[customer.reason]} (${messages.columns.negativesLastWeek} ${customer.negativesLastWeek})`,
          ...(complaint
            ? [`      ${messages.columns.lastComplaint}: ${formatInstant(complaint.receivedAt, digest.timeZone)} ${names(complaint.complaintTypes)}${separator}${state}${separator}${complaint.excerpt}`]
            : []),
          ...linkLine(consoleLink(digest, 'customers', customer.customerId)),
        ];
      }),
    ),
    ...heading(messages.sections.responseTimes),
    figure(messages.figures.acknowledge, digest.responseTimes.acknowledge, 'lower-is-better'),
    figure(messages.figures.resolve, digest.responseTimes.resolve, 'lower-is-better'),
    '',
    `${messages.footer(formatInstant(digest.generatedAt, digest.timeZone), digest.timeZone)} ${messages.privacyNote}`,
  ];
  return `${lines.join('\n')}\n`;
}

export function digestSubject(digest: Digest, language: DigestLanguage): string {
  const messages: DigestMessages = MESSAGES[language];
  return `${messages.title[digest.window.period]} · ${periodLabel(digest.window.start, digest.window.end)}`;
}
