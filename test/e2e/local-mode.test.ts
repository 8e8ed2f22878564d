import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { startServe } from '../support/serve-process.ts';
import { eventually } from '../support/eventually.ts';

const BIN = fileURLToPath(new URL('../../bin/feedback', import.meta.url));

const KEY = 'e2e-key';
const auth = { authorization: `Bearer ${KEY}` };

describe('local mode: ./bin/feedback serve', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'feedback-e2e-'));
  let server: Awaited<ReturnType<typeof startServe>> | undefined;
  afterAll(async () => server?.stop());

  it('takes form posts by email, then by phone, then by both; a person merges the two customers and undoes it; survives a restart', async () => {
    server = await startServe({ DATA_DIR: dataDir, FEEDBACK_API_KEYS: KEY, MAX_BODY_BYTES: '8192' });
    expect(server.output()).toContain('/webhooks/forms/:formId');
    const post = (body: string, contentType = 'application/json', headers: Record<string, string> = {}) =>
      fetch(`${server!.base}/webhooks/forms/contact`, { method: 'POST', body, headers: { 'content-type': contentType, ...headers } });

    const api = <T>(path: string, method = 'GET') => fetch(`${server!.base}${path}`, { method, headers: auth }).then((r) => r.json() as Promise<T>);
    type Customer = { customerId: string; counts: { total: number } };
    // One post after the other has been processed, as a person writes: records of a batch run in
    // parallel, and claims of one identity racing each other may land on one customer.
    const processed = (identity: string) => eventually(() => api<Customer>(`/v1/customers?identity=${identity}`), (c) => c.counts?.total === 1);
    expect((await post(JSON.stringify({ message: '快递三天还没到，太慢了', email: 'Chen.Jing@Example.com' }))).status).toBe(202);
    await processed('email:chen.jing@example.com');
    expect((await post(new URLSearchParams({ message: '客服一直不回复', phone: '13700137000' }).toString(), 'application/x-www-form-urlencoded')).status).toBe(202);
    await processed('phone:13700137000');
    const both = JSON.stringify({ message: '问题终于解决了，谢谢', email: 'chen.jing@example.com', phone: '+86 137 0013 7000' });
    const first = (await (await post(both, 'application/json', { 'idempotency-key': 'replay-1' })).json()) as { id: string };
    const replay = (await (await post(both, 'application/json', { 'idempotency-key': 'replay-1' })).json()) as { id: string };
    expect(replay.id).toBe(first.id);

    // Bad requests store nothing.
    expect((await post('{"message":')).status).toBe(400);
    expect((await post(JSON.stringify({ message: 'x'.repeat(20_000) }))).status).toBe(413);
    expect((await fetch(`${server.base}/v1/customers?identity=email:chen.jing@example.com`)).status).toBe(401);

    // Form fields are claims: the post naming both goes to the email's customer and only suggests a merge.
    const byEmail = await eventually(() => api<Customer>('/v1/customers?identity=email:chen.jing@example.com'), (c) => c.counts?.total === 2);
    const byPhone = await api<Customer>('/v1/customers?identity=phone:13700137000');
    expect([byEmail.counts.total, byPhone.counts.total]).toEqual([2, 1]);
    const texts = async (customerId: string) => (await api<{ items: { text: string }[] }>(`/v1/customers/${customerId}/timeline`)).items.map((i) => i.text);
    const before = { email: await texts(byEmail.customerId), phone: await texts(byPhone.customerId) };
    expect(before).toEqual({ email: ['问题终于解决了，谢谢', '快递三天还没到，太慢了'], phone: ['客服一直不回复'] });

    const [suggestion] = (await api<{ items: { suggestionId: string; otherCustomerId: string }[] }>('/v1/merge-suggestions')).items;
    expect(suggestion?.otherCustomerId).toBe(byPhone.customerId);
    const { mergeId, customerId } = await api<{ mergeId: string; customerId: string }>(`/v1/merge-suggestions/${suggestion!.suggestionId}/accept`, 'POST');
    const customer = await api<Customer>('/v1/customers?identity=email:chen.jing@example.com');
    expect(customer.customerId).toBe(customerId);
    expect(customer.counts.total).toBe(3);
    expect(await texts(customerId)).toEqual(['问题终于解决了，谢谢', '客服一直不回复', '快递三天还没到，太慢了']);
    expect((await api<{ undoneAt?: string }>(`/v1/merges/${mergeId}/undo`, 'POST')).undoneAt).toBeTruthy();
    expect({ email: await texts(byEmail.customerId), phone: await texts(byPhone.customerId) }).toEqual(before);

    await server.stop();
    expect(readdirSync(dataDir)).toContain('store.journal.jsonl');
    server = await startServe({ DATA_DIR: dataDir, FEEDBACK_API_KEYS: KEY });
    const afterRestart = (await (await fetch(`${server.base}/v1/customers/${byEmail.customerId}/timeline`, { headers: auth })).json()) as { items: unknown[]; merges: { undoneAt?: string }[] };
    expect(afterRestart.items).toHaveLength(2);
    expect(afterRestart.merges).toEqual([expect.objectContaining({ mergeId, undoneAt: expect.any(String) })]);
  });
});

describe("a web form's photo through ./bin/feedback serve", () => {
  let server: Awaited<ReturnType<typeof startServe>> | undefined;
  afterAll(async () => server?.stop());

  it('a photo larger than MAX_BODY_BYTES keeps the message and lists the photo; past MAX_UPLOAD_BYTES, 413 and the next post is taken', async () => {
    server = await startServe({ DATA_DIR: mkdtempSync(join(tmpdir(), 'feedback-e2e-upload-')), FEEDBACK_API_KEYS: KEY, MAX_BODY_BYTES: '8192', MAX_UPLOAD_BYTES: '2097152' });
    const postWithPhoto = (bytes: number) => {
      const form = new FormData();
      form.set('message', '收到的杯子是碎的，照片见附件');
      form.set('email', 'photo@example.com');
      form.set('photo', new File([new Uint8Array(bytes)], 'broken-cup.jpg', { type: 'image/jpeg' }));
      return fetch(`${server!.base}/webhooks/forms/contact`, { method: 'POST', body: form });
    };
    const taken = await postWithPhoto(1_000_000);
    expect(taken.status).toBe(202);
    const { id } = (await taken.json()) as { id: string };
    const item = await eventually(
      () => fetch(`${server!.base}/v1/feedback/${id}`, { headers: auth }).then((r) => r.json() as Promise<{ text?: string; attachments?: unknown }>),
      (value) => value.text !== undefined,
    );
    expect([item.text, item.attachments]).toEqual(['收到的杯子是碎的，照片见附件', [{ name: 'broken-cup.jpg', contentType: 'image/jpeg', size: 1_000_000 }]]);

    const refused = await postWithPhoto(3_000_000);
    expect([refused.status, refused.headers.get('connection')]).toEqual([413, 'close']);
    await refused.text();
    expect((await postWithPhoto(10)).status).toBe(202);
  });
});

describe('local commands beside a running server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'feedback-e2e-owner-'));
  let server: Awaited<ReturnType<typeof startServe>> | undefined;
  afterAll(async () => server?.stop());

  it('imports through the running server (same pipeline, one writer) and refuses a second server on the same DATA_DIR', async () => {
    server = await startServe({ DATA_DIR: dataDir, FEEDBACK_API_KEYS: KEY });
    const file = join(dataDir, '..', `import-${process.pid}.jsonl`);
    writeFileSync(
      file,
      [
        { channel: 'wechat', receivedAt: '2026-11-20T02:00:00Z', text: '退款还没到账', wechatOpenId: 'oImport1', externalId: 'i1' },
        { channel: 'sms', receivedAt: '2026-11-21T02:00:00Z', text: '谢谢处理', phone: '13500135000', wechatOpenId: 'oImport1', externalId: 'i2' },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, DATA_DIR: dataDir, PORT: '1', LOG_LEVEL: 'ERROR' }, encoding: 'utf8', timeout: 60_000 });
    const first = run('import', file);
    expect(first.stdout).toContain('imported 2, duplicates 0, bad 0 (through the server at');
    expect(run('import', file).stdout).toContain('imported 0, duplicates 2');
    const customer = (await (await fetch(`${server.base}/v1/customers?identity=wechat:oImport1`, { headers: auth })).json()) as { counts: { total: number }; identities: string[] };
    expect(customer.counts.total).toBe(2);
    expect(customer.identities).toEqual(['phone:+8613500135000', 'wechat:oImport1']);

    const second = run('serve');
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('is in use by process');
  });
});
