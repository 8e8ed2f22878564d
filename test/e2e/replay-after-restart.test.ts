/**
 * The local server remembers which signed requests it has accepted across a restart: a captured
 * request replayed to the restarted server within the signature's lifetime is refused as before.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { SECRETS, startAttackServer } from '../support/attack-server.ts';

describe('signature uses across a restart of the local server', () => {
  let server: Awaited<ReturnType<typeof startAttackServer>> | undefined;
  afterAll(async () => server?.stop());

  it("a relay's signed post, replayed after a restart with the sender-verified header added, is refused", async () => {
    server = await startAttackServer();
    const raw = server.mail('victim@example.com', 'restart-claim-1@example.net', '请把我的收货地址改成 上海市 某某路 9 号');
    const headers = signFeedbackRequest(SECRETS.EMAIL_WEBHOOK_SECRET, raw);
    const post = (base: string, extra: Record<string, string>) => fetch(`${base}/webhooks/email`, { method: 'POST', body: raw, headers: { 'content-type': 'message/rfc822', ...headers, ...extra } });
    expect((await post(server.base, {})).status).toBe(202);
    await server.stop();

    server = await startAttackServer(server.dataDir);
    const replayed = await post(server.base, { 'X-Feedback-Sender-Verified': 'true' });
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toEqual({ error: { code: 'replayed_signature', message: expect.any(String) } });
    // The relay's own retry of what it sent is still accepted (and is still one message).
    expect((await post(server.base, {})).status).toBe(202);
  }, 120_000);
});
