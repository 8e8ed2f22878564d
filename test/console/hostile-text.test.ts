import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { consoleLink } from '../../shared/digest/render/format.ts';
import { CHROMIUM, openConsole } from '../support/console-browser.ts';
import { startServe } from '../support/serve-process.ts';

const KEY = 'hostile-text-admin-key';
const EMAIL_SECRET = 'hostile-text-email-secret';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);

/** What customers (and colleagues) may type, aimed at the people who read it. */
const MARKUP = `<script>alert(1)</script>"><img src=x onerror=alert(2)><style>*{display:none}</style>`;
const UNBROKEN = 'A'.repeat(3000);
/** An override that would make the text after it read backwards, if it reached it. */
const OVERRIDE = '\u202E已退款';

describe.skipIf(missing)('the console shows what others typed as text, in its place', () => {
  let server: Awaited<ReturnType<typeof startServe>>;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  let customerId: string;

  const open = async (hash: string) => {
    await page.goto(`${server.base}/console#${hash}`);
    await page.locator('main .item').first().waitFor();
  };
  const horizontalOverflow = () => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

  beforeAll(async () => {
    server = await startServe({ DATA_DIR: mkdtempSync(join(tmpdir(), 'feedback-hostile-')), FEEDBACK_API_KEYS: KEY, EMAIL_WEBHOOK_SECRET: EMAIL_SECRET });
    const mail = [
      `From: "${'B'.repeat(200)}" <hostile@example.com>`,
      `Subject: =?utf-8?B?${Buffer.from(`${OVERRIDE} ${MARKUP}`).toString('base64')}?=`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      `快递丢了，客服不理人 ${UNBROKEN}`,
    ].join('\r\n');
    const posted = await fetch(`${server.base}/webhooks/email`, { method: 'POST', body: mail, headers: { 'content-type': 'message/rfc822', ...signFeedbackRequest(EMAIL_SECRET, mail) } });
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as { id: string };
    const auth = { authorization: `Bearer ${KEY}` };
    let item: { customerId: string } | undefined;
    for (let attempt = 0; attempt < 50 && !item; attempt += 1) {
      const response = await fetch(`${server.base}/v1/feedback/${id}`, { headers: auth });
      if (response.ok) item = (await response.json()) as { customerId: string };
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    customerId = item!.customerId;
    const patched = await fetch(`${server.base}/v1/feedback/${id}`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'acknowledged', note: `${MARKUP}${OVERRIDE} ${UNBROKEN.slice(0, 1500)}`, assignee: `<b>${OVERRIDE}` }),
    });
    expect(patched.status).toBe(200);
    ({ browser, page } = await openConsole(server.base, KEY, dialogs));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs nothing and adds no element from it: markup stays characters', async () => {
    await open(`/customer/${customerId}`);
    expect(dialogs).toEqual([]);
    expect(await page.locator('main img, main script, main style, main .item b').count()).toBe(0);
    await expect(page.locator('main .item .text').first().textContent()).resolves.toContain(MARKUP);
  });

  it('keeps a 3,000-character unbroken text, a long name and a long note inside the 1366-pixel page', async () => {
    await open(`/customer/${customerId}`);
    expect(await horizontalOverflow()).toBe(0);
    await open('/queue?status=acknowledged');
    expect(await horizontalOverflow()).toBe(0);
  });

  it('isolates each value someone else wrote, so an override in one cannot reorder the console around it', async () => {
    await open(`/customer/${customerId}`);
    const isolated = await page.locator('main .item bdi').allTextContents();
    expect(isolated).toEqual(expect.arrayContaining([`${OVERRIDE} ${MARKUP}`, `快递丢了，客服不理人 ${UNBROKEN}`, `<b>${OVERRIDE}`, `${MARKUP}${OVERRIDE} ${UNBROKEN.slice(0, 1500)}`]));
    await expect(page.locator('main h1 bdi').textContent()).resolves.toBe('B'.repeat(200));
  });

  it("opens the digests' links: a customer's timeline, and an item in its customer's timeline", async () => {
    const digest = { consoleUrl: `${server.base}/console` } as Parameters<typeof consoleLink>[0];
    const id = (await page.locator('main .item').first().getAttribute('data-feedback-id'))!;
    // An item nobody has: the search, saying so, not the work queue.
    await page.goto(consoleLink(digest, 'feedback', 'fb_unknown')!);
    await page.locator('main input').first().waitFor();
    expect(await page.locator('main .item').count()).toBe(0);
    for (const link of [consoleLink(digest, 'customers', customerId), consoleLink(digest, 'feedback', id)]) {
      await page.goto(link!);
      await page.locator(`main .item[data-feedback-id="${id}"]`).waitFor();
      await expect(page.locator('main h1 bdi').textContent(), link).resolves.toBe('B'.repeat(200));
    }
  });

  // Last: it buries the hostile note above under newer ones.
  it('an item with more case changes than its history keeps says how many are not shown, and a change made from the page applies', async () => {
    const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
    const id = (await page.locator('main .item').first().getAttribute('data-feedback-id'))!;
    // 2,000 characters of 3 bytes each: the history keeps about ten of them.
    for (let i = 0; i < 15; i += 1) {
      const noted = await fetch(`${server.base}/v1/feedback/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ note: `${i}`.padEnd(2000, '退') }) });
      expect(noted.status).toBe(200);
    }
    // The page shows this customer already: read again, with the notes.
    await open(`/customer/${customerId}`);
    await page.reload();
    const item = page.locator(`main .item[data-feedback-id="${id}"]`);
    await expect(item.locator('.history').textContent()).resolves.toMatch(/更早的 \d+ 条记录未显示/);
    await item.getByRole('button', { name: '标记已解决' }).click();
    await expect.poll(() => page.locator(`main .item[data-feedback-id="${id}"] .badge.status-resolved`).count()).toBe(1);
    expect(((await (await fetch(`${server.base}/v1/feedback/${id}`, { headers: auth })).json()) as { status: string }).status).toBe('resolved');
  });

  it("isolates an urgent item's reason in the work queue: it quotes the customer's words", async () => {
    const mail = ['From: rtl@example.com', 'Subject: urgent', 'Content-Type: text/plain; charset=utf-8', '', '吃了你们的外卖食物中毒了 \u05D0\u05D1\u05D2 送医院了'].join('\r\n');
    const posted = await fetch(`${server.base}/webhooks/email`, { method: 'POST', body: mail, headers: { 'content-type': 'message/rfc822', ...signFeedbackRequest(EMAIL_SECRET, mail) } });
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as { id: string };
    await expect.poll(async () => (await fetch(`${server.base}/v1/feedback/${id}`, { headers: { authorization: `Bearer ${KEY}` } })).status).toBe(200);
    await page.goto(`${server.base}/console#/queue`);
    const reason = page.locator(`main .item[data-feedback-id="${id}"] .reason`);
    await reason.waitFor();
    await expect(reason.locator('bdi').textContent()).resolves.toMatch(/食物中毒/);
  });

  it('says so on the customer page when the API answers a merge or an undo still under way', async () => {
    const other = 'cus_00000000000000000000000000';
    await page.route(`**/v1/customers/${customerId}`, async (route) => {
      const answer = await route.fetch();
      const body = { ...(await answer.json()), pendingWork: [{ mergeId: 'mrg_x', customerId: other, step: 'undo' }] };
      await route.fulfill({ response: answer, json: body });
    });
    try {
      await open(`/customer/${customerId}`);
      const notice = page.locator('main .pending-work[role="status"]');
      await expect(notice.textContent()).resolves.toContain('这条时间线暂不完整');
      expect(await notice.locator(`a[href="#/customer/${other}"]`).count()).toBe(1);
    } finally {
      await page.unroute(`**/v1/customers/${customerId}`);
    }
    // The same address: read again, now with the API's own answer.
    await page.reload();
    await page.locator('main .item').first().waitFor();
    expect(await page.locator('main .pending-work').count()).toBe(0);
  });
});
