import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { startServe } from '../support/serve-process.ts';

const CHROMIUM = '/usr/bin/chromium';
const BIN = fileURLToPath(new URL('../../bin/feedback', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Screenshots land here for a human to look at (gitignored). */
const OUTPUT = join(process.cwd(), '.test-tmp', 'console');
const EMAIL_SECRET = 'console-test-email-secret';
const SMS_SECRET = 'console-test-sms-secret';

// CI installs Debian's chromium (.ci/run); a developer machine without it skips, CI never does.
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);

describe.skipIf(missing)("a support person's morning in the console, against ./bin/feedback serve", () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'feedback-console-'));
  let server: Awaited<ReturnType<typeof startServe>>;
  let browser: Browser;
  let adminKey: string;
  let writeKey: string;
  let readKey: string;
  const ids: Record<string, string> = {};
  const foreignRequests: string[] = [];

  const keysCommand = (...args: string[]) => {
    const run = spawnSync(process.execPath, [BIN, 'keys', ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.trim();
  };
  const api = async (method: string, path: string, key: string, body?: unknown) => {
    const response = await fetch(`${server.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const post = async (path: string, body: string, contentType: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.base}${path}`, { method: 'POST', body, headers: { 'content-type': contentType, ...headers } });
    expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300);
    return response;
  };
  const axeViolations = async (page: Page) => {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const result = await (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  };

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    // No FEEDBACK_API_KEYS: the first start creates an admin key, prints it once and keeps its hash.
    server = await startServe({ DATA_DIR: dataDir, EMAIL_WEBHOOK_SECRET: EMAIL_SECRET, TENCENT_SMS_WEBHOOK_SECRET: SMS_SECRET, RATE_LIMIT_PER_MINUTE: '1000' });
    adminKey = /API key\s+(fbk_\S+)/.exec(server.output())![1]!;
    // Keys created while the server runs work at once.
    writeKey = keysCommand('create', '--scope', 'write', '--name', '王芳');
    readKey = keysCommand('create', '--scope', 'read', '--name', 'auditor');

    // Mixed channels: an urgent SMS first (the oldest), then Li Lei's form, an email and forms; one person by phone and email.
    const sms = JSON.stringify({ mobile: '13800138000', nationcode: '86', text: '你们的电暖器漏电，把我孩子电伤了！我要投诉到消协！', time: Math.floor(Date.now() / 1000), sign: '', extend: '' });
    await post('/webhooks/sms/tencent', sms, 'application/json', signFeedbackRequest(SMS_SECRET, sms));
    const email = [
      'From: Li Lei <li.lei@example.com>',
      'To: support@example.com',
      'Subject: 快递',
      'Message-ID: <console-1@example.com>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '订单 12345 的快递一周了还没到，物流信息也不更新。',
      '',
    ].join('\r\n');
    // A web form's identities are claims: naming the phone an SMS proved, the form joins nobody and
    // gets a customer of its own with a suggestion (a person decides, in the console below); the
    // unverified mail after it, from the address the form claimed, finds the form's customer.
    await post('/webhooks/forms/contact', JSON.stringify({ message: '请问可以用这个邮箱联系我吗？', email: 'li.lei@example.com', phone: '13800138000', name: '李雷' }), 'application/json');
    for (const deadline = Date.now() + 20_000; (await api('GET', '/v1/customers?identity=email:li.lei@example.com', adminKey)).status !== 200; ) {
      if (Date.now() > deadline) throw new Error('the form was not processed');
      await new Promise((r) => setTimeout(r, 100));
    }
    await post('/webhooks/email', email, 'message/rfc822', signFeedbackRequest(EMAIL_SECRET, email));
    await post('/webhooks/forms/contact', JSON.stringify({ message: '请问发票怎么开？', email: 'zhao@example.com' }), 'application/json');
    await post('/webhooks/forms/contact', JSON.stringify({ message: '客服小王态度特别好，谢谢！', email: 'happy@example.com' }), 'application/json');

    const deadline = Date.now() + 20_000;
    for (;;) {
      const byPhone = await api('GET', '/v1/customers?identity=phone:13800138000', adminKey);
      const byEmail = await api('GET', '/v1/customers?identity=email:li.lei@example.com', adminKey);
      const suggestions = await api('GET', '/v1/merge-suggestions', adminKey);
      if (byPhone.body.counts?.total + byEmail.body.counts?.total === 3 && suggestions.body.items?.length === 1) break;
      const found = { body: [byPhone.body, byEmail.body, suggestions.body] };
      if (Date.now() > deadline) throw new Error(`feedback was not processed: ${JSON.stringify(found.body)}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const newPage = async () => {
    // axe is injected as a script: the console's CSP would (rightly) refuse it.
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true, locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(server.base) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) foreignRequests.push(request.url());
    });
    return page;
  };

  it('signs in with the keyboard, shows the urgent complaint first, opens the one timeline and resolves it with a note', async () => {
    const page = await newPage();
    await page.goto(`${server.base}/`);
    expect(new URL(page.url()).pathname).toBe('/console');
    await page.getByLabel('API 密钥').focus();
    await page.keyboard.type('not-a-key');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('密钥无效');
    await page.getByLabel('API 密钥').fill(writeKey);
    await page.keyboard.press('Enter');

    const items = page.locator('ol.items > li');
    await items.first().waitFor();
    expect(await items.first().locator('.badge.urgent').count()).toBe(1);
    expect(await items.first().textContent()).toContain('漏电');
    const texts = await items.allTextContents();
    expect(texts.some((text) => text.includes('态度特别好'))).toBe(false);
    // One page holds the whole queue: nothing more to load is offered (a hidden button showed, and clicking it listed every item again).
    expect(await page.getByRole('button', { name: '加载更多' }).isVisible()).toBe(false);
    expect(await page.getByText('当前密钥: 王芳 (write)').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'queue-zh.png') });

    // Filters: urgent only, then SMS only.
    await page.getByLabel('紧急').selectOption('true');
    await page.getByRole('button', { name: '应用筛选' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await page.goto(`${server.base}/console#/queue?channel=email`);
    await expect.poll(async () => (await items.allTextContents()).join('|')).toContain('快递一周');
    expect(await items.count()).toBe(1);

    // Back to the default view; open the urgent item's customer with the keyboard.
    await page.goto(`${server.base}/console#/queue`);
    // The email-filtered list stays on the page until the default view has loaded: wait for its urgent item first.
    await expect.poll(async () => (await items.first().textContent()) ?? '').toContain('漏电');
    await items.first().getByRole('link', { name: /查看客户时间线/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.timeline ol.items > li').first().waitFor();
    const timeline = page.locator('.timeline ol.items > li');
    const before = await timeline.count();
    expect(before).toBeLessThan(3);

    // The merge suggestion: accept it, undo the merge, then merge by hand; one timeline of three channels.
    const suggestion = page.locator('.merges li').filter({ has: page.getByRole('button', { name: '忽略' }) });
    const otherId = (await suggestion.getByRole('link').textContent())!;
    await suggestion.getByRole('button', { name: '合并' }).click();
    await expect.poll(() => timeline.count()).toBe(3);
    const merged = page.locator('.merges li').filter({ has: page.getByRole('button', { name: '撤销合并' }) });
    expect(await merged.count()).toBe(1);
    await merged.getByRole('button', { name: '撤销合并' }).click();
    await expect.poll(() => timeline.count()).toBe(before);
    // The undo puts the question back: the suggestion is open again, to accept or dismiss.
    await expect.poll(() => suggestion.count()).toBe(1);
    await page.getByLabel('要并入的客户 ID').fill(otherId);
    await page.getByLabel('原因').fill('客户来电确认是同一人');
    await page.getByRole('form', { name: '手动合并' }).getByRole('button', { name: '合并', exact: true }).click();
    await expect.poll(() => timeline.count()).toBe(3);
    // Merging the pair by hand answers their suggestion.
    await expect.poll(() => suggestion.count()).toBe(0);
    expect(await page.locator('.merges').textContent()).toContain('客户来电确认是同一人');
    const channels = await page.locator('.timeline .badge[class*="channel-"]').allTextContents();
    expect(new Set(channels)).toEqual(new Set(['短信', '邮件', '网页表单']));
    expect(await page.locator('.profile').textContent()).toContain('phone:+8613800138000');
    expect(await page.locator('.profile').textContent()).toContain('email:li.lei@example.com');
    const urgent = timeline.filter({ hasText: '漏电' });
    expect(await urgent.locator('details.reason').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'timeline-zh.png'), fullPage: true });

    // A colleague assigns the delivery complaint meanwhile: acknowledging it from the page as it
    // was shown reloads it instead of overwriting the colleague's assignment.
    const delivery = timeline.filter({ hasText: '订单 12345' });
    const deliveryId = (await delivery.getAttribute('data-feedback-id'))!;
    expect((await api('PATCH', `/v1/feedback/${deliveryId}`, writeKey, { assignee: '李雷' })).status).toBe(200);
    await delivery.getByLabel('负责人').fill('赵六');
    await delivery.getByRole('button', { name: '确认受理' }).click();
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('该条目已被他人修改，已刷新。');
    expect(await timeline.filter({ hasText: '订单 12345' }).getByLabel('负责人').inputValue()).toBe('李雷');
    expect((await api('GET', `/v1/feedback/${deliveryId}`, readKey)).body).toMatchObject({ status: 'open', assignee: '李雷' });

    await urgent.getByLabel('备注').fill('已致电客户，安排上门检修并退款');
    await urgent.getByLabel('负责人').fill('王芳');
    await urgent.getByRole('button', { name: '标记已解决' }).click();
    const resolved = page.locator('.timeline ol.items > li').filter({ hasText: '漏电' });
    await expect.poll(() => resolved.locator('.badge.status-resolved').count()).toBe(1);
    const history = await resolved.locator('.history').textContent();
    expect(history).toContain('王芳');
    expect(history).toContain('已致电客户');
    expect(history).toContain('新建 → 已解决');
    expect(await resolved.getByRole('button', { name: '重新打开' }).count()).toBe(1);
    await page.screenshot({ path: join(OUTPUT, 'resolved-zh.png'), fullPage: true });

    const urgentId = (await resolved.getAttribute('data-feedback-id'))!;
    ids.urgent = urgentId;
    ids.customer = new URL(page.url().replace('#', '')).pathname.split('/').pop()!.split('?')[0]!;

    // The urgent complaint has left the open queue. The queue's own list, not the timeline's
    // still on the page until the view is swapped (under load the check read the timeline).
    await page.getByRole('link', { name: '工作队列' }).click();
    const queueItems = page.locator('section.queue ol.items > li');
    await queueItems.first().waitFor();
    expect((await queueItems.allTextContents()).some((text) => text.includes('漏电'))).toBe(false);
    await page.context().close();
  });

  it('finds a customer by phone, email or id, switches to English, and draws the dashboard', async () => {
    const page = await newPage();
    await page.goto(`${server.base}/console`);
    await page.getByLabel('API 密钥').fill(readKey);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('ol.items > li').first().waitFor();

    for (const query of ['138 0013 8000', 'LI.LEI@example.com', ids.customer!]) {
      await page.getByRole('link', { name: '查找客户' }).click();
      await page.getByLabel('邮箱、手机号、微信 openid 或客户 ID').fill(query);
      await page.keyboard.press('Enter');
      await page.locator('.timeline ol.items > li').first().waitFor();
      expect(page.url(), query).toContain(ids.customer);
    }
    // A read key sees no case actions.
    expect(await page.locator('.case-form').count()).toBe(0);
    await page.getByRole('link', { name: '查找客户' }).click();
    await page.getByLabel('邮箱、手机号、微信 openid 或客户 ID').fill('nobody@example.com');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('没有找到');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.locator('.charts figure').first().waitFor();
    expect(await page.locator('.charts figure svg').count()).toBe(3);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.charts table caption').allTextContents()).toEqual(['Feedback per day', 'Sentiment per day', 'Complaint types']);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'dashboard-en.png'), fullPage: true });

    await page.getByRole('link', { name: 'Work queue' }).click();
    await page.locator('ol.items > li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'queue-en.png') });
    await page.context().close();
  });

  it('marks what a sender only claimed — a name, an identity, their messages — until verified evidence backs them', async () => {
    const address = 'claimed.name@example.com';
    await post('/webhooks/forms/contact', JSON.stringify({ message: '我的包裹在哪里？', email: address, name: '冒名者' }), 'application/json');
    const customer = async () => (await api('GET', `/v1/customers?identity=email:${address}`, readKey)).body;
    await expect.poll(async () => (await customer()).displayName, { timeout: 20_000 }).toBe('冒名者');
    expect((await customer()).displayNameClaimed).toBe(true);

    const page = await newPage();
    await page.goto(`${server.base}/console`);
    await page.getByLabel('API 密钥').fill(readKey);
    await page.keyboard.press('Enter');
    await page.locator('ol.items > li').first().waitFor();
    await page.goto(`${server.base}/console#/customer/${(await customer()).customerId}`);
    const form = page.locator('.timeline ol.items > li').filter({ hasText: '我的包裹在哪里' });
    await form.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('冒名者 未验证');
    expect(await page.locator('.profile li').filter({ hasText: `email:${address}` }).locator('.badge.unverified').textContent()).toBe('未验证');
    expect(await form.locator('.badge.unverified').textContent()).toBe('发件人未验证');
    expect(await page.locator('.unverified-help').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'claimed-zh.png'), fullPage: true });

    // The address's own mail, its sender verified, names the customer and proves the identity.
    const mail = ['From: 赵敏 <claimed.name@example.com>', 'To: support@example.com', 'Subject: 包裹', 'Message-ID: <console-claimed-1@example.com>', 'Content-Type: text/plain; charset=utf-8', '', '包裹收到了，谢谢。', ''].join('\r\n');
    await post('/webhooks/email', mail, 'message/rfc822', { ...signFeedbackRequest(EMAIL_SECRET, mail), 'X-Feedback-Sender-Verified': 'true' });
    await expect.poll(async () => (await customer()).displayName, { timeout: 20_000 }).toBe('赵敏');
    await page.reload();
    const verified = page.locator('.timeline ol.items > li').filter({ hasText: '包裹收到了' });
    await verified.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('赵敏');
    expect(await page.locator('.profile .badge.unverified').count()).toBe(0);
    expect(await page.locator('.unverified-help').count()).toBe(0);
    expect(await verified.locator('.badge.unverified').count()).toBe(0);
    // What the form claimed stays a claim on its own message.
    expect(await page.locator('.timeline ol.items > li').filter({ hasText: '我的包裹在哪里' }).locator('.badge.unverified').count()).toBe(1);
    await page.context().close();
  });

  it('serves the API reference at /docs from the npm package', async () => {
    const page = await newPage();
    await page.goto(`${server.base}/docs`);
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 20_000 });
    expect(await page.locator('.swagger-ui .info .title').textContent()).toContain('Customer feedback timeline API');
    expect(await page.locator('.opblock-summary-path').allTextContents()).toContain('/v1/feedback/{feedbackId}');
    await page.screenshot({ path: join(OUTPUT, 'docs.png') });
    await page.context().close();
  });

  it('loaded nothing from any other origin', () => {
    expect(foreignRequests).toEqual([]);
  });

  it('through the API: a read key changes nothing, the history names who, export then erasure leave nothing of the customer', async () => {
    const forbidden = await api('PATCH', `/v1/feedback/${ids.urgent}`, readKey, { status: 'reopened' });
    expect(forbidden).toEqual({ status: 403, body: { error: { code: 'forbidden', message: expect.any(String) } } });
    expect((await api('DELETE', `/v1/customers/${ids.customer}`, writeKey)).status).toBe(403);
    const item = await api('GET', `/v1/feedback/${ids.urgent}`, readKey);
    expect(item.body).toMatchObject({ status: 'resolved', assignee: '王芳' });
    expect(item.body.history).toEqual([
      { at: expect.any(String), by: '王芳', status: { from: 'open', to: 'resolved' }, note: '已致电客户，安排上门检修并退款', assignee: '王芳' },
    ]);
    const reopened = await api('PATCH', `/v1/feedback/${ids.urgent}`, writeKey, { status: 'reopened', note: '客户再次来电' });
    expect(reopened.body.status).toBe('reopened');
    const queue = await api('GET', '/v1/feedback', readKey);
    expect(queue.body.items[0].feedbackId).toBe(ids.urgent);

    const exported = await api('GET', `/v1/customers/${ids.customer}/export`, readKey);
    expect(exported.body.items).toHaveLength(3);
    expect(exported.body.identities).toEqual(['email:li.lei@example.com', 'form:contact', 'phone:+8613800138000'].filter((i) => exported.body.identities.includes(i)));

    const revokedKey = keysCommand('create', '--scope', 'admin', '--name', 'temp');
    const keyId = keysCommand('list').split('\n').find((line) => line.endsWith('temp'))!.split(' ')[0]!;
    expect((await api('GET', '/v1/me', revokedKey)).status).toBe(200);
    keysCommand('revoke', keyId);
    expect((await api('GET', '/v1/me', revokedKey)).status).toBe(401);

    const erased = await api('DELETE', `/v1/customers/${ids.customer}`, adminKey);
    expect(erased.status).toBe(200);
    for (const path of [
      '/v1/customers?identity=phone:13800138000',
      '/v1/customers?identity=email:li.lei@example.com',
      `/v1/customers/${ids.customer}`,
      ...exported.body.items.map((i: { feedbackId: string }) => `/v1/feedback/${i.feedbackId}`),
    ]) {
      expect((await api('GET', path, adminKey)).status, path).toBe(404);
    }
    const everything = JSON.stringify(await api('GET', '/v1/feedback?status=resolved', adminKey)) + JSON.stringify(await api('GET', '/v1/feedback', adminKey));
    expect(everything).not.toMatch(/李雷|li\.lei|13800138000|漏电/);
    // Nothing of the person is left on disk either: the store and queue journals were rewritten.
    for (const file of readdirSync(dataDir)) {
      expect(readFileSync(join(dataDir, file), 'utf8'), file).not.toMatch(/李雷|li\.lei|13800138000|漏电/);
    }
    const log = await api('GET', '/v1/erasures', adminKey);
    expect(log.body.items).toEqual([expect.objectContaining({ by: 'first-admin', items: 3 })]);
  });
});
