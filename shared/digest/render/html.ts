import { SENTIMENT_LABELS } from '../../classify/types.ts';
import type { Digest, Metric } from '../types.ts';
import { comparisonBars, PERIOD_COLOURS, SENTIMENT_COLOURS, sentimentTrendBars, sparkBars } from './bars.ts';
import {
  consoleLink,
  formatChange,
  formatCurrent,
  formatDuration,
  formatInstant,
  formatPrevious,
  hasEnoughSample,
  MIN_SAMPLE,
  typeName,
  type Polarity,
} from './format.ts';
import { customerLabel, headlineLines } from './headline.ts';
import { MESSAGES, type DigestLanguage, type DigestMessages } from './messages.ts';
import { escapeHtml } from '../../text.ts';
import { digestSubject } from './text.ts';

const FONT = "-apple-system,'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Helvetica Neue',Arial,sans-serif";
const INK = '#1f2933';
const MUTED = '#66727f';
const LINE = '#e4e8ee';
const LINK = '#1d5bbf';
const TONE_COLOUR = { good: '#1e8e4e', bad: '#c83a3a', neutral: '#66727f' } as const;

/**
 * The digest as an email-safe HTML document: nested tables, inline styles, no script, no SVG, no
 * images; charts are tables too (bars.ts), so every label is text in the digest's language.
 * 640 px wide and readable when a client shrinks it.
 */
export function renderDigestHtml(digest: Digest, language: DigestLanguage = 'zh'): string {
  const messages = MESSAGES[language];
  const { window } = digest;
  const title = digestSubject(digest, language);
  const name = (type: string) => escapeHtml(typeName(digest, type, language));

  const body = [
    header(title, messages.comparedWith(window.previous.start, window.previous.end)),
    headline(digest, language),
    kpiTiles(digest, messages),
    section(
      messages.sections.channels,
      legend([
        [PERIOD_COLOURS.channel.current, messages.chartLegend.thisPeriod],
        [PERIOD_COLOURS.channel.previous, messages.chartLegend.previousPeriod],
      ]) +
        comparisonBars(
          digest.volume.byChannel.map(({ channel, count }) => ({
            label: escapeHtml(messages.channel[channel]),
            current: count.current ?? 0,
            previous: count.previous ?? 0,
          })),
          PERIOD_COLOURS.channel,
        ) +
        comparisonTable(
          messages,
          messages.columns.channel,
          digest.volume.byChannel.map(({ channel, count }) => [messages.channel[channel], count, 'neutral']),
        ),
    ),
    section(
      messages.sections.sentiment,
      `<div style="font-size:13px;font-weight:bold;margin:0 0 4px;">${escapeHtml(messages.sections.sentimentTrend)}</div>` +
        legend(SENTIMENT_LABELS.map((label) => [SENTIMENT_COLOURS[label], messages.sentiment[label]])) +
        sentimentTrendBars(digest.trend, (day) => day.slice(5)) +
        comparisonTable(messages, '', [
          ...SENTIMENT_LABELS.map((label): Row => [
            messages.sentiment[label],
            digest.sentiment.shares[label],
            label === 'positive' ? 'higher-is-better' : label === 'negative' ? 'lower-is-better' : 'neutral',
          ]),
          [messages.figures.satisfactionIndex, digest.sentiment.satisfactionIndex, 'higher-is-better'],
          ...(digest.csat
            ? ([
                [messages.figures.csat, digest.csat.satisfiedShare, 'higher-is-better'],
                [messages.figures.meanRating, digest.csat.meanRating, 'higher-is-better'],
              ] satisfies Row[])
            : []),
          ...(digest.nps ? ([[messages.figures.nps, digest.nps.score, 'higher-is-better']] satisfies Row[]) : []),
        ]) +
        note(messages.sampleNote(MIN_SAMPLE)),
    ),
    section(messages.sections.complaints, complaints(digest, language, name)),
    section(messages.sections.serviceQuality, serviceQuality(digest, messages)),
    section(messages.sections.rising, rising(digest, language)),
    section(messages.sections.urgent, urgent(digest, messages, name)),
    section(messages.sections.atRisk, atRisk(digest, messages, name)),
    section(
      messages.sections.responseTimes,
      comparisonTable(messages, messages.columns.meanTime, [
        [messages.figures.acknowledge, digest.responseTimes.acknowledge, 'lower-is-better'],
        [`${messages.figures.acknowledge} · ${messages.figures.handled}`, digest.responseTimes.acknowledged, 'neutral'],
        [messages.figures.resolve, digest.responseTimes.resolve, 'lower-is-better'],
        [`${messages.figures.resolve} · ${messages.figures.handled}`, digest.responseTimes.resolved, 'neutral'],
      ]),
    ),
    footer(messages, formatInstant(digest.generatedAt, digest.timeZone), digest.timeZone),
  ].join('\n');

  return `<!DOCTYPE html>
<html lang="${messages.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background:#eef1f5;-webkit-text-size-adjust:100%;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef1f5;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="width:640px;max-width:100%;background:#ffffff;border-radius:8px;font-family:${FONT};color:${INK};font-size:14px;line-height:1.5;">
${body}
</table>
</td></tr>
</table>
</body>
</html>
`;
}

type Row = [label: string, metric: Metric, polarity: Polarity];

function header(title: string, subtitle: string): string {
  return `<tr><td style="background:#1d3557;border-radius:8px 8px 0 0;padding:24px 28px;">
<div style="font-size:22px;font-weight:bold;color:#ffffff;">${escapeHtml(title)}</div>
<div style="font-size:13px;color:#c9d6ea;margin-top:4px;">${escapeHtml(subtitle)}</div>
</td></tr>`;
}

function headline(digest: Digest, language: DigestLanguage): string {
  const messages = MESSAGES[language];
  const lines = headlineLines(digest, language)
    .map((line) => `<div style="margin:3px 0;">${link(line.href, escapeHtml(line.text))}</div>`)
    .join('');
  return `<tr><td style="padding:16px 28px 0;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#fff8e6;border:1px solid #f2dfae;border-radius:6px;">
<tr><td style="padding:10px 14px;font-size:14px;"><div style="font-size:12px;color:${MUTED};margin-bottom:2px;">${escapeHtml(messages.headline.title)}</div>${lines}</td></tr>
</table></td></tr>`;
}

/** Headline tiles: only figures that rest on enough answers; a thin rate is in the tables below. */
function kpiTiles(digest: Digest, messages: DigestMessages): string {
  const tiles: [string, Metric, Polarity, string][] = [
    // The total holds interactions too (follows, opt-outs): the customer messages among it are named beside it.
    [messages.figures.total, digest.volume.total, 'neutral', `${messages.figures.messages} ${formatCurrent(digest.volume.messages, messages)} · ${messages.figures.newCustomers} ${formatCurrent(digest.volume.newCustomers, messages)}`],
  ];
  if (hasEnoughSample(digest.sentiment.satisfactionIndex)) {
    tiles.push([messages.figures.satisfactionIndex, digest.sentiment.satisfactionIndex, 'higher-is-better', messages.figures.satisfactionIndexHint]);
  }
  if (digest.csat && hasEnoughSample(digest.csat.satisfiedShare)) {
    tiles.push([messages.figures.csat, digest.csat.satisfiedShare, 'higher-is-better', messages.figures.csatHint(digest.csat.responses.current ?? 0)]);
  }
  if (digest.nps && hasEnoughSample(digest.nps.score)) {
    tiles.push([messages.figures.nps, digest.nps.score, 'higher-is-better', messages.figures.npsHint(digest.nps.responses.current ?? 0)]);
  }
  tiles.push([messages.figures.urgentFlagged, digest.urgent.flaggedInPeriod, 'lower-is-better', `${messages.sections.urgent} ${digest.urgent.open.length}${digest.urgent.moreOpen ? '+' : ''}`]);
  const width = Math.floor(100 / tiles.length);
  const cells = tiles
    .map(([label, metric, polarity, hint]) => {
      // The tile shows the bare figure; its sample size is in the hint and the tables.
      const value = formatCurrent({ ...metric, sample: undefined }, messages);
      return `<td width="${width}%" valign="top" style="padding:6px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f6f8fb;border:1px solid ${LINE};border-radius:6px;">
<tr><td style="padding:12px 12px 10px;">
<div style="font-size:12px;color:${MUTED};">${escapeHtml(label)}</div>
<div style="font-size:24px;font-weight:bold;margin:2px 0;">${escapeHtml(value)}</div>
<div style="font-size:12px;">${changeHtml(metric, polarity, messages)}</div>
<div style="font-size:11px;color:${MUTED};margin-top:2px;">${escapeHtml(hint)}</div>
</td></tr></table></td>`;
    })
    .join('');
  return `<tr><td style="padding:12px 22px 4px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>${cells}</tr></table></td></tr>`;
}

function section(title: string, content: string): string {
  return `<tr><td style="padding:18px 28px 6px;">
<div style="font-size:16px;font-weight:bold;border-bottom:2px solid ${LINE};padding-bottom:6px;margin-bottom:10px;">${escapeHtml(title)}</div>
${content}
</td></tr>`;
}

function comparisonTable(messages: DigestMessages, firstColumn: string, rows: Row[]): string {
  const head = [firstColumn, messages.columns.thisPeriod, messages.columns.previousPeriod, messages.columns.change];
  return table(
    head,
    rows.map(([label, metric, polarity]) => [
      escapeHtml(label),
      `<b>${escapeHtml(formatCurrent(metric, messages))}</b>`,
      `<span style="color:${MUTED};">${escapeHtml(formatPrevious(metric, messages))}</span>`,
      changeHtml(metric, polarity, messages),
    ]),
    [false, true, true, true],
  );
}

function complaints(digest: Digest, language: DigestLanguage, name: (type: string) => string): string {
  const messages = MESSAGES[language];
  const { top } = digest.complaints;
  if (top.length === 0) return paragraph(messages.none);
  const rows = top.map((entry, index) => [
    `<span style="color:${MUTED};">#${index + 1}</span> ${name(entry.type)}`,
    `<b>${escapeHtml(formatCurrent(entry.count, messages))}</b>`,
    `<span style="color:${MUTED};">${escapeHtml(formatPrevious(entry.count, messages))}</span>`,
    `${changeHtml(entry.count, 'lower-is-better', messages)} <span style="color:${MUTED};font-size:12px;">${escapeHtml(messages.trend[entry.trend])}</span>`,
  ]);
  const quotes = top
    .filter((entry) => entry.quotes.length > 0)
    .map(
      (entry) =>
        `<div style="font-size:13px;font-weight:bold;margin:12px 0 4px;">${name(entry.type)}</div>` +
        entry.quotes
          .map(
            (quote) =>
              `<div style="border-left:3px solid ${PERIOD_COLOURS.complaint.current};background:#fbf7f2;padding:6px 10px;margin:4px 0;font-size:13px;">“${said(quote.text)}”<div style="font-size:11px;color:${MUTED};margin-top:2px;">${escapeHtml(messages.channel[quote.channel])} · ${link(consoleLink(digest, 'feedback', quote.feedbackId), escapeHtml(formatInstant(quote.receivedAt, digest.timeZone)))}</div></div>`,
          )
          .join(''),
    )
    .join('');
  return (
    legend([
      [PERIOD_COLOURS.complaint.current, messages.chartLegend.thisPeriod],
      [PERIOD_COLOURS.complaint.previous, messages.chartLegend.previousPeriod],
    ]) +
    comparisonBars(
      top.map((entry) => ({ label: name(entry.type), current: entry.count.current ?? 0, previous: entry.count.previous ?? 0 })),
      PERIOD_COLOURS.complaint,
    ) +
    table([messages.columns.type, messages.columns.thisPeriod, messages.columns.previousPeriod, messages.columns.change], rows, [false, true, true, true]) +
    (quotes ? `<div style="font-size:14px;font-weight:bold;margin:14px 0 0;">${escapeHtml(messages.sections.quotes)}</div>${quotes}` : '')
  );
}

function serviceQuality(digest: Digest, messages: DigestMessages): string {
  // Each row scaled to its own busiest day: the shape of the week matters here, the counts are beside it.
  const rows = digest.serviceQuality.map((row) => [
    escapeHtml(messages.servqual[row.dimension]),
    `<b>${escapeHtml(formatCurrent(row.count, messages))}</b>`,
    `<span style="color:${MUTED};">${escapeHtml(formatPrevious(row.count, messages))}</span>`,
    changeHtml(row.count, 'lower-is-better', messages),
    sparkBars(row.trend.map((point) => point.count), PERIOD_COLOURS.servqual.current),
  ]);
  return (
    table(
      [messages.columns.dimension, messages.columns.thisPeriod, messages.columns.previousPeriod, messages.columns.change, messages.columns.trend],
      rows,
      [false, true, true, true, false],
    ) + note(messages.servqualNote)
  );
}

function rising(digest: Digest, language: DigestLanguage): string {
  const messages = MESSAGES[language];
  const { rising: items } = digest.complaints;
  if (items.length === 0) return paragraph(messages.none);
  return items
    .map(
      (item) =>
        `<div style="margin:3px 0;"><span style="color:${TONE_COLOUR.bad};font-weight:bold;">▲</span> ${escapeHtml(messages.risingLine(typeName(digest, item.type, language), item.current, item.previous))}</div>`,
    )
    .join('');
}

function urgent(digest: Digest, messages: DigestMessages, name: (type: string) => string): string {
  const { open, moreOpen } = digest.urgent;
  if (open.length === 0) return paragraph(messages.none);
  return (
    table(
      [messages.columns.received, messages.columns.customer, messages.columns.type, messages.columns.message],
      open.map((item) => [
        `<span style="white-space:nowrap;">${link(consoleLink(digest, 'feedback', item.feedbackId), escapeHtml(formatInstant(item.receivedAt, digest.timeZone)))}</span><div style="font-size:11px;color:${TONE_COLOUR.bad};white-space:nowrap;">${escapeHtml(messages.openFor(formatDuration(item.openSeconds, messages)))}</div>`,
        `<span style="white-space:nowrap;">${link(consoleLink(digest, 'customers', item.customerId), escapeHtml(item.customerName ?? messages.unnamed))}</span><div style="font-size:11px;color:${MUTED};white-space:nowrap;">${escapeHtml(messages.channel[item.channel])}</div>`,
        item.complaintTypes.map(name).join(', ') || escapeHtml(messages.noData),
        said(item.excerpt),
      ]),
      [false, false, false, false],
    ) + (moreOpen ? paragraph(messages.moreOpen) : '')
  );
}

function atRisk(digest: Digest, messages: DigestMessages, name: (type: string) => string): string {
  if (digest.customersAtRisk.length === 0) return paragraph(messages.none);
  return table(
    [messages.columns.customer, messages.columns.reason, messages.columns.lastComplaint],
    digest.customersAtRisk.map((customer) => {
      const complaint = customer.lastComplaint;
      const complaintCell = complaint
        ? `${link(consoleLink(digest, 'feedback', complaint.feedbackId), escapeHtml(formatInstant(complaint.receivedAt, digest.timeZone)))} · ${complaint.complaintTypes.map(name).join(', ') || escapeHtml(messages.noData)}` +
          `<div style="font-size:11px;color:${complaint.openSeconds === undefined ? TONE_COLOUR.good : TONE_COLOUR.bad};">${escapeHtml(complaint.openSeconds === undefined ? messages.resolved : messages.openFor(formatDuration(complaint.openSeconds, messages)))}</div>` +
          `<div style="font-size:12px;color:${MUTED};">${said(complaint.excerpt)}</div>`
        : escapeHtml(messages.noData);
      return [
        `<b style="white-space:nowrap;">${link(consoleLink(digest, 'customers', customer.customerId), escapeHtml(customerLabel(customer, messages)))}</b>` +
          (customer.displayName && customer.contact ? `<div style="font-size:12px;white-space:nowrap;">${escapeHtml(customer.contact)}</div>` : '') +
          `<div style="font-size:11px;color:${MUTED};">${escapeHtml(customer.channels.map((channel) => messages.channel[channel]).join(' · '))}</div>`,
        `${escapeHtml(messages.atRiskReason[customer.reason])}<div style="font-size:11px;color:${MUTED};">${escapeHtml(messages.columns.negativesLastWeek)}: ${customer.negativesLastWeek}</div>`,
        complaintCell,
      ];
    }),
    [false, false, false],
  );
}

function table(head: string[], rows: string[][], alignRight: boolean[]): string {
  const align = (index: number) => (alignRight[index] ? 'right' : 'left');
  const headCells = head
    .map((cell, index) => `<th align="${align(index)}" style="font-size:12px;font-weight:normal;color:${MUTED};padding:6px 8px;border-bottom:1px solid ${LINE};">${escapeHtml(cell)}</th>`)
    .join('');
  const bodyRows = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => `<td align="${align(index)}" valign="top" style="padding:6px 8px;border-bottom:1px solid ${LINE};">${cell}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;font-size:13px;margin-bottom:6px;"><tr>${headCells}</tr>${bodyRows}</table>`;
}

function legend(entries: [colour: string, label: string][]): string {
  return `<div style="font-size:12px;color:${MUTED};margin:0 0 4px;">${entries
    .map(([colour, label]) => `<span style="display:inline-block;width:10px;height:10px;background:${colour};border-radius:2px;vertical-align:middle;"></span>&nbsp;${escapeHtml(label)}`)
    .join('&nbsp;&nbsp;&nbsp;')}</div>`;
}

function changeHtml(metric: Metric, polarity: Polarity, messages: DigestMessages): string {
  const change = formatChange(metric, polarity, messages);
  return `<span style="color:${TONE_COLOUR[change.tone]};white-space:nowrap;">${change.arrow}&nbsp;${escapeHtml(change.text)}</span>`;
}

/** A link into the console when the digest has one; the plain text otherwise. */
function link(href: string | undefined, html: string): string {
  return href ? `<a href="${escapeHtml(href)}" style="color:${LINK};text-decoration:none;">${html}</a>` : html;
}

function paragraph(text: string): string {
  return `<div style="color:${MUTED};margin:4px 0;">${escapeHtml(text)}</div>`;
}

function note(text: string): string {
  return `<div style="font-size:11px;color:${MUTED};margin:2px 0 4px;">${escapeHtml(text)}</div>`;
}

function footer(messages: DigestMessages, generatedAt: string, timeZone: string): string {
  return `<tr><td style="padding:18px 28px 24px;font-size:11px;color:${MUTED};border-top:1px solid ${LINE};">${escapeHtml(messages.footer(generatedAt, timeZone))} ${escapeHtml(messages.privacyNote)}</td></tr>`;
}

/**
 * What a customer wrote (quotes, excerpts), escaped and free to break anywhere: a long unbroken
 * string would otherwise widen the 640-pixel mail and push every table's figures out of view.
 */
function said(text: string): string {
  return `<span style="overflow-wrap:anywhere;word-break:break-word;">${escapeHtml(text)}</span>`;
}
