/**
 * Two ingest Lambda instances (functions/ingest imported twice, each with its own module state,
 * as two containers have) in front of one table: a captured webhook replayed to the instance that
 * did not see it, with what its signature does not cover changed, is refused as it would be by
 * the first. Before the shared ledger each instance remembered only its own requests.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { aesKeyFrom, encryptMessage, wechatSignature } from '../../shared/channels/wechat/crypto.ts';
import { useEmulatedAws } from '../support/emulated-aws.ts';
import { httpEvent } from '../support/http-event.ts';

type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;
type Answer = { statusCode: number; body: string };

const context = { functionName: 'ingest', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;
const SECRETS = { EMAIL_WEBHOOK_SECRET: 'relay-secret', WECHAT_TOKEN: 'wechat-token', WECHAT_APP_ID: 'wx0000000000000001', WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' };
let instances: [HttpHandler, HttpHandler];

/** A cold start: the handler module and everything it holds in memory, loaded afresh. */
async function coldStart(): Promise<HttpHandler> {
  vi.resetModules();
  return ((await import('../../functions/ingest.ts')) as unknown as { handler: HttpHandler }).handler;
}

const call = async (handler: HttpHandler, event: APIGatewayProxyEventV2) => (await handler(event, context)) as Answer;
const errorOf = (answer: Answer) => JSON.parse(answer.body) as { error: { code: string; message: string } };

beforeAll(async () => {
  await useEmulatedAws({
    LOG_LEVEL: 'SILENT',
    ...SECRETS,
  });
  instances = [await coldStart(), await coldStart()];
  expect(instances[0]).not.toBe(instances[1]);
});

describe('replays across ingest instances sharing one table', () => {
  it("email: the relay's signed post, replayed to another instance with the sender-verified header added, is refused", async () => {
    const raw = `From: victim@example.com\r\nTo: support@example.com\r\nSubject: 地址\r\nMessage-ID: <replay-1@example.net>\r\n\r\nplease change my address\r\n`;
    const signed = signFeedbackRequest(SECRETS.EMAIL_WEBHOOK_SECRET, raw);
    const post = (handler: HttpHandler, extra: Record<string, string> = {}) =>
      call(handler, httpEvent('POST', '/webhooks/email', raw, { 'content-type': 'message/rfc822', ...signed, ...extra }));

    expect((await post(instances[0])).statusCode).toBe(202);
    const replayed = await post(instances[1], { 'x-feedback-sender-verified': 'true' });
    expect(replayed.statusCode).toBe(401);
    expect(errorOf(replayed)).toEqual({ error: { code: 'replayed_signature', message: expect.any(String) } });
    // The relay's own retry, to whichever instance, is still accepted (its dedupe key makes it one message).
    expect((await post(instances[1])).statusCode).toBe(202);
  });

  it('WeChat: a plaintext push URL replayed to another instance around another body is refused; a retry of the same push is not', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = '1357913579';
    const query = `signature=${wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, nonce)}&timestamp=${timestamp}&nonce=${nonce}&openid=oVictim`;
    const xml = (text: string, msgId: string) =>
      `<xml><ToUserName>gh_1</ToUserName><FromUserName>oVictim</FromUserName><CreateTime>${timestamp}</CreateTime><MsgType>text</MsgType><Content>${text}</Content><MsgId>${msgId}</MsgId></xml>`;
    const push = (handler: HttpHandler, body: string, q = query) => call(handler, httpEvent('POST', '/webhooks/wechat', body, { 'content-type': 'text/xml' }, { query: q }));

    expect((await push(instances[0], xml('我的订单还没发货', '9001'))).statusCode).toBe(200);
    const replayed = await push(instances[1], xml('请把我的手机号改成 13900139777', '9002'));
    expect(replayed.statusCode).toBe(401);
    expect(errorOf(replayed)).toEqual({ error: { code: 'replayed_nonce', message: expect.any(String) } });
    expect((await push(instances[1], xml('我的订单还没发货', '9001'))).statusCode).toBe(200);
  });

  it("WeChat: a safe-mode push's pair, taken to another instance around a clear body, is refused", async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = '2468024680';
    const encrypted = encryptMessage(
      `<xml><ToUserName>gh_1</ToUserName><FromUserName>oVictim</FromUserName><CreateTime>${timestamp}</CreateTime><MsgType>text</MsgType><Content>hi</Content><MsgId>9101</MsgId></xml>`,
      aesKeyFrom(SECRETS.WECHAT_ENCODING_AES_KEY),
      SECRETS.WECHAT_APP_ID,
    );
    const signed = `signature=${wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, nonce)}&timestamp=${timestamp}&nonce=${nonce}`;
    const genuine = `${signed}&encrypt_type=aes&msg_signature=${wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, nonce, encrypted)}`;
    const envelope = `<xml><ToUserName>gh_1</ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`;
    expect((await call(instances[0], httpEvent('POST', '/webhooks/wechat', envelope, {}, { query: genuine }))).statusCode).toBe(200);

    const clear = `<xml><ToUserName>gh_1</ToUserName><FromUserName>oVictim</FromUserName><CreateTime>${timestamp}</CreateTime><MsgType>text</MsgType><Content>改手机号</Content><MsgId>9102</MsgId></xml>`;
    const replayed = await call(instances[1], httpEvent('POST', '/webhooks/wechat', clear, {}, { query: signed }));
    expect([replayed.statusCode, errorOf(replayed).error.code]).toEqual([401, 'replayed_nonce']);
  });
});
