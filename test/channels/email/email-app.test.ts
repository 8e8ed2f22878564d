import { describe, expect, it } from 'vitest';
import { ingestHarness } from '../support.ts';
import { fixture, SECRET, signedEmailRequest } from './email-support.ts';

const toLocal = (request: Request) => new Request(request.url.replace('https://feedback.example.com', 'http://localhost'), request);

describe('email through the ingest app', () => {
  it('queues GBK and Big5 replies for the right customers, once per Message-ID', async () => {
    const { app, queue } = ingestHarness({ EMAIL_WEBHOOK_SECRET: SECRET });
    for (const name of ['gbk-qqmail-reply.eml', 'big5-iphone-reply.eml', 'gbk-qqmail-reply.eml']) {
      const response = await app.request(toLocal(signedEmailRequest(fixture(name))));
      expect(response.status).toBe(202);
    }
    expect(queue.sent.map((event) => event.identities[0])).toEqual(['email:zhangwei@qq.com', 'email:wang.xiaoming@example.com.tw', 'email:zhangwei@qq.com']);
    expect(queue.sent[2]?.feedbackId).toBe(queue.sent[0]?.feedbackId);
  });

  it('answers forged posts with 401 and bodies above MAX_BODY_BYTES with 413, queueing nothing', async () => {
    const { app, queue } = ingestHarness({ EMAIL_WEBHOOK_SECRET: SECRET, MAX_BODY_BYTES: '4096' });
    const forged = await app.request(toLocal(signedEmailRequest(fixture('gbk-163-reply.eml'), { secret: 'guess' })));
    const oversize = await app.request(toLocal(signedEmailRequest(Buffer.concat([fixture('gbk-163-reply.eml'), Buffer.alloc(8192, 0x41)]))));
    expect([forged.status, oversize.status]).toEqual([401, 413]);
    expect(queue.sent).toEqual([]);
  });

  it('attachment names with a right-to-left override, a NUL or a path: the mail kept, each listed by what a person can read', async () => {
    const { app, queue } = ingestHarness({ EMAIL_WEBHOOK_SECRET: SECRET });
    const attachment = (filenameParameter: string) => ['--A1', 'Content-Type: application/octet-stream', `Content-Disposition: attachment; ${filenameParameter}`, 'Content-Transfer-Encoding: base64', '', 'eA==', ''];
    const raw = [
      'From: li.lei@example.cn', 'To: support@example.com', 'Subject: 发票', 'Message-ID: <names-1@example.cn>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="A1"', '',
      '--A1', 'Content-Type: text/plain; charset=utf-8', '', '发票见附件', '',
      ...attachment("filename*=UTF-8''invoice%E2%80%AEfdp.exe"),
      ...attachment("filename*=UTF-8''scan%00.pdf"),
      ...attachment('filename="../../Windows/receipt.pdf"'),
      '--A1--', '',
    ].join('\r\n');
    const response = await app.request(toLocal(signedEmailRequest(raw)));
    expect(response.status).toBe(202);
    expect(queue.sent[0]?.attachments?.map((file) => file.name)).toEqual(['invoicefdp.exe', 'scan .pdf', 'Windows/receipt.pdf']);
  });
});
