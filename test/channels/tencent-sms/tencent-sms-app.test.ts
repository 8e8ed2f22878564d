import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../../shared/channels/signing.ts';
import { FIXED_NOW, ingestHarness } from '../support.ts';

const SECRET = 'tencent-relay-secret';
const body = readFileSync(new URL('./fixtures/reply.json', import.meta.url), 'utf8');
const post = (headers: Record<string, string>) => new Request('http://localhost/webhooks/sms/tencent', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('Tencent SMS through the ingest app', () => {
  it('queues a signed callback once per reply and answers {"result":0,"errmsg":"OK"}', async () => {
    const { app, queue } = ingestHarness({ TENCENT_SMS_WEBHOOK_SECRET: SECRET });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await app.request(post(signFeedbackRequest(SECRET, body, FIXED_NOW)));
      expect([response.status, await response.json()]).toEqual([200, { result: 0, errmsg: 'OK' }]);
    }
    expect(queue.sent).toHaveLength(2);
    expect(queue.sent[0]?.feedbackId).toBe(queue.sent[1]?.feedbackId);
  });

  it('answers a signed callback naming a member twice with 400 invalid_message, queueing nothing (JSON.parse kept the last: another number\'s reply)', async () => {
    const { app, queue } = ingestHarness({ TENCENT_SMS_WEBHOOK_SECRET: SECRET });
    const time = Math.floor(FIXED_NOW.getTime() / 1000);
    const reply = `"nationcode":"86","sign":"s","text":"你好","time":${time}`;
    for (const twice of [`{"mobile":"13800138000",${reply},"mobile":"13900139000"}`, `[{"mobile":"13700137000",${reply}},{"mobile":"13800138000",${reply},"text":"改过"}]`]) {
      const response = await app.request(new Request('http://localhost/webhooks/sms/tencent', { method: 'POST', headers: { 'content-type': 'application/json', ...signFeedbackRequest(SECRET, twice, FIXED_NOW) }, body: twice }));
      expect([response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([400, 'invalid_message']);
    }
    expect(queue.sent).toEqual([]);
  });

  it('answers unsigned, forged and stale requests with 401, queueing nothing', async () => {
    const { app, queue } = ingestHarness({ TENCENT_SMS_WEBHOOK_SECRET: SECRET });
    const attempts = [{}, signFeedbackRequest('guess', body, FIXED_NOW), signFeedbackRequest(SECRET, body, new Date(FIXED_NOW.getTime() - 3_600_000))];
    for (const headers of attempts) expect((await app.request(post(headers))).status).toBe(401);
    expect(queue.sent).toEqual([]);
  });
});
