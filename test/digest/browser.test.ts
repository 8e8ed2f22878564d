import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../shared/classify/taxonomy.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import { renderDigestHtmlFile } from '../../shared/digest/compose.ts';
import type { DigestLanguage } from '../../shared/digest/render/messages.ts';
import type { Digest } from '../../shared/digest/types.ts';
import { clock, seededStore, TIME_ZONE } from './seeded-store.ts';

const CHROMIUM = '/usr/bin/chromium';
/** Screenshots land here for a human to look at (gitignored). */
const OUTPUT = join(process.cwd(), '.test-tmp', 'digest');

// CI installs Debian's chromium (.ci/run); a developer machine without it skips, CI never does.
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);

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

  for (const language of ['zh', 'en'] as DigestLanguage[]) {
    it(`renders the ${language} digest with every chart loaded`, async () => {
      const file = join(OUTPUT, `weekly-${language}.html`);
      await writeFile(file, renderDigestHtmlFile(digest, language));
      const page = await browser.newPage({ viewport: { width: 720, height: 1000 } });
      try {
        await page.goto(`file://${file}`, { waitUntil: 'load' });
        const images = await page.$$eval('img', (elements) =>
          elements.map((image) => ({ loaded: image.complete, naturalWidth: image.naturalWidth, shownWidth: image.getBoundingClientRect().width })),
        );
        expect(images).toHaveLength(3);
        for (const image of images) {
          expect(image.loaded).toBe(true);
          expect(image.naturalWidth).toBe(1120);
          expect(image.shownWidth).toBeGreaterThan(300);
        }
        // The layout holds at email width: nothing wider than the 640 px card.
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth');
        expect(overflow).toBeLessThanOrEqual(720);
        const screenshot = await page.screenshot({ path: join(OUTPUT, `weekly-${language}.png`), fullPage: true });
        expect(screenshot.subarray(1, 4).toString()).toBe('PNG');
      } finally {
        await page.close();
      }
    });
  }
});
