/**
 * One suite for every Mailer: what a recipient's mail system receives must be the same whether
 * the digest went out through the local outbox, SES or SMTP. Each adapter's hook sends through
 * the real transport and reads back what arrived (the .eml file, aws-ses-v2-local's store, the
 * bytes an SMTP server received).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { describe, expect, inject, it } from 'vitest';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer.ts';
import { FileMailer } from '../../shared/adapters/local/file-mailer.ts';
import { composeMail } from '../../shared/adapters/mime.ts';
import { SmtpMailer } from '../../shared/adapters/smtp-mailer.ts';
import type { Mailer, OutgoingMail } from '../../shared/ports.ts';
import { sesStoredEmails } from '../support/ses.ts';
import { EMULATOR_CLIENT_CONFIG } from '../support/emulators.ts';

interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  images: { contentId: string; contentType: string; inline: boolean; content: Buffer }[];
}

interface MailerUnderTest {
  mailer: Mailer;
  /** What arrived for the message id `mailer.send` returned. */
  received(messageId: string): Promise<ReceivedMail>;
  close(): Promise<void>;
}

// A 1×1 PNG: real image bytes, so a transport that re-encodes or drops binary parts shows up.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const digest: OutgoingMail = {
  from: 'feedback-digest@example.com',
  to: ['客服主管 <lead@example.com>', 'ops@example.com'],
  subject: '每日客户反馈摘要 — 2026年11月25日（负面 12 条）',
  text: '昨日共收到 87 条反馈，其中负面 12 条。主要问题：物流延误、退款慢。',
  html: '<h1>每日客户反馈摘要</h1><p>昨日共收到 <b>87</b> 条反馈。</p><img src="cid:sentiment-chart@digest" alt="情绪趋势">',
  inlineImages: [{ contentId: 'sentiment-chart@digest', filename: '情绪趋势.png', contentType: 'image/png', content: PNG }],
};

const stripBrackets = (id: string) => id.replace(/^<|>$/g, '');

async function parseRaw(raw: Buffer): Promise<ReceivedMail & { messageId: string }> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  return {
    messageId: email.messageId ?? '',
    from: email.from?.address ?? '',
    to: (email.to ?? []).flatMap((a) => ('address' in a && a.address ? [a.address] : [])),
    subject: email.subject ?? '',
    text: email.text ?? '',
    html: email.html ?? '',
    images: email.attachments.map((a) => ({
      contentId: stripBrackets(a.contentId ?? ''),
      contentType: a.mimeType,
      inline: a.disposition === 'inline',
      content: Buffer.from(a.content as ArrayBuffer),
    })),
  };
}

function mailerContract(name: string, make: () => Promise<MailerUnderTest>): void {
  describe(`Mailer contract: ${name}`, () => {
    async function sendAndReceive(mail: OutgoingMail): Promise<ReceivedMail> {
      const m = await make();
      try {
        const { messageId } = await m.mailer.send(mail);
        expect(messageId).not.toBe('');
        return await m.received(messageId);
      } finally {
        await m.close();
      }
    }

    it('delivers a Chinese subject, text and HTML intact to every recipient', async () => {
      const got = await sendAndReceive(digest);
      expect(got.subject).toBe(digest.subject);
      expect(got.from).toBe('feedback-digest@example.com');
      expect(got.to).toEqual(['lead@example.com', 'ops@example.com']);
      expect(got.text.trim()).toBe(digest.text);
      expect(got.html).toContain('<h1>每日客户反馈摘要</h1><p>昨日共收到 <b>87</b> 条反馈。</p>');
    });

    it('carries the inline image byte for byte, under its Content-ID, referenced from the HTML', async () => {
      const got = await sendAndReceive(digest);
      expect(got.images).toEqual([
        { contentId: 'sentiment-chart@digest', contentType: 'image/png', inline: true, content: PNG },
      ]);
      // aws-ses-v2-local parses with mailparser, which rewrites cid: references to data: URLs.
      expect(got.html).toMatch(
        new RegExp(`src="(cid:sentiment-chart@digest|data:image/png;base64,${PNG.toString('base64').replace(/[+/]/g, '\\$&')})"`),
      );
    });

    it('sends a mail without images', async () => {
      const got = await sendAndReceive({ ...digest, inlineImages: undefined, to: ['ops@example.com'] });
      expect(got.images).toEqual([]);
      expect(got.subject).toBe(digest.subject);
      expect(got.to).toEqual(['ops@example.com']);
    });
  });
}

mailerContract('FileMailer', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'file-mailer-'));
  const mailer = new FileMailer({ dataDir });
  return {
    mailer,
    received: async (messageId) => {
      const files = (await readdir(mailer.outbox)).filter((f) => f.endsWith('.eml'));
      const parsed = await Promise.all(files.map(async (f) => parseRaw(await readFile(join(mailer.outbox, f)))));
      const match = parsed.find((mail) => mail.messageId === messageId);
      if (!match) throw new Error(`no .eml with Message-ID ${messageId} in ${mailer.outbox}`);
      return match;
    },
    close: () => rm(dataDir, { recursive: true, force: true }),
  };
});


mailerContract('SesMailer (aws-ses-v2-local)', async () => {
  const endpoint = inject('sesEndpoint');
  const client = new SESv2Client({ ...EMULATOR_CLIENT_CONFIG, endpoint });
  return {
    mailer: new SesMailer({ client }),
    received: async (messageId) => {
      const email = (await sesStoredEmails(endpoint)).find((e) => e.messageId === messageId);
      if (!email) throw new Error(`SES emulator has no mail ${messageId}`);
      return {
        from: email.from,
        // mailparser renders one To header as a single "a, b" string.
        to: email.destination.to.flatMap((line) => line.split(/,\s*/)).map((a) => a.match(/<(.+)>/)?.[1] ?? a),
        subject: email.subject,
        text: email.body.text ?? '',
        html: email.body.html ?? '',
        images: email.attachments.map((a) => ({
          contentId: stripBrackets(a.contentId ?? ''),
          contentType: a.contentType,
          inline: a.contentDisposition === 'inline',
          content: Buffer.from(a.content, 'base64'),
        })),
      };
    },
    close: async () => client.destroy(),
  };
});

mailerContract('SmtpMailer (smtp-server)', async () => {
  const arrived = new Map<string, { envelopeTo: string[]; mail: ReceivedMail }>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        parseRaw(Buffer.concat(chunks)).then(({ messageId, ...mail }) => {
          arrived.set(messageId, { envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const mailer = new SmtpMailer({ smtpUrl: `smtp://127.0.0.1:${port}` });
  return {
    mailer,
    received: async (messageId) => {
      const got = arrived.get(messageId);
      if (!got) throw new Error(`SMTP server received no mail ${messageId}`);
      // The envelope decides delivery over SMTP, whatever the headers say.
      expect(got.envelopeTo).toEqual(got.mail.to);
      return got.mail;
    },
    close: async () => {
      mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
});

describe('composeMail', () => {
  it('produces 7-bit MIME: alternative text and related HTML with the inline image', async () => {
    const { raw, messageId } = await composeMail(digest);
    const source = raw.toString('latin1');
    // Non-ASCII only inside encodings, so no relay's 8BITMIME support matters.
    expect(source).toMatch(/^[\x00-\x7F]*$/);
    expect(source).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(source).toContain(`Message-ID: ${messageId}`);
    expect(source).toMatch(/Content-Type: multipart\/alternative;[\s\S]*text\/plain; charset=utf-8[\s\S]*multipart\/related[\s\S]*text\/html; charset=utf-8[\s\S]*Content-ID: <sentiment-chart@digest>/);
  });
});
