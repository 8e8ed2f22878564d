import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import { renderDigestHtml } from '../../shared/digest/render/html.ts';
import type { DigestLanguage } from '../../shared/digest/render/messages.ts';
import type { Digest } from '../../shared/digest/types.ts';
import { clock, seededStore, TIME_ZONE } from './seeded-store.ts';

const CHROMIUM = '/usr/bin/chromium';
/** Screenshots land here for a human to look at (gitignored). */
const OUTPUT = join(process.cwd(), '.test-tmp', 'digest');
/** A private-use character: every font draws it as the "missing glyph" box. */
const MISSING_GLYPH = '\uE000';

// CI installs Debian's chromium and fonts-noto-cjk (.ci/run); a developer machine without
// Chromium skips, CI never does.
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);

describe.skipIf(missing)('the digest in a real browser', () => {
  let browser: Browser;
  let digest: Digest;

  beforeAll(async () => {
    const { store } = await seededStore();
    digest = await buildDigest(store, 'weekly', { timeZone: TIME_ZONE, now: clock.now(), taxonomy: DEFAULT_TAXONOMY });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await mkdir(OUTPUT, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(language: DigestLanguage, html = renderDigestHtml(digest, language)): Promise<Page> {
    const file = join(OUTPUT, `weekly-${language}.html`);
    await writeFile(file, html);
    const page = await browser.newPage({ viewport: { width: 720, height: 1000 } });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    return page;
  }

  for (const language of ['zh', 'en'] as DigestLanguage[]) {
    it(`lays the ${language} digest out at mail width with its bar charts drawn`, async () => {
      const page = await open(language);
      try {
        expect(await page.$$('img')).toHaveLength(0);
        // Every complaint type has a bar as wide as its share of the largest count.
        const names = digest.complaints.top.map((entry) => digest.complaintTypeNames[entry.type]![language]);
        const bars = await page.$$eval('td[width="34%"]', (cells) =>
          cells.map((cell) => {
            const bar = cell.nextElementSibling?.querySelector('table');
            return { label: cell.textContent ?? '', width: bar ? bar.getBoundingClientRect().width : 0 };
          }),
        );
        for (const name of names) expect(bars.find((bar) => bar.label === name)?.width).toBeGreaterThan(3);
        // The layout holds at email width: nothing wider than the 640 px card.
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(720);
        const screenshot = await page.screenshot({ path: join(OUTPUT, `weekly-${language}.png`), fullPage: true });
        expect(PNG.sync.read(screenshot).height).toBeGreaterThan(1000);
      } finally {
        await page.close();
      }
    });
  }

  it('keeps the layout at mail width when a quote or an excerpt is one long unbroken string', async () => {
    const unbroken = 'X'.repeat(140);
    // Every quote's text and every excerpt (urgent items, customers at risk) as a customer could write them.
    const hostile = JSON.parse(JSON.stringify(digest), (key, value: unknown) => ((key === 'text' || key === 'excerpt') && typeof value === 'string' ? unbroken : value)) as Digest;
    const page = await open('zh', renderDigestHtml(hostile, 'zh'));
    try {
      expect(await page.evaluate(`[...document.querySelectorAll('td, div')].filter((element) => element.textContent === ${JSON.stringify(unbroken)} || element.textContent?.includes(${JSON.stringify(unbroken)})).length`)).toBeGreaterThan(0);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(720);
    } finally {
      await page.close();
    }
  });

  it('draws Chinese labels as Chinese, not as missing-glyph boxes (a CJK font is installed)', async () => {
    const page = await open('zh');
    try {
      const label = digest.complaintTypeNames[digest.complaints.top[0]!.type]!.zh;
      // The same number of characters that no font has: what the label looks like without a CJK font.
      const probe = (id: string, content: string) =>
        `<span id="${id}" style="font-family:-apple-system,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',Arial,sans-serif;font-size:20px;background:#fff;color:#000;">${content}</span>`;
      await page.evaluate(`document.body.insertAdjacentHTML('afterbegin', ${JSON.stringify(probe('label', label) + probe('boxes', MISSING_GLYPH.repeat([...label].length)))})`);
      const shot = async (id: string) => PNG.sync.read(await page.locator(`#${id}`).screenshot());
      const [text, boxes] = [await shot('label'), await shot('boxes')];
      writeFile(join(OUTPUT, 'cjk-label.png'), PNG.sync.write(text)).catch(() => undefined);
      expect(differingPixels(text, boxes)).toBeGreaterThan(0.1);
    } finally {
      await page.close();
    }
  });
});

/** Share of pixels that differ between two screenshots (1 when their sizes differ). */
function differingPixels(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let different = 0;
  for (let offset = 0; offset < a.data.length; offset += 4) {
    if (Math.abs(a.data[offset]! - b.data[offset]!) + Math.abs(a.data[offset + 1]! - b.data[offset + 1]!) + Math.abs(a.data[offset + 2]! - b.data[offset + 2]!) > 48) different += 1;
  }
  return different / (a.width * a.height);
}
