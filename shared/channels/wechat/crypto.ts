import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { decodeUtf8 } from '../http.ts';
import { ChannelError } from '../types.ts';

/**
 * WeChat Official Account message encryption (安全模式), as in Tencent's WXBizMsgCrypt samples:
 * AES-256-CBC, key = base64(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7 padding
 * to 32-byte blocks, plaintext = 16 random bytes + 4-byte big-endian length + message + AppID.
 */
const WECHAT_BLOCK_SIZE = 32;
const RANDOM_PREFIX_BYTES = 16;
const LENGTH_BYTES = 4;

/** sha1 over the lexicographically sorted parts, hex: both `signature` and `msg_signature`. */
export function wechatSignature(...parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex');
}

export function signaturesMatch(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given.toLowerCase());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function aesKeyFrom(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (encodingAesKey.length !== 43 || key.length !== 32) {
    throw new ChannelError(503, 'channel_not_configured', 'WECHAT_ENCODING_AES_KEY must be the 43-character key from the WeChat console');
  }
  return key;
}

/** Decrypts an `Encrypt` value; refuses it unless it was encrypted for `appId`. */
export function decryptMessage(encrypted: string, key: Buffer, appId: string): string {
  const cipherText = Buffer.from(encrypted, 'base64');
  if (cipherText.length === 0 || cipherText.length % 16 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(encrypted.trim())) {
    throw new ChannelError(400, 'bad_ciphertext', 'Encrypt is not AES ciphertext');
  }
  let padded: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
    decipher.setAutoPadding(false);
    padded = Buffer.concat([decipher.update(cipherText), decipher.final()]);
  } catch {
    throw new ChannelError(400, 'bad_ciphertext', 'Encrypt could not be decrypted');
  }
  const plain = removePadding(padded);
  if (plain.length < RANDOM_PREFIX_BYTES + LENGTH_BYTES) {
    throw new ChannelError(400, 'bad_ciphertext', 'decrypted message is too short');
  }
  const messageLength = plain.readUInt32BE(RANDOM_PREFIX_BYTES);
  const messageStart = RANDOM_PREFIX_BYTES + LENGTH_BYTES;
  if (messageLength > plain.length - messageStart) {
    throw new ChannelError(400, 'bad_ciphertext', 'decrypted message length is inconsistent');
  }
  if (!plain.subarray(messageStart + messageLength).equals(Buffer.from(appId, 'utf8'))) {
    throw new ChannelError(401, 'appid_mismatch', 'message was encrypted for another AppID');
  }
  // Held to UTF-8 like a plaintext push: a lenient decode would store U+FFFD for what was sent.
  return decodeUtf8(plain.subarray(messageStart, messageStart + messageLength), 'decrypted WeChat message');
}

export function encryptMessage(message: string, key: Buffer, appId: string, random: Buffer = randomBytes(RANDOM_PREFIX_BYTES)): string {
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(body.length);
  const plain = Buffer.concat([random, length, body, Buffer.from(appId, 'utf8')]);
  const padLength = WECHAT_BLOCK_SIZE - (plain.length % WECHAT_BLOCK_SIZE);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(padLength, padLength)])), cipher.final()]).toString('base64');
}

function removePadding(padded: Buffer): Buffer {
  const padLength = padded[padded.length - 1] ?? 0;
  if (padLength < 1 || padLength > WECHAT_BLOCK_SIZE || padLength > padded.length) {
    throw new ChannelError(400, 'bad_ciphertext', 'decrypted message has invalid padding');
  }
  return padded.subarray(0, padded.length - padLength);
}
