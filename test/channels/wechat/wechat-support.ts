import { createCipheriv, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FIXED_NOW } from '../support.ts';

export const TOKEN = 'pamtest';
export const APP_ID = 'wxb11529c136998cb6';
export const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
export const OPENID = 'oXdd35Fh8cg8FJyThL0ODDYhAVOI';

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** The signature WeChat computes, written out independently of the plug-in's code. */
export function sha1Sorted(...parts: string[]): string {
  return createHash('sha1').update(parts.sort().join('')).digest('hex');
}

/** Encrypts as WeChat's servers do (WXBizMsgCrypt): random16 + len32be + msg + appid, PKCS#7 to 32. */
export function encryptLikeWechat(message: string | Uint8Array, appId = APP_ID, random = Buffer.from('0123456789abcdef')): string {
  const key = Buffer.from(`${AES_KEY}=`, 'base64');
  const msg = typeof message === 'string' ? Buffer.from(message, 'utf8') : Buffer.from(message);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(msg.length);
  const plain = Buffer.concat([random, len, msg, Buffer.from(appId)]);
  const pad = 32 - (plain.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
}

/** The moment the tests' clock reads, as WeChat's `timestamp`. */
export const NOW_TIMESTAMP = String(Math.floor(FIXED_NOW.getTime() / 1000));

let nonceCounter = 0;
/** Each push WeChat sends carries a nonce of its own. */
export const freshNonce = () => String(1_514_711_492 + (nonceCounter += 1));

export function plaintextRequest(xml: string, options: { timestamp?: string; nonce?: string; signature?: string } = {}): Request {
  const timestamp = options.timestamp ?? NOW_TIMESTAMP;
  const nonce = options.nonce ?? freshNonce();
  const signature = options.signature ?? sha1Sorted(TOKEN, timestamp, nonce);
  const query = new URLSearchParams({ signature, timestamp, nonce, openid: OPENID });
  return new Request(`https://feedback.example.com/webhooks/wechat?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml' },
    body: xml,
  });
}

/** A safe-mode push: the envelope WeChat posts, signed over the ciphertext. */
export function safeModeRequest(
  xml: string | Uint8Array,
  options: { timestamp?: string; nonce?: string; appId?: string; msgSignature?: string; clearCopy?: string } = {},
): Request {
  const timestamp = options.timestamp ?? NOW_TIMESTAMP;
  const nonce = options.nonce ?? '1514711492';
  const encrypted = encryptLikeWechat(xml, options.appId);
  const msgSignature = options.msgSignature ?? sha1Sorted(TOKEN, timestamp, nonce, encrypted);
  const query = new URLSearchParams({
    signature: sha1Sorted(TOKEN, timestamp, nonce),
    timestamp,
    nonce,
    openid: OPENID,
    encrypt_type: 'aes',
    msg_signature: msgSignature,
  });
  // Compatible mode sends the clear fields next to <Encrypt>; safe mode sends only the envelope.
  const body = options.clearCopy
    ? options.clearCopy.replace('</xml>', `<Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`)
    : `<xml><ToUserName><![CDATA[gh_7f083739789a]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`;
  return new Request(`https://feedback.example.com/webhooks/wechat?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml' },
    body,
  });
}
