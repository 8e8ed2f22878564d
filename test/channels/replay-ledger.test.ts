/**
 * The ingest app's side of the signature-use ledger: what the channels record, and what a caller
 * gets when the ledger cannot answer.
 */
import { describe, expect, it } from 'vitest';
import { LocalSignatureLedger } from '../../shared/adapters/local/local-signature-ledger.ts';
import { createIngestApp } from '../../shared/ingest/app.ts';
import type { SignatureUseLedger } from '../../shared/ports.ts';
import { oneClient } from '../support/one-client.ts';
import { fixture, SECRET, signedEmailRequest } from './email/email-support.ts';
import { CapturingQueue, fixedClock, testConfig } from './support.ts';
import { plaintextRequest } from './wechat/wechat-support.ts';

function appWith(signatureUses: SignatureUseLedger) {
  const queue = new CapturingQueue();
  const errors: unknown[] = [];
  const config = testConfig({ EMAIL_WEBHOOK_SECRET: SECRET, WECHAT_TOKEN: 'pamtest', TENCENT_SMS_WEBHOOK_SECRET: 'tencent' });
  const app = createIngestApp({ config, queue, clock: fixedClock, signatureUses, connInfo: oneClient, onError: (error) => errors.push(error) });
  return { app, queue, errors };
}

/** Remembers what was recorded, for asserting which requests pay for a ledger write. */
function recordingLedger() {
  const keys: string[] = [];
  const inner = new LocalSignatureLedger({ now: () => new Date(0) });
  const ledger: SignatureUseLedger = { record: (key, valueHash, expiresAt) => (keys.push(key), inner.record(key, valueHash, expiresAt)) };
  return { ledger, keys };
}

describe('the signature-use ledger in the ingest app', () => {
  it('answers 503 with a machine-readable body, queues nothing and reports the cause when the ledger cannot answer', async () => {
    const cause = new Error('ProvisionedThroughputExceededException');
    const { app, queue, errors } = appWith({ record: async () => Promise.reject(cause) });
    const response = await app.request(signedEmailRequest(fixture('gbk-163-reply.eml')));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'replay_check_unavailable', message: expect.any(String) } });
    expect(queue.sent).toEqual([]);
    expect(errors).toEqual([cause]);
  });

  it('is written once per email post and WeChat push, never for a request whose signature failed', async () => {
    const { ledger, keys } = recordingLedger();
    const { app } = appWith(ledger);
    expect((await app.request(signedEmailRequest(fixture('gbk-163-reply.eml')))).status).toBe(202);
    expect((await app.request(signedEmailRequest(fixture('gbk-163-reply.eml'), { secret: 'wrong' }))).status).toBe(401);
    const xml = '<xml><ToUserName>gh_1</ToUserName><FromUserName>oA</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>hi</Content><MsgId>1</MsgId></xml>';
    expect((await app.request(plaintextRequest(xml, { nonce: '11' }))).status).toBe(200);
    expect((await app.request(plaintextRequest(xml, { nonce: '12', signature: '0'.repeat(40) }))).status).toBe(401);
    expect(keys.map((key) => key.split(':')[0])).toEqual(['feedback-signature', 'wechat']);
  });
});
