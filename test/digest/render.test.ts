import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import { renderDigestCharts } from '../../shared/digest/charts/index.ts';
import { composeDigestMail, renderDigestHtmlFile } from '../../shared/digest/compose.ts';
import { renderDigestHtml } from '../../shared/digest/render/html.ts';
import { renderDigestText } from '../../shared/digest/render/text.ts';
import type { Digest } from '../../shared/digest/types.ts';
import { clock, seededStore, TIME_ZONE } from './seeded-store.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let digest: Digest;
beforeAll(async () => {
  const { store } = await seededStore({ perDay: 12 });
  digest = await buildDigest(store, 'weekly', { timeZone: TIME_ZONE, now: clock.now(), taxonomy: DEFAULT_TAXONOMY });
}, 120_000);

describe('charts', () => {
  it('are valid PNGs at twice the size the HTML shows them', () => {
    const charts = renderDigestCharts(digest);
    expect([...charts.keys()].sort()).toEqual(['channel-volume', 'complaint-types', 'sentiment-trend']);
    for (const chart of charts.values()) {
      expect(chart.content.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      const decoded = PNG.sync.read(chart.content);
      expect([decoded.width, decoded.height]).toEqual([chart.width * 2, chart.height * 2]);
      expect(chart.width).toBe(560);
      // Not a blank image: bars in the chart colours are drawn.
      const colours = new Set<number>();
      for (let offset = 0; offset < decoded.data.length; offset += 4 * 97) colours.add(decoded.data.readUInt32BE(offset));
      expect(colours.size).toBeGreaterThan(3);
    }
  });
});

describe('HTML', () => {
  it('is Chinese by default, email-safe, and refers to the charts by cid', () => {
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
    const sources = [...html.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.sort()).toEqual(['cid:channel-volume@feedback-digest', 'cid:complaint-types@feedback-digest', 'cid:sentiment-trend@feedback-digest']);
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

  it('escapes customer text', () => {
    const hostile: Digest = structuredClone(digest);
    hostile.complaints.top[0]!.quotes = [{ feedbackId: 'fb_x', channel: 'web', receivedAt: '2026-11-20T00:00:00Z', text: '<img src=x onerror=alert(1)>' }];
    const html = renderDigestHtml(hostile, 'zh');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('inlines the charts as data: URIs in the file version', () => {
    const html = renderDigestHtmlFile(digest, 'zh');
    expect(html).not.toContain('cid:');
    expect([...html.matchAll(/<img src="data:image\/png;base64,/g)]).toHaveLength(3);
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

  it('carries HTML, text and the charts as inline images', () => {
    const mail = composeDigestMail(digest, 'zh', 'digest@example.com', ['boss@example.com']);
    expect(mail.subject).toBe('客户反馈周报 · 2026-11-16 – 2026-11-22');
    expect(mail.inlineImages?.map((image) => image.contentId).sort()).toEqual([
      'channel-volume@feedback-digest',
      'complaint-types@feedback-digest',
      'sentiment-trend@feedback-digest',
    ]);
    for (const image of mail.inlineImages ?? []) expect(mail.html).toContain(`cid:${image.contentId}`);
    expect(mail.text).toContain('主要投诉类型');
  });
});
