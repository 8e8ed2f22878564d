import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../shared/config.ts';
import { LocalSignatureLedger } from '../../../shared/adapters/local/local-signature-ledger.ts';
import { createIngestApp } from '../../../shared/ingest/app.ts';
import { CapturingQueue } from '../../support/capturing-queue.ts';
import { oneClient } from '../../support/one-client.ts';

const ORIGIN = 'https://shop.example.cn';
const BOUNDARY = '----WebKitFormBoundaryQ3pMtnNfXQ5HNKs2';
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

function setup(env: Record<string, string> = {}) {
  const queue = new CapturingQueue();
  const config = loadConfig({ FORMS_ALLOWED_ORIGINS: ORIGIN, MAX_BODY_BYTES: '65536', MAX_UPLOAD_BYTES: '1048576', ...env });
  const app = createIngestApp({ signatureUses: new LocalSignatureLedger(), config, queue, clock: { now: () => new Date('2026-11-25T08:00:00.000Z') }, connInfo: oneClient });
  const post = (body: Buffer | string | ReadableStream<Uint8Array>, contentType = MULTIPART, headers: Record<string, string> = {}) =>
    app.request('/webhooks/forms/contact', { method: 'POST', headers: { origin: ORIGIN, 'content-type': contentType, ...headers }, body, duplex: 'half' } as RequestInit);
  return { queue, post };
}

/** A part as a browser writes it: raw bytes in the page's charset, CRLF lines. */
const part = (disposition: string, value: Buffer | string, type?: string) =>
  Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`), Buffer.from(value), Buffer.from('\r\n')]);
const field = (name: string, value: Buffer | string) => part(`name="${name}"`, value);
const closing = Buffer.from(`--${BOUNDARY}--\r\n`);
const gbk = (hex: string) => Buffer.from(hex, 'hex');

/** The body sent a piece at a time (Transfer-Encoding: chunked), with no Content-Length to refuse it by. */
function chunked(body: Buffer, pieces = 16): ReadableStream<Uint8Array> {
  const size = Math.ceil(body.byteLength / pieces);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= body.byteLength) return controller.close();
      controller.enqueue(body.subarray(offset, (offset += size)));
    },
  });
}

const errorCode = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe('a form post with a photo larger than MAX_BODY_BYTES', () => {
  const photo = Buffer.alloc(300_000, 0xff);

  it('is taken: the message kept, the photo listed by name, type and size, its content never held', async () => {
    const { queue, post } = setup();
    const body = Buffer.concat([field('message', '杯子碎了，照片在附件'), field('email', 'li.lei@example.com'), part('name="photo"; filename="IMG_0412.jpg"', photo, 'image/jpeg'), closing]);
    for (const sent of [body, chunked(body)]) {
      const response = await post(sent);
      expect(response.status).toBe(202);
    }
    expect(queue.events.map((event) => [event.text, event.attachments])).toEqual([
      ['杯子碎了，照片在附件', [{ name: 'IMG_0412.jpg', contentType: 'image/jpeg', size: 300_000 }]],
      ['杯子碎了，照片在附件', [{ name: 'IMG_0412.jpg', contentType: 'image/jpeg', size: 300_000 }]],
    ]);
  });

  it('text fields past MAX_BODY_BYTES are still refused: 413, nothing queued', async () => {
    const { queue, post } = setup();
    const response = await post(Buffer.concat([field('message', '长'.repeat(30_000)), field('subject', 'x'), closing]));
    expect([response.status, await errorCode(response)]).toEqual([413, 'payload_too_large']);
    expect(queue.events).toEqual([]);
  });

  it('a post past MAX_UPLOAD_BYTES: 413 and the connection closed, by its Content-Length or as it streams in', async () => {
    const { queue, post } = setup({ MAX_UPLOAD_BYTES: '200000' });
    const body = Buffer.concat([field('message', '照片'), part('name="photo"; filename="big.jpg"', photo, 'image/jpeg'), closing]);
    for (const sent of [body, chunked(body)]) {
      const response = await post(sent);
      expect([response.status, response.headers.get('connection'), await errorCode(response)]).toEqual([413, 'close', 'payload_too_large']);
    }
    expect(queue.events).toEqual([]);
  });

  it('an upload slower than the 4 s webhook deadline is not cut off: the deadline starts once the body is read', async () => {
    const { queue, post } = setup();
    const body = Buffer.concat([field('message', '慢慢传的照片'), part('name="photo"; filename="slow.jpg"', photo, 'image/jpeg'), closing]);
    let sent = false;
    const slow = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent) return controller.close();
        controller.enqueue(body.subarray(0, 1000));
        await new Promise((resolve) => setTimeout(resolve, 4_500));
        controller.enqueue(body.subarray(1000));
        sent = true;
      },
    });
    const response = await post(slow);
    expect(response.status).toBe(202);
    expect(queue.events.map((event) => event.text)).toEqual(['慢慢传的照片']);
  }, 15_000);
});

describe("a GBK page's form, which says so in HTML's _charset_ hidden field", () => {
  // 快递 in GBK is BF EC B5 DD; 李雷 is C0 EE C0 D7.
  it('multipart: names, values read as GBK; without the field the same bytes are refused', async () => {
    const { queue, post } = setup();
    const fields = [field('message', gbk('bfecb5dd')), field('name', gbk('c0eec0d7'))];
    const response = await post(Buffer.concat([field('_charset_', 'GBK'), ...fields, closing]));
    expect(response.status).toBe(202);
    expect(queue.events.map((event) => [event.text, event.displayName])).toEqual([['快递', '李雷']]);
    const unlabelled = await post(Buffer.concat([...fields, closing]));
    expect([unlabelled.status, await errorCode(unlabelled)]).toEqual([400, 'invalid_encoding']);
  });

  it('urlencoded: the same', async () => {
    const { queue, post } = setup();
    const response = await post('_charset_=GBK&message=%BF%EC%B5%DD&name=%C0%EE%C0%D7', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(202);
    expect(queue.events.map((event) => [event.text, event.displayName])).toEqual([['快递', '李雷']]);
    const unlabelled = await post('message=%BF%EC%B5%DD', 'application/x-www-form-urlencoded');
    expect([unlabelled.status, await errorCode(unlabelled)]).toEqual([400, 'invalid_encoding']);
  });

  it('a charset nobody knows: 415; a charset the Content-Type declares wins over the field', async () => {
    const { queue, post } = setup();
    const unknown = await post(Buffer.concat([field('_charset_', 'x-klingon'), field('message', 'hi'), closing]));
    expect([unknown.status, await errorCode(unknown)]).toEqual([415, 'unsupported_charset']);
    const declared = await post(Buffer.concat([field('_charset_', 'big5'), field('message', gbk('bfecb5dd')), closing]), `${MULTIPART}; charset=gbk`);
    expect(declared.status).toBe(202);
    expect(queue.events.map((event) => event.text)).toEqual(['快递']);
  });
});

describe('file names as a sender wrote them', () => {
  it('a NUL, a bell, a right-to-left override or a path in a file name: the message kept, the file listed by what a person can read', async () => {
    const { queue, post } = setup();
    const files = [
      part('name="a"; filename="receipt\u0000.pdf"', 'x', 'application/pdf'),
      part('name="b"; filename="a\u0007b.png"', 'x', 'image/png'),
      part('name="c"; filename="photo\u202Egnp.exe"', 'x', 'application/octet-stream'),
      part('name="d"; filename="C:\\Users\\li\\Desktop\\..\\receipt.jpg"', 'x', 'image/jpeg'),
      part('name="e"; filename="../../etc/passwd"', 'x', 'text/plain'),
      part('name="f"; filename=".."', 'x', 'text/plain'),
      part('name="g"; filename="发票 2024/11.pdf"', 'x', 'application/pdf'),
    ];
    const response = await post(Buffer.concat([field('message', '附件是收据'), ...files, closing]));
    expect(response.status).toBe(202);
    // A Windows client's full path keeps its last segment; a "/" in a name is part of the name (only a leading ../ goes).
    expect(queue.events[0]?.attachments?.map((file) => file.name)).toEqual(['receipt .pdf', 'a b.png', 'photognp.exe', 'receipt.jpg', 'etc/passwd', 'unnamed', '发票 2024/11.pdf']);
  });

  it.each([
    ['continued, UTF-8', `filename*0*=utf-8''%E6%8A%95; filename*1*=%E8%AF%89.pdf`, '投诉.pdf'],
    ['continued, GBK', `filename*0*=gbk''%CD%B6; filename*1*=%CB%DF.pdf`, '投诉.pdf'],
    ['continued, a GBK character split across sections', `filename*0*=GBK''%CD%B6%CB; filename*1*=%DF.pdf`, '投诉.pdf'],
    ['continued, the sections out of order', `filename*1*=%E8%AF%89.pdf; filename*0*=utf-8''%E6%8A%95`, '投诉.pdf'],
    ['continued, a section not extended is taken as written', `filename*0*=utf-8''%E6%8A%95; filename*1="a%20b.pdf"`, '投a%20b.pdf'],
    ['continued, quoted sections without a charset', `filename*0="report "; filename*1="2024.pdf"`, 'report 2024.pdf'],
    ['continued from section 0 only, up to the first missing', `filename*0*=utf-8''%E6%8A%95; filename*1*=%E8%AF%89.pdf; filename*3*=.exe`, '投诉.pdf'],
    ['one extended value in GBK', `filename*=gbk''%CD%B6%CB%DF.pdf`, '投诉.pdf'],
    ['the extended value over a plain fallback before it', `filename="tousu.pdf"; filename*=utf-8''%E6%8A%95%E8%AF%89.pdf`, '投诉.pdf'],
    ['the extended value over a plain fallback after it', `filename*=utf-8''%E6%8A%95%E8%AF%89.pdf; filename="tousu.pdf"`, '投诉.pdf'],
    ['continued sections over a plain fallback', `filename="tousu.pdf"; filename*0*=utf-8''%E6%8A%95; filename*1*=%E8%AF%89.pdf`, '投诉.pdf'],
    ['bytes not valid in the charset named: unnamed, the message kept', `filename*0*=utf-8''%CD%B6; filename*1*=%CB%DF.pdf`, 'unnamed'],
  ])('an RFC 2231 file name, %s', async (_case, parameters, listed) => {
    const { queue, post } = setup();
    const response = await post(Buffer.concat([field('message', '投诉材料在附件'), part(`name="evidence"; ${parameters}`, '%PDF-1.7', 'application/pdf'), closing]));
    expect(response.status).toBe(202);
    expect(queue.events[0]?.attachments).toEqual([{ name: listed, contentType: 'application/pdf', size: 8 }]);
  });

  it("a GBK page's raw file name is read in the charset its _charset_ field names, as its fields are", async () => {
    const { queue, post } = setup();
    const gbkName = Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="b"; filename="`), gbk('bdd8cdbc'), Buffer.from('.png"\r\nContent-Type: image/png\r\n\r\nx\r\n')]);
    const response = await post(Buffer.concat([field('_charset_', 'GBK'), field('message', gbk('bdd8cdbcd4dab8bdbcfe')), gbkName, closing]));
    expect(response.status).toBe(202);
    expect(queue.events[0]).toMatchObject({ text: '截图在附件', attachments: [{ name: '截图.png' }] });
  });

  it("filename* (RFC 5987) is read; one busboy cannot read (GBK bytes) is listed as unnamed, the message kept", async () => {
    const { queue, post } = setup();
    const gbkName = Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="b"; filename="`), gbk('bdd8cdbc'), Buffer.from('.png"\r\n\r\nx\r\n')]);
    const response = await post(Buffer.concat([field('message', '截图在附件'), part(`name="a"; filename*=UTF-8''%E7%A2%8E%E6%9D%AF.png`, 'x', 'image/png'), gbkName, closing]));
    expect(response.status).toBe(202);
    expect(queue.events[0]?.attachments?.map((file) => file.name)).toEqual(['碎杯.png', 'unnamed']);
  });
});
