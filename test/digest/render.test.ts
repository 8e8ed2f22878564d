import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import { composeDigestMail } from '../../shared/digest/compose.ts';
import { headlineLines } from '../../shared/digest/render/headline.ts';
import { renderDigestHtml } from '../../shared/digest/render/html.ts';
import { MESSAGES } from '../../shared/digest/render/messages.ts';
import { renderDigestText } from '../../shared/digest/render/text.ts';
import type { Digest } from '../../shared/digest/types.ts';
import { clock, seededStore, TIME_ZONE } from './seeded-store.ts';

let digest: Digest;
beforeAll(async () => {
  const { store } = await seededStore({ perDay: 12 });
  digest = await buildDigest(store, 'weekly', { timeZone: TIME_ZONE, now: clock.now(), taxonomy: DEFAULT_TAXONOMY });
});

describe('charts', () => {
  it('are HTML tables labelled in the digest language: no images, no pixel font, nothing cut short', () => {
    for (const language of ['zh', 'en'] as const) {
      const html = renderDigestHtml(digest, language);
      expect(html).not.toMatch(/<img/i);
      const names = digest.complaints.top.map((entry) => digest.complaintTypeNames[entry.type]![language].replace('&', '&#38;'));
      // Each bar row: the full name in the label cell, then the bar.
      for (const name of names) expect(html).toMatch(new RegExp(`${escapeRegExp(name)}</td>\\s*<td valign="middle"`));
      for (const channel of ['微信', '短信']) expect(html.includes(`${channel}</td>`)).toBe(language === 'zh');
    }
    const zh = renderDigestHtml(digest, 'zh');
    for (const entry of digest.complaints.top) expect(zh).not.toContain(digest.complaintTypeNames[entry.type]!.en.replace('&', '&#38;'));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('HTML', () => {
  it('is Chinese by default and email-safe', () => {
    const html = renderDigestHtml(digest);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('客户反馈周报 · 2026-11-16 – 2026-11-22');
    expect(html).toContain('对比 2026-11-09 至 2026-11-15');
    for (const heading of ['各渠道反馈量', '情绪分布', '主要投诉类型', '尚未处理的紧急反馈', '流失风险客户', '响应时间']) {
      expect(html).toContain(heading);
    }
    expect(html).toMatch(/[▲▼]/);
    expect(html).not.toMatch(/<script|<svg|<style|javascript:|class="/i);
  });

  it('is English on request, with the taxonomy names', () => {
    const html = renderDigestHtml(digest, 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Customer feedback — weekly digest');
    expect(html).toContain('Top complaint types');
    const [first] = digest.complaints.top;
    expect(html).toContain(digest.complaintTypeNames[first!.type]!.en.replace('&', '&#38;'));
    expect(html).not.toMatch(/[\u4e00-\u9fff]{4}周报/);
  });

  it('shows every headline figure with its change', () => {
    const html = renderDigestHtml(digest, 'en');
    expect(html).toContain(`>${digest.volume.total.current}<`);
    const change = (digest.volume.total.current ?? 0) - (digest.volume.total.previous ?? 0);
    expect(html).toContain(`${change > 0 ? '▲' : '▼'}&nbsp;${change > 0 ? '+' : '−'}${Math.abs(change)}`);
  });

  it('names the customer messages beside the total, which holds interactions (follows, opt-outs) too', () => {
    const withInteractions: Digest = { ...digest, volume: { ...digest.volume, total: { unit: 'count', current: 9, previous: 4 }, messages: { unit: 'count', current: 4, previous: 4 } } };
    expect(renderDigestHtml(withInteractions, 'zh')).toContain('客户留言 4 · 新客户');
    expect(renderDigestHtml(withInteractions, 'en')).toContain('Customer messages 4 · New customers');
  });

  it('escapes customer text', () => {
    const hostile: Digest = structuredClone(digest);
    hostile.complaints.top[0]!.quotes = [{ feedbackId: 'fb_x', channel: 'web', receivedAt: '2026-11-20T00:00:00Z', text: '<img src=x onerror=alert(1)>' }];
    const html = renderDigestHtml(hostile, 'zh');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('puts three lines built from the figures at the top: the biggest change, the urgent items, whom to call', () => {
    const html = renderDigestHtml(digest, 'zh');
    const top = html.slice(0, html.indexOf(MESSAGES.zh.figures.total));
    const lines = headlineLines(digest, 'zh');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(top).toContain(line.text);
    const { change, urgent, call } = digest.headline;
    expect(change.kind).toBe('complaint');
    if (change.kind === 'complaint') expect(lines[0]!.text).toContain(digest.complaintTypeNames[change.type]!.zh);
    expect(lines[1]!.text).toContain(`${urgent.open}${urgent.more ? '+' : ''} 条紧急反馈`);
    expect(lines[2]!.text).toContain(call!.displayName!);
  });

  it('links customers and items into the console when it has one, and shows plain text otherwise', () => {
    const linked = { ...structuredClone(digest), consoleUrl: 'https://feedback.example.com/console' };
    const html = renderDigestHtml(linked, 'en');
    for (const customer of linked.customersAtRisk) expect(html).toContain(`href="https://feedback.example.com/console#/customers/${customer.customerId}"`);
    for (const item of linked.urgent.open) expect(html).toContain(`href="https://feedback.example.com/console#/feedback/${item.feedbackId}"`);
    expect(renderDigestText(linked, 'en')).toContain(`https://feedback.example.com/console#/customers/${linked.customersAtRisk[0]!.customerId}`);
    expect(renderDigestHtml(digest, 'en')).not.toContain('<a href');
  });

  it('names customers at risk with their channels, last complaint and how long it has been open', () => {
    const [first] = digest.customersAtRisk;
    expect(first?.displayName).toMatch(/^.\*+$/u);
    expect(first?.channels.length).toBeGreaterThan(0);
    expect(first?.lastComplaint?.openSeconds).toBeGreaterThan(0);
    const html = renderDigestHtml(digest, 'en');
    const section = html.slice(html.indexOf('Customers at risk'));
    expect(section).toContain(first!.displayName!);
    expect(section).toContain(MESSAGES.en.channel[first!.channels[0]!]);
    expect(section).toMatch(/open \d+ (d|h|min)/);
    expect(section).not.toContain(`>${first!.customerId}<`);
  });

  it('falls back to a masked phone number or e-mail address when a customer never gave a name', () => {
    const nameless: Digest = structuredClone(digest);
    const customer = nameless.customersAtRisk[0]!;
    delete customer.displayName;
    customer.contact = '+86*******8000';
    expect(renderDigestHtml(nameless, 'zh')).toContain('+86*******8000');
    delete customer.contact;
    expect(renderDigestText(nameless, 'en')).toContain(`${MESSAGES.en.unnamed} [`);
  });
});

describe('honest samples', () => {
  const thin = () => {
    const small: Digest = structuredClone(digest);
    small.csat = {
      responses: { unit: 'count', current: 2, previous: 1 },
      satisfiedShare: { unit: 'share', current: 1, previous: 0, sample: { current: 2, previous: 1 } },
      meanRating: { unit: 'rating', current: 5, previous: 1, sample: { current: 2, previous: 1 } },
    };
    small.nps = { responses: { unit: 'count', current: 1, previous: 0 }, score: { unit: 'index', current: -100, previous: null, sample: { current: 1, previous: 0 } } };
    small.volume.total = { unit: 'count', current: 21, previous: 1 };
    return small;
  };

  it('shows a rate on fewer than ten answers as too few, never as a headline tile, and a change on a tiny base in items', () => {
    const html = renderDigestHtml(thin(), 'zh');
    expect(html).toContain('样本不足（n=2）');
    expect(html).not.toContain('100.0%');
    expect(html).not.toContain('−100');
    const tiles = html.slice(0, html.indexOf(MESSAGES.zh.sections.channels));
    expect(tiles).not.toContain(MESSAGES.zh.figures.csat);
    expect(tiles).not.toContain(MESSAGES.zh.figures.nps);
    expect(html).toContain('▲&nbsp;+20<');
    expect(html).not.toContain('2,000%');
    const text = renderDigestText(thin(), 'en');
    expect(text).toContain('CSAT: too few (n=2)');
    expect(text).toContain('NPS: too few (n=1)');
  });

  it('shows each rate with its sample size once there are enough answers', () => {
    const text = renderDigestText(digest, 'en');
    const messages = digest.volume.messages.current!;
    expect(text).toContain(`(n=${messages})`);
  });

  it('counts in English singular and plural', () => {
    const text = renderDigestText(thin(), 'en');
    expect(text).toContain('1 answer\n');
    expect(text).toContain('2 ratings, share of 4–5');
    expect(MESSAGES.en.figures.csatHint(1)).toBe('1 rating, share of 4–5');
    expect(MESSAGES.en.headline.urgentOpen(1, false, '2 h 0 min')).toContain('1 urgent item from');
  });
});

describe('plain text and the mail', () => {
  it('renders the same figures as text in both languages', () => {
    const zh = renderDigestText(digest, 'zh');
    expect(zh).toContain('客户反馈周报 · 2026-11-16 – 2026-11-22');
    expect(zh).toContain(`反馈总量: ${digest.volume.total.current}`);
    expect(zh).toMatch(/满意度指数: [−+]?\d/);
    const en = renderDigestText(digest, 'en');
    expect(en).toContain(`Feedback received: ${digest.volume.total.current}`);
    expect(en).toContain('Customers at risk');
    expect(en).not.toMatch(/1[3-9]\d{9}/);
  });

  it('carries HTML and text, with nothing attached', () => {
    const mail = composeDigestMail(digest, 'zh', 'digest@example.com', ['boss@example.com']);
    expect(mail.subject).toBe('客户反馈周报 · 2026-11-16 – 2026-11-22');
    expect(mail.inlineImages).toBeUndefined();
    expect(mail.text).toContain('主要投诉类型');
    expect(mail.text.indexOf('本期要点')).toBeLessThan(mail.text.indexOf('概览'));
  });
});
