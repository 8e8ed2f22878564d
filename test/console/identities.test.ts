import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, openConsole } from '../support/console-browser.ts';
import { startServe } from '../support/serve-process.ts';

const KEY = 'console-identities-admin-key';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);

describe.skipIf(missing)("the console adds a verified identity to a customer and removes a mistyped one", () => {
  let server: Awaited<ReturnType<typeof startServe>>;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const auth = { authorization: `Bearer ${KEY}` };

  const customerOf = async (identity: string): Promise<string | undefined> => {
    const response = await fetch(`${server.base}/v1/customers?identity=${encodeURIComponent(identity)}`, { headers: auth });
    return response.ok ? ((await response.json()) as { customerId: string }).customerId : undefined;
  };

  beforeAll(async () => {
    server = await startServe({ DATA_DIR: mkdtempSync(join(tmpdir(), 'feedback-console-identities-')), FEEDBACK_API_KEYS: KEY });
    const body = JSON.stringify({ message: '请回电', email: 'typed@example.com', phone: '+8613700137222' });
    expect((await fetch(`${server.base}/webhooks/forms/contact`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })).status).toBe(202);
    ({ browser, page } = await openConsole(server.base, KEY, dialogs));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists each change with who and why, and the identities as they are now', async () => {
    let customerId: string | undefined;
    for (let attempt = 0; attempt < 100 && !customerId; attempt += 1) {
      customerId = await customerOf('email:typed@example.com');
      if (!customerId) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await page.goto(`${server.base}/console#/customer/${customerId}`);
    await page.locator('#identity-new').waitFor();
    await page.fill('#identity-new', 'confirmed@example.com');
    await page.fill('#identity-reason', '电话核实');
    await page.locator('form.identity-form button[type=submit]').click();
    await page.locator('.identities li').filter({ hasText: 'email:confirmed@example.com' }).waitFor();
    expect(await customerOf('email:confirmed@example.com')).toBe(customerId);

    await page.getByRole('button', { name: '移除 phone:+8613700137222' }).click();
    await page.locator('.identities li').filter({ hasText: 'phone:+8613700137222' }).waitFor();
    expect(await customerOf('phone:+8613700137222')).toBeUndefined();
    const identities = await page.locator('.profile dd ul.plain li code').allTextContents();
    expect(identities.sort()).toEqual(['email:confirmed@example.com', 'email:typed@example.com']);
    const changes = await page.locator('.identities li').allTextContents();
    expect(changes).toEqual([expect.stringMatching(/^添加 email:confirmed@example\.com · .* · 电话核实$/), expect.stringMatching(/^移除 phone:\+8613700137222 · /)]);
    expect(dialogs).toEqual([]);
  });
});
