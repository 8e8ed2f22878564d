import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium at 1366×768 on the local server's console, signed in with `key`. Every dialog
 * a page opens is recorded in `dialogs` and dismissed: an alert would mean text ran as script.
 */
export async function openConsole(base: string, key: string, dialogs: string[]): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${base}/console`);
  await page.locator('#api-key').fill(key);
  await page.keyboard.press('Enter');
  await page.locator('header.top').waitFor();
  return { browser, page };
}
