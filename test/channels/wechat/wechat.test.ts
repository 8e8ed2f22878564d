import { describe, expect, it } from 'vitest';
import { wechatChannel, ACK_REPLY_TEXT } from '../../../shared/channels/wechat/index.ts';
import { aesKeyFrom, decryptMessage, encryptMessage } from '../../../shared/channels/wechat/crypto.ts';
import { parseWechatXml } from '../../../shared/channels/wechat/xml.ts';
import { FeedbackEvent } from '../../../shared/event.ts';
import { callPlugin, channelErrorOf, testConfig } from '../support.ts';
import { AES_KEY, APP_ID, NOW_TIMESTAMP, OPENID, TOKEN, fixture, plaintextRequest, safeModeRequest, sha1Sorted } from './wechat-support.ts';
import officialVector from './fixtures/official-vector.json' with { type: 'json' };

const plainConfig = testConfig({ WECHAT_TOKEN: TOKEN });
const safeConfig = testConfig({ WECHAT_TOKEN: TOKEN, WECHAT_APP_ID: APP_ID, WECHAT_ENCODING_AES_KEY: AES_KEY });

describe('WeChat server verification (GET)', () => {
  const verifyUrl = (signature: string) =>
    `https://feedback.example.com/webhooks/wechat?${new URLSearchParams({ signature, timestamp: NOW_TIMESTAMP, nonce: '1372623149', echostr: '5838479218127813673' })}`;

  it('echoes echostr when the signature matches the token', async () => {
    const outcome = await callPlugin(wechatChannel, new Request(verifyUrl(sha1Sorted(TOKEN, NOW_TIMESTAMP, '1372623149'))), plainConfig);
    expect(outcome.events).toEqual([]);
    expect(outcome.response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await outcome.response.text()).toBe('5838479218127813673');
  });

  it('refuses a wrong signature with 401', async () => {
    const error = await channelErrorOf(callPlugin(wechatChannel, new Request(verifyUrl(sha1Sorted('other', NOW_TIMESTAMP, '1372623149'))), plainConfig));
    expect([error.status, error.code]).toEqual([401, 'bad_signature']);
  });

  it('answers 503 channel_not_configured without WECHAT_TOKEN', async () => {
    const error = await channelErrorOf(callPlugin(wechatChannel, new Request(verifyUrl('x')), testConfig()));
    expect([error.status, error.code]).toEqual([503, 'channel_not_configured']);
  });
});

describe('WeChat plaintext messages', () => {
  it.each([
    ['text.xml', 'message', '你们的快递太慢了，三天还没到'],
    ['voice.xml', 'message', '腾讯微信团队'],
    ['image.xml', 'interaction', ''],
    ['video.xml', 'interaction', ''],
    ['shortvideo.xml', 'interaction', ''],
    ['location.xml', 'interaction', ''],
    ['link.xml', 'interaction', ''],
    ['event-subscribe.xml', 'interaction', ''],
    ['event-unsubscribe.xml', 'interaction', ''],
    ['event-scan.xml', 'interaction', ''],
    ['event-click.xml', 'interaction', ''],
    ['event-view.xml', 'interaction', ''],
    ['event-location.xml', 'interaction', ''],
  ])('%s becomes a valid %s event', async (name, kind, text) => {
    const outcome = await callPlugin(wechatChannel, plaintextRequest(fixture(name)), plainConfig);
    expect(outcome.events).toHaveLength(1);
    const event = FeedbackEvent.parse(outcome.events[0]);
    expect(event).toMatchObject({ channel: 'wechat', source: 'wechat', kind, text, identities: [`wechat:${OPENID}`] });
    expect(await outcome.response.text()).toBe('success');
  });

  it('keeps a push whose CreateTime is later than the clock allows, without that send time (year 33658 was stored)', async () => {
    const sent = Number(NOW_TIMESTAMP);
    for (const [createTime, sentAt] of [['999999999999', undefined], [String(sent + 3600), undefined], [String(sent - 60), new Date((sent - 60) * 1000).toISOString()]] as const) {
      const outcome = await callPlugin(wechatChannel, plaintextRequest(fixture('text.xml').replace(/<CreateTime>\d+<\/CreateTime>/, `<CreateTime>${createTime}</CreateTime>`)), plainConfig);
      expect(outcome.events).toHaveLength(1);
      expect(outcome.events[0]!.metadata['sentAt'], createTime).toBe(sentAt);
    }
  });

  it.each(['Content', 'FromUserName', 'MsgType'])('refuses a push repeating <%s> with a 400 that says so (not that it has none)', async (name) => {
    const text = fixture('text.xml');
    const field = new RegExp(`<${name}>.*</${name}>`).exec(text)![0];
    const error = await channelErrorOf(callPlugin(wechatChannel, plaintextRequest(text.replace(field, field + field)), plainConfig));
    expect([error.status, error.code, error.message]).toEqual([400, 'invalid_message', `WeChat message has more than one <${name}>`]);
  });

  it("shows a shared link's title and a location's place as the subject, never as the follower's words", async () => {
    const [link] = (await callPlugin(wechatChannel, plaintextRequest(fixture('link.xml')), plainConfig)).events;
    expect(link).toMatchObject({ kind: 'interaction', text: '', subject: '订单问题截图说明' });
    expect(link?.metadata).toMatchObject({ url: 'https://example.com/orders/2024-001', description: '订单 2024-001 一直显示待发货' });
    const [location] = (await callPlugin(wechatChannel, plaintextRequest(fixture('location.xml')), plainConfig)).events;
    expect(location).toMatchObject({ kind: 'interaction', text: '', subject: '广州市天河区天河路' });
  });

  it('keeps the voice Recognition, the CLICK key and the 64-bit MsgId unrounded', async () => {
    const [voice] = (await callPlugin(wechatChannel, plaintextRequest(fixture('voice.xml')), plainConfig)).events;
    expect(voice?.metadata).toMatchObject({ msgId: '1234567890123458', format: 'amr', mediaId: 'media_id_voice_1' });
    const [click] = (await callPlugin(wechatChannel, plaintextRequest(fixture('event-click.xml')), plainConfig)).events;
    expect(click?.metadata).toMatchObject({ event: 'CLICK', eventKey: 'V1001_COMPLAINT' });
  });

  it('maps WeChat retries of one MsgId (new timestamp and nonce) to one feedbackId', async () => {
    const first = await callPlugin(wechatChannel, plaintextRequest(fixture('text.xml'), { nonce: '1' }), plainConfig);
    const retry = await callPlugin(wechatChannel, plaintextRequest(fixture('text.xml'), { timestamp: String(Number(NOW_TIMESTAMP) + 5), nonce: '2' }), plainConfig);
    const other = await callPlugin(wechatChannel, plaintextRequest(fixture('image.xml')), plainConfig);
    expect(retry.events[0]?.feedbackId).toBe(first.events[0]?.feedbackId);
    expect(other.events[0]?.feedbackId).not.toBe(first.events[0]?.feedbackId);
  });

  it('gives a retried event the same feedbackId, and different events different ones', async () => {
    const a = await callPlugin(wechatChannel, plaintextRequest(fixture('event-subscribe.xml'), { nonce: 'event-1' }), plainConfig);
    const b = await callPlugin(wechatChannel, plaintextRequest(fixture('event-subscribe.xml'), { nonce: 'event-2' }), plainConfig);
    const c = await callPlugin(wechatChannel, plaintextRequest(fixture('event-unsubscribe.xml')), plainConfig);
    expect(b.events[0]?.feedbackId).toBe(a.events[0]?.feedbackId);
    expect(c.events[0]?.feedbackId).not.toBe(a.events[0]?.feedbackId);
  });

  it('keeps two menu clicks in the same second apart when they name different menu items; a retry of either is the same', async () => {
    const click = (key: string, nonce: string) => callPlugin(wechatChannel, plaintextRequest(fixture('event-click.xml').replace('V1001_COMPLAINT', key), { nonce }), plainConfig);
    const [complaint, retried, refund] = await Promise.all([click('V1001_COMPLAINT', 'click-1'), click('V1001_COMPLAINT', 'click-2'), click('V1002_REFUND', 'click-3')]);
    expect(retried.events[0]?.feedbackId).toBe(complaint.events[0]?.feedbackId);
    expect(refund.events[0]?.feedbackId).not.toBe(complaint.events[0]?.feedbackId);
  });

  it('adds the unionid identity when the push carries one', async () => {
    const xml = fixture('text.xml').replace('</xml>', '<UnionId><![CDATA[o6_bmasdasdsad6_2sgVt7hMZOPfL]]></UnionId></xml>');
    const [event] = (await callPlugin(wechatChannel, plaintextRequest(xml), plainConfig)).events;
    expect(event?.identities).toEqual([`wechat:${OPENID}`, 'wechatunion:o6_bmasdasdsad6_2sgVt7hMZOPfL']);
  });

  it.each([
    ['no signature', () => new Request('https://feedback.example.com/webhooks/wechat?timestamp=1&nonce=2', { method: 'POST', body: fixture('text.xml') })],
    ['a forged signature', () => plaintextRequest(fixture('text.xml'), { signature: sha1Sorted('guess', NOW_TIMESTAMP, '1514711492') })],
    ['a signature for another timestamp', () => plaintextRequest(fixture('text.xml'), { signature: sha1Sorted(TOKEN, '1', '1514711492') })],
  ])('refuses %s with 401', async (_label, request) => {
    const error = await channelErrorOf(callPlugin(wechatChannel, request(), plainConfig));
    expect(error.status).toBe(401);
  });

  it('refuses a signed plaintext URL replayed two days later, even with a new body', async () => {
    const twoDaysAgo = String(Number(NOW_TIMESTAMP) - 2 * 86_400);
    const error = await channelErrorOf(callPlugin(wechatChannel, plaintextRequest(fixture('image.xml'), { timestamp: twoDaysAgo }), plainConfig));
    expect([error.status, error.code]).toEqual([401, 'stale_timestamp']);
  });

  it('refuses a timestamp more than five minutes ahead', async () => {
    const ahead = String(Number(NOW_TIMESTAMP) + 301);
    const error = await channelErrorOf(callPlugin(wechatChannel, plaintextRequest(fixture('text.xml'), { timestamp: ahead }), plainConfig));
    expect(error.code).toBe('stale_timestamp');
  });

  it('lets a fresh URL sign one body only: a retry passes, a swapped body is refused', async () => {
    const nonce = 'replay-guard-1';
    const first = await callPlugin(wechatChannel, plaintextRequest(fixture('text.xml'), { nonce }), plainConfig);
    const retry = await callPlugin(wechatChannel, plaintextRequest(fixture('text.xml'), { nonce }), plainConfig);
    expect(retry.events[0]?.feedbackId).toBe(first.events[0]?.feedbackId);
    const swapped = fixture('text.xml').replace('你们的快递太慢了', '退款').replace('1234567890123456', '1234567890123457');
    const error = await channelErrorOf(callPlugin(wechatChannel, plaintextRequest(swapped, { nonce }), plainConfig));
    expect([error.status, error.code]).toEqual([401, 'replayed_nonce']);
  });

  it("refuses a message signed with the pair of WeChat's URL check: that signature signed no message", async () => {
    const nonce = 'url-check-1';
    const check = new URL('https://feedback.example.com/webhooks/wechat');
    check.search = new URLSearchParams({ signature: sha1Sorted(TOKEN, NOW_TIMESTAMP, nonce), timestamp: NOW_TIMESTAMP, nonce, echostr: 'e' }).toString();
    await callPlugin(wechatChannel, new Request(check), plainConfig);
    const error = await channelErrorOf(callPlugin(wechatChannel, plaintextRequest(fixture('text.xml'), { nonce }), plainConfig));
    expect([error.status, error.code]).toEqual([401, 'replayed_nonce']);
  });

  it('replies with a passive text message when WECHAT_REPLY=ack, but not to events', async () => {
    const config = testConfig({ WECHAT_TOKEN: TOKEN, WECHAT_REPLY: 'ack' });
    const outcome = await callPlugin(wechatChannel, plaintextRequest(fixture('text.xml')), config);
    const reply = parseWechatXml(await outcome.response.text());
    expect(reply).toMatchObject({ ToUserName: OPENID, FromUserName: 'gh_7f083739789a', MsgType: 'text', Content: ACK_REPLY_TEXT });
    const event = await callPlugin(wechatChannel, plaintextRequest(fixture('event-subscribe.xml')), config);
    expect(await event.response.text()).toBe('success');
  });
});

describe('WeChat safe mode (encrypt_type=aes)', () => {
  it('matches the published WXBizMsgCrypt test vector in both directions', () => {
    const key = aesKeyFrom(officialVector.encodingAesKey);
    const random = Buffer.from(officialVector.randomPrefix);
    expect(encryptMessage(officialVector.replyMsg, key, officialVector.appId, random)).toBe(officialVector.afterAesEncrypt);
    expect(encryptMessage(officialVector.replyMsg2, key, officialVector.appId, random)).toBe(officialVector.afterAesEncrypt2);
    expect(decryptMessage(officialVector.afterAesEncrypt2, key, officialVector.appId)).toBe(officialVector.replyMsg2);
  });

  it('decrypts, checks msg_signature and normalises', async () => {
    const outcome = await callPlugin(wechatChannel, safeModeRequest(fixture('text.xml')), safeConfig);
    expect(outcome.events[0]).toMatchObject({ kind: 'message', text: '你们的快递太慢了，三天还没到', identities: [`wechat:${OPENID}`] });
    expect(await outcome.response.text()).toBe('success');
  });

  it('treats a request with msg_signature but no encrypt_type as safe mode', async () => {
    const request = safeModeRequest(fixture('text.xml'));
    const url = new URL(request.url);
    url.searchParams.delete('encrypt_type');
    const outcome = await callPlugin(wechatChannel, new Request(url, { method: 'POST', body: await request.text() }), safeConfig);
    expect(outcome.events[0]?.text).toBe('你们的快递太慢了，三天还没到');
  });

  it('gives a plaintext and an encrypted delivery of one MsgId the same feedbackId', async () => {
    const plain = await callPlugin(wechatChannel, plaintextRequest(fixture('text.xml')), safeConfig);
    const encrypted = await callPlugin(wechatChannel, safeModeRequest(fixture('text.xml'), { nonce: '99' }), safeConfig);
    expect(encrypted.events[0]?.feedbackId).toBe(plain.events[0]?.feedbackId);
  });

  it("refuses a clear body signed with the plaintext signature a safe-mode push's URL carries", async () => {
    const nonce = 'safe-pair-1';
    const safe = safeModeRequest(fixture('text.xml'), { timestamp: NOW_TIMESTAMP, nonce });
    await callPlugin(wechatChannel, safe, safeConfig);
    const forged = fixture('text.xml').replace('你们的快递太慢了', '请把手机号改成 13900139777').replace('1234567890123456', '1234567890123458');
    const error = await channelErrorOf(callPlugin(wechatChannel, plaintextRequest(forged, { nonce }), safeConfig));
    expect([error.status, error.code]).toEqual([401, 'replayed_nonce']);
    // Another encrypted push under the same pair is vouched for by its own msg_signature.
    const other = await callPlugin(wechatChannel, safeModeRequest(fixture('image.xml'), { timestamp: NOW_TIMESTAMP, nonce }), safeConfig);
    expect(other.events).toHaveLength(1);
  });

  it('handles compatible mode, trusting the decrypted copy over the clear one', async () => {
    const tamperedClearCopy = fixture('text.xml').replace('你们的快递太慢了', 'forged words');
    const request = safeModeRequest(fixture('text.xml'), { clearCopy: tamperedClearCopy });
    const outcome = await callPlugin(wechatChannel, request, safeConfig);
    expect(outcome.events[0]?.text).toBe('你们的快递太慢了，三天还没到');
  });

  it('refuses a forged msg_signature and a message encrypted for another AppID', async () => {
    const forged = await channelErrorOf(callPlugin(wechatChannel, safeModeRequest(fixture('text.xml'), { msgSignature: sha1Sorted('x') }), safeConfig));
    expect([forged.status, forged.code]).toEqual([401, 'bad_signature']);
    const otherApp = await channelErrorOf(callPlugin(wechatChannel, safeModeRequest(fixture('text.xml'), { appId: 'wx0000000000000000' }), safeConfig));
    expect([otherApp.status, otherApp.code]).toEqual([401, 'appid_mismatch']);
  });

  it('refuses a decrypted message that is not UTF-8 (GBK inside the ciphertext) with 400, as it refuses a plaintext one, instead of storing U+FFFD', async () => {
    const [before, after] = fixture('text.xml').split('你们的快递太慢了，三天还没到');
    const gbk = Buffer.concat([Buffer.from(before!), Buffer.from([0xbf, 0xec, 0xb5, 0xdd, 0xcc, 0xab, 0xc2, 0xfd]), Buffer.from(after!)]);
    const encrypted = await channelErrorOf(callPlugin(wechatChannel, safeModeRequest(gbk, { nonce: 'gbk-safe' }), safeConfig));
    expect([encrypted.status, encrypted.code]).toEqual([400, 'invalid_encoding']);
    const clear = new Request(plaintextRequest('').url, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: gbk });
    const plaintext = await channelErrorOf(callPlugin(wechatChannel, clear, safeConfig));
    expect([plaintext.status, plaintext.code]).toEqual([400, 'invalid_encoding']);
  });

  it('refuses a safe-mode push signed more than five minutes from the clock, as a plaintext one (a captured push was accepted years later)', async () => {
    for (const timestamp of ['1409304348', String(Number(NOW_TIMESTAMP) - 301), String(Number(NOW_TIMESTAMP) + 301)]) {
      const error = await channelErrorOf(callPlugin(wechatChannel, safeModeRequest(fixture('text.xml'), { timestamp }), safeConfig));
      expect([error.status, error.code], timestamp).toEqual([401, 'stale_timestamp']);
    }
  });

  it('refuses a forged safe-mode post 401 whatever its body: an envelope that is not XML, not UTF-8 or holds no Encrypt cannot be signed', async () => {
    const query = new URLSearchParams({ timestamp: NOW_TIMESTAMP, nonce: '77', encrypt_type: 'aes', msg_signature: 'a'.repeat(40) });
    for (const body of ['<xml><a>', '<!DOCTYPE x [<!ENTITY e "e">]><xml/>', '<xml><ToUserName>gh</ToUserName></xml>', Uint8Array.from([0x3c, 0xff, 0xfe])]) {
      const request = new Request(`https://feedback.example.com/webhooks/wechat?${query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
      const error = await channelErrorOf(callPlugin(wechatChannel, request, safeConfig));
      expect([error.status, error.code], String(body)).toEqual([401, 'bad_signature']);
    }
  });

  it('answers 503 when safe mode is used but the AES key is not configured', async () => {
    const error = await channelErrorOf(callPlugin(wechatChannel, safeModeRequest(fixture('text.xml')), plainConfig));
    expect([error.status, error.code]).toEqual([503, 'channel_not_configured']);
  });

  it('refuses a forged safe-mode post with 401 on an account without the AES key, not 503: the token alone checks msg_signature', async () => {
    const error = await channelErrorOf(callPlugin(wechatChannel, safeModeRequest(fixture('text.xml'), { msgSignature: sha1Sorted('not-the-token', '1409304348', '1514711492', 'x') }), plainConfig));
    expect([error.status, error.code]).toEqual([401, 'bad_signature']);
  });

  it('encrypts the passive reply and signs it so WeChat can check it', async () => {
    const config = testConfig({ WECHAT_TOKEN: TOKEN, WECHAT_APP_ID: APP_ID, WECHAT_ENCODING_AES_KEY: AES_KEY, WECHAT_REPLY: 'ack' });
    const outcome = await callPlugin(wechatChannel, safeModeRequest(fixture('text.xml')), config);
    const envelope = parseWechatXml(await outcome.response.text());
    const { Encrypt: encrypted = '', MsgSignature, TimeStamp = '', Nonce = '' } = envelope;
    expect(MsgSignature).toBe(sha1Sorted(TOKEN, TimeStamp, Nonce, encrypted));
    const reply = parseWechatXml(decryptMessage(encrypted, aesKeyFrom(AES_KEY), APP_ID));
    expect(reply).toMatchObject({ ToUserName: OPENID, MsgType: 'text', Content: ACK_REPLY_TEXT });
  });
});
