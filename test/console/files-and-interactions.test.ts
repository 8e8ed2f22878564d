import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { CHROMIUM, openConsole } from '../support/console-browser.ts';
import { startServe } from '../support/serve-process.ts';

const KEY = 'files-interactions-admin-key';
const TENCENT_SECRET = 'files-interactions-tencent-secret';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);

/** A file name as a sender may choose it: markup, a right-to-left override and a great length. */
const FILE_NAME = `<img src=x onerror=alert(1)>${'长'.repeat(300)}\u202Egnp.exe`;
const FILE_NAME_LISTED = `<img src=x onerror=alert(1)>${'长'.repeat(300)}gnp.exe`;

describe.skipIf(missing)('the console timeline shows the files a person sent and marks interactions as no feedback', () => {
  let server: Awaited<ReturnType<typeof startServe>>;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const auth = { authorization: `Bearer ${KEY}` };

  const customerOf = async (identity: string, items: number): Promise<string> => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const response = await fetch(`${server.base}/v1/customers?identity=${encodeURIComponent(identity)}`, { headers: auth });
      const customer = response.ok ? ((await response.json()) as { customerId: string; counts: { total: number } }) : undefined;
      if (customer?.counts.total === items) return customer.customerId;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${identity} never had ${items} items`);
  };
  const open = async (customerId: string) => {
    await page.goto(`${server.base}/console#/customer/${customerId}`);
    await page.locator('main .item').first().waitFor();
  };

  beforeAll(async () => {
    server = await startServe({ DATA_DIR: mkdtempSync(join(tmpdir(), 'feedback-files-')), FEEDBACK_API_KEYS: KEY, TENCENT_SMS_WEBHOOK_SECRET: TENCENT_SECRET });
    const form = new FormData();
    form.append('message', '房间很脏，照片在附件里');
    form.append('email', 'files@example.com');
    form.append('photo', new Blob([Buffer.alloc(2048, 1)], { type: 'image/png' }), FILE_NAME);
    expect((await fetch(`${server.base}/webhooks/forms/contact`, { method: 'POST', body: form })).status).toBe(202);
    const now = Math.floor(Date.now() / 1000);
    for (const [text, time] of [['退款还没到账，太差了', now - 1], ['TD', now]] as const) {
      const body = JSON.stringify({ extend: '', mobile: '13600136000', nationcode: '86', sign: '商城', text, time });
      const sent = await fetch(`${server.base}/webhooks/sms/tencent`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signFeedbackRequest(TENCENT_SECRET, body, new Date()) } });
      expect(sent.status).toBe(200);
    }
    ({ browser, page } = await openConsole(server.base, KEY, dialogs));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists a file by its name as text, its type and size, inside the page', async () => {
    await open(await customerOf('email:files@example.com', 1));
    const files = page.locator('main .item ul.attachments li');
    await expect(files.allTextContents()).resolves.toEqual([`${FILE_NAME_LISTED} · image/png · 2.0 KB`]);
    await expect(files.locator('bdi').first().textContent()).resolves.toBe(FILE_NAME_LISTED);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
  });

  it('shows an SMS 退订 as an interaction, with no sentiment, intent or status it was never given', async () => {
    await open(await customerOf('phone:13600136000', 2));
    const items = page.locator('main .item');
    await expect(items.count()).resolves.toBe(2);
    const interaction = items.filter({ hasText: 'TD' });
    expect(await interaction.locator('.badge.interaction').allTextContents()).toEqual(['互动（非反馈）: 退订']);
    expect(await interaction.locator('.badge[class*="sentiment-"], .badge.intent, .badge[class*="status-"]').count()).toBe(0);
    const complaint = items.filter({ hasText: '退款还没到账' });
    expect(await complaint.locator('.badge.interaction').count()).toBe(0);
    expect(await complaint.locator('.badge.sentiment-negative').count()).toBe(1);
  });
});
