import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { emailChannel } from '../../../shared/channels/email/index.ts';
import { callPlugin, testConfig } from '../support.ts';
import { SECRET, signedEmailRequest } from './email-support.ts';

const post = (raw: Uint8Array) => callPlugin(emailChannel, signedEmailRequest(raw), testConfig({ EMAIL_WEBHOOK_SECRET: SECRET }));

/** 上 is 0A 4E in UTF-16LE: a line feed byte inside a character. Big5 has traditional characters only. */
const SIMPLIFIED = '你好，电视机上周坏了，屏幕一直闪烁。\r\n退款申请已经提交三天了，客服不回复！';
const TRADITIONAL = '你好，電視機上週壞了，螢幕一直閃爍。\r\n退款申請已經提交三天了，客服不回覆！';
const textIn = (charset: string) => (charset === 'big5' ? TRADITIONAL : SIMPLIFIED);

/** Every byte escaped, so no line break of the encoding's own is taken for one of the text's. */
const quotedPrintable = (bytes: Buffer) =>
  [...bytes].map((byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('').replace(/.{1,72}/g, '$&=\r\n');
const base64 = (bytes: Buffer) => bytes.toString('base64').replace(/.{1,76}/g, '$&\r\n');

const encodings: Record<string, (bytes: Buffer) => Buffer> = {
  binary: (bytes) => bytes,
  '8bit': (bytes) => bytes,
  base64: (bytes) => Buffer.from(base64(bytes)),
  'quoted-printable': (bytes) => Buffer.from(quotedPrintable(bytes)),
};
const charsets = ['gbk', 'gb18030', 'big5', 'utf-8', 'utf-16le', 'utf-16be'];

function mail(charset: string, transferEncoding: string, multipart: boolean): Buffer {
  const body = encodings[transferEncoding]!(iconv.encode(textIn(charset), charset));
  const partHeaders = `Content-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: ${transferEncoding}\r\n\r\n`;
  const headers = `From: li@example.cn\r\nSubject: order\r\nMessage-ID: <${charset}.${transferEncoding}.${multipart}@example.cn>\r\nMIME-Version: 1.0\r\n`;
  if (!multipart) return Buffer.concat([Buffer.from(headers + partHeaders), body, Buffer.from('\r\n')]);
  const open = `${headers}Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\n${partHeaders}`;
  return Buffer.concat([Buffer.from(open), body, Buffer.from('\r\n--b1--\r\n')]);
}

describe('a text part reads as the text it was, in every transfer encoding and charset', () => {
  const cases = charsets.flatMap((charset) => Object.keys(encodings).flatMap((encoding) => [false, true].map((multipart) => [charset, encoding, multipart] as const)));
  it.each(cases)('%s, %s, multipart %s', async (charset, encoding, multipart) => {
    const outcome = await post(mail(charset, encoding, multipart));
    expect(outcome.response.status).toBe(202);
    expect(outcome.events[0]?.text).toBe(textIn(charset).replace(/\r\n/g, '\n'));
  });

  it('lists a quoted-printable or 8bit attachment at the size it was, without the line break before the boundary', async () => {
    const raw = Buffer.from(
      'From: li@example.cn\r\nSubject: order\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n' +
        '--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n发票开错了\r\n' +
        '--b1\r\nContent-Type: application/octet-stream; name=a.bin\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=00=01=02\r\n' +
        '--b1\r\nContent-Type: text/csv; name=b.csv\r\nContent-Transfer-Encoding: 8bit\r\n\r\na,b\r\n1,2\r\n--b1--\r\n',
    );
    const outcome = await post(raw);
    expect(outcome.events[0]?.attachments?.map(({ name, size }) => [name, size])).toEqual([
      ['a.bin', 3],
      ['b.csv', 7],
    ]);
  });
});
