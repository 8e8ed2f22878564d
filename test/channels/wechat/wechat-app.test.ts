import { describe, expect, it } from 'vitest';
import { ingestHarness } from '../support.ts';
import { AES_KEY, APP_ID, NOW_TIMESTAMP, OPENID, TOKEN, fixture, plaintextRequest, safeModeRequest, sha1Sorted } from './wechat-support.ts';

const env = { WECHAT_TOKEN: TOKEN, WECHAT_APP_ID: APP_ID, WECHAT_ENCODING_AES_KEY: AES_KEY };

describe('WeChat through the ingest app', () => {
  it('answers the GET check and queues nothing', async () => {
    const { app, queue } = ingestHarness(env);
    const query = new URLSearchParams({ signature: sha1Sorted(TOKEN, NOW_TIMESTAMP, '2'), timestamp: NOW_TIMESTAMP, nonce: '2', echostr: 'hello' });
    const response = await app.request(`/webhooks/wechat?${query}`);
    expect([response.status, await response.text()]).toEqual([200, 'hello']);
    expect(queue.sent).toEqual([]);
  });

  it('queues plaintext and safe-mode messages, one item per MsgId across retries', async () => {
    const { app, queue } = ingestHarness(env);
    for (const request of [plaintextRequest(fixture('text.xml')), safeModeRequest(fixture('text.xml'), { nonce: '7' }), plaintextRequest(fixture('event-subscribe.xml'))]) {
      const response = await app.request(request);
      expect([response.status, await response.text()]).toEqual([200, 'success']);
    }
    expect(queue.sent).toHaveLength(3);
    expect(new Set(queue.sent.map((event) => event.feedbackId)).size).toBe(2);
    expect(queue.sent[0]?.identities).toEqual([`wechat:${OPENID}`]);
  });

  it("keeps a push of a type WeChat may add later, however long the type's name, instead of failing to queue it (a 5,000-character MsgType answered 503, and WeChat retried it)", async () => {
    const { app, queue } = ingestHarness(env);
    const oddType = fixture('text.xml').replace('<![CDATA[text]]>', `<![CDATA[${'x'.repeat(5000)}]]>`).replace('1234567890123456', '1234567890123499');
    for (const request of [plaintextRequest(oddType), safeModeRequest(oddType, { nonce: '8' })]) {
      const response = await app.request(request);
      expect([response.status, await response.text()]).toEqual([200, 'success']);
    }
    expect(queue.sent).toHaveLength(2);
    expect(queue.sent[0]).toMatchObject({ kind: 'interaction', text: '' });
    expect(String(queue.sent[0]?.metadata['msgType']).length).toBeLessThanOrEqual(4096);
  });

  it('answers a signed push declaring another type or charset than XML in UTF-8 with 415, queueing nothing; text/xml, application/xml, text/plain or no type pass', async () => {
    const { app, queue } = ingestHarness(env);
    const declaring = (request: Request, contentType: string | undefined) => {
      const headers = new Headers(request.headers);
      if (contentType === undefined) headers.delete('content-type');
      else headers.set('content-type', contentType);
      return new Request(request.url, { method: 'POST', headers, body: request.body, duplex: 'half' } as RequestInit);
    };
    const refused: [string, string][] = [
      ['application/json', 'unsupported_media_type'],
      ['application/x-www-form-urlencoded', 'unsupported_media_type'],
      ['text/xml; charset=gbk', 'unsupported_charset'],
    ];
    for (const [contentType, code] of refused) {
      for (const request of [plaintextRequest(fixture('text.xml')), safeModeRequest(fixture('text.xml'))]) {
        const response = await app.request(declaring(request, contentType));
        expect([contentType, response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([contentType, 415, code]);
      }
    }
    expect(queue.sent).toEqual([]);
    const forged = await app.request(declaring(plaintextRequest(fixture('text.xml'), { signature: 'f'.repeat(40) }), 'application/json'));
    expect(forged.status).toBe(401);
    for (const contentType of ['text/xml; charset=UTF-8', 'application/xml', 'text/plain;charset=UTF-8', undefined]) {
      const response = await app.request(declaring(plaintextRequest(fixture('text.xml')), contentType));
      expect([contentType, response.status]).toEqual([contentType, 200]);
    }
    expect(queue.sent).toHaveLength(4);
  });

  it('answers forged requests with 401 and the error body, queueing nothing', async () => {
    const { app, queue } = ingestHarness(env);
    const forged = [
      plaintextRequest(fixture('text.xml'), { signature: sha1Sorted('guess', NOW_TIMESTAMP, '1514711492') }),
      safeModeRequest(fixture('text.xml'), { msgSignature: 'f'.repeat(40) }),
      safeModeRequest(fixture('text.xml'), { appId: 'wx0000000000000000' }),
    ];
    for (const request of forged) {
      const response = await app.request(request);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }
    expect(queue.sent).toEqual([]);
  });

  it('answers 503 channel_not_configured when WECHAT_TOKEN is unset', async () => {
    const { app, queue } = ingestHarness({});
    const response = await app.request(plaintextRequest(fixture('text.xml')));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'channel_not_configured' } });
    expect(queue.sent).toEqual([]);
  });
});
