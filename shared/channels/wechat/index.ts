import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';
import { declaredCharset, isUtf8Label } from '../../http/charset.ts';
import { mediaType } from '../../http/media-type.ts';
import { decodeUtf8, notConfigured, plainText } from '../http.ts';
import { ChannelError, type ChannelContext, type ChannelOutcome, type ChannelPlugin } from '../types.ts';
import { aesKeyFrom, decryptMessage, encryptMessage, signaturesMatch, wechatSignature } from './crypto.ts';
import { isCustomerMessage, isSendReport, wechatToEvent } from './normalise.ts';
import { checkNoncePair, refuseStale, spendNoncePair } from './replay.ts';
import { buildEncryptedReplyXml, buildTextReplyXml, parseWechatXml, type WechatFields } from './xml.ts';

/** Sent back as a passive reply when WECHAT_REPLY=ack. */
export const ACK_REPLY_TEXT = '已收到您的反馈，谢谢！我们会尽快处理。';

interface SafeModeKeys {
  key: Buffer;
  appId: string;
}

function requireToken(config: Config): string {
  if (!config.WECHAT_TOKEN) throw notConfigured('wechat', 'WECHAT_TOKEN');
  return config.WECHAT_TOKEN;
}

function requireSafeModeKeys(config: Config): SafeModeKeys {
  if (!config.WECHAT_ENCODING_AES_KEY || !config.WECHAT_APP_ID) {
    throw notConfigured('wechat safe mode', 'WECHAT_ENCODING_AES_KEY and WECHAT_APP_ID');
  }
  return { key: aesKeyFrom(config.WECHAT_ENCODING_AES_KEY), appId: config.WECHAT_APP_ID };
}

function queryValue(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (!value) throw new ChannelError(401, 'missing_signature', `query parameter ${name} is required`);
  return value;
}

/** WeChat's URL check when the server address is saved in the console: echo `echostr`. */
async function verifyServer(query: URLSearchParams, token: string, context: ChannelContext, now: Date): Promise<ChannelOutcome> {
  const timestamp = queryValue(query, 'timestamp');
  const nonce = queryValue(query, 'nonce');
  if (!signaturesMatch(query.get('signature'), wechatSignature(token, timestamp, nonce))) {
    throw new ChannelError(401, 'bad_signature', 'signature does not match WECHAT_TOKEN');
  }
  refuseStale(timestamp, now);
  await spendNoncePair(context.signatureUses, timestamp, nonce, new Uint8Array());
  return { events: [], response: plainText(query.get('echostr') ?? '') };
}

/**
 * What WeChat posts: XML (`text/xml`), in UTF-8. Also taken: no type (a gateway in front may drop
 * it) and `text/plain` (what a script's fetch of a string declares), which say nothing else.
 */
const XML_MEDIA_TYPES = new Set(['text/xml', 'application/xml', 'text/plain', '']);

/**
 * A signed push declaring another type (JSON, a form) or charset comes from something set up
 * against another contract; its body would be read as what its header does not say. Checked once
 * the signature holds, so a forged post is a 401 whatever it declares.
 */
function assertWechatXml(request: Request): void {
  if (!XML_MEDIA_TYPES.has(mediaType(request))) throw new ChannelError(415, 'unsupported_media_type', 'WeChat pushes are Content-Type: text/xml');
  const charset = declaredCharset(request);
  if (charset !== undefined && !isUtf8Label(charset)) throw new ChannelError(415, 'unsupported_charset', `WeChat pushes are XML in UTF-8, not ${charset.slice(0, 40)}`);
}

/**
 * Plaintext and compatible mode carry the message in clear and are signed with `signature`;
 * safe mode (`encrypt_type=aes`, also used for compatible-mode accounts that send it) signs the
 * ciphertext with `msg_signature`, and only the decrypted body is trusted.
 */
async function openMessage(request: Request, query: URLSearchParams, token: string, context: ChannelContext, now: Date): Promise<{ fields: WechatFields; safeMode?: SafeModeKeys }> {
  const { rawBody, config } = context;
  const timestamp = queryValue(query, 'timestamp');
  const nonce = queryValue(query, 'nonce');
  // Some senders omit encrypt_type; a msg_signature only ever signs an encrypted body.
  const encrypted = query.get('encrypt_type')?.toLowerCase() === 'aes' || query.has('msg_signature');
  if (!encrypted) {
    if (!signaturesMatch(query.get('signature'), wechatSignature(token, timestamp, nonce))) {
      throw new ChannelError(401, 'bad_signature', 'signature does not match WECHAT_TOKEN');
    }
    assertWechatXml(request);
    await checkNoncePair(context.signatureUses, timestamp, nonce, rawBody, now);
    return { fields: parseWechatXml(decodeUtf8(rawBody, 'WeChat message')) };
  }
  const msgSignature = queryValue(query, 'msg_signature');
  const cipherText = signedCipherText(rawBody);
  if (cipherText === undefined || !signaturesMatch(msgSignature, wechatSignature(token, timestamp, nonce, cipherText))) {
    throw new ChannelError(401, 'bad_signature', 'msg_signature does not match the encrypted message');
  }
  assertWechatXml(request);
  // msg_signature proves who sent the ciphertext, not when: a captured push stays one for 5 minutes, as a plaintext one.
  refuseStale(timestamp, now);
  // After the signature, which the token alone checks: a forged post is a 401 on any account.
  const safeMode = requireSafeModeKeys(config);
  // Its URL carries a plaintext `signature` too: taken off and put around a clear body, it must fail.
  await spendNoncePair(context.signatureUses, timestamp, nonce, rawBody);
  return { fields: parseWechatXml(decryptMessage(cipherText, safeMode.key, safeMode.appId)), safeMode };
}

/**
 * The envelope's `Encrypt`, which msg_signature signs; undefined when the body holds none (not
 * UTF-8, not XML, no such element), so such a post is refused as unsigned rather than told
 * what is wrong with a body nobody has vouched for.
 */
function signedCipherText(rawBody: Uint8Array): string | undefined {
  try {
    return parseWechatXml(decodeUtf8(rawBody, 'WeChat message'))['Encrypt'] || undefined;
  } catch (error) {
    if (error instanceof ChannelError) return undefined;
    throw error;
  }
}

function ackReply(fields: WechatFields, token: string, now: Date, safeMode?: SafeModeKeys): Response {
  const createTime = Math.floor(now.getTime() / 1000);
  // The reply swaps the addresses: it goes from the official account back to the customer.
  const reply = buildTextReplyXml(fields['FromUserName'] ?? '', fields['ToUserName'] ?? '', createTime, ACK_REPLY_TEXT);
  if (!safeMode) return xmlResponse(reply);
  const encrypted = encryptMessage(reply, safeMode.key, safeMode.appId);
  const timestamp = String(createTime);
  const nonce = randomBytes(8).readUInt32BE().toString();
  return xmlResponse(buildEncryptedReplyXml(encrypted, wechatSignature(token, timestamp, nonce, encrypted), timestamp, nonce));
}

function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}

export const wechatChannel: ChannelPlugin = {
  name: 'wechat',
  routes: [
    { method: 'GET', path: '/wechat' },
    { method: 'POST', path: '/wechat' },
  ],
  async handle(request: Request, context: ChannelContext): Promise<ChannelOutcome> {
    const token = requireToken(context.config);
    const query = new URL(request.url).searchParams;
    const now = context.now();
    if (request.method === 'GET') return verifyServer(query, token, context, now);

    const { fields, safeMode } = await openMessage(request, query, token, context, now);
    if (isSendReport(fields)) return { events: [], response: plainText('success') };
    const event = wechatToEvent(fields, now);
    // WeChat waits at most 5 seconds and retries; "success" tells it not to, and the reply is
    // built without any network call so it stays well inside that limit.
    const wantsAck = context.config.WECHAT_REPLY === 'ack' && isCustomerMessage(fields);
    return { events: [event], response: wantsAck ? ackReply(fields, token, now, safeMode) : plainText('success') };
  },
};
