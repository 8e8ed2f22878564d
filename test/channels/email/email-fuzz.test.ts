import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailChannel } from '../../../shared/channels/email/index.ts';
import { parseEmail } from '../../../shared/channels/email/parse.ts';
import { ChannelError } from '../../../shared/channels/types.ts';
import { expectAcceptedOrRefused } from '../fuzz-support.ts';
import { callPlugin, FIXED_NOW, testConfig } from '../support.ts';
import { fixture, SECRET, signedEmailRequest } from './email-support.ts';

const config = testConfig({ EMAIL_WEBHOOK_SECRET: SECRET });
const post = (raw: Uint8Array | string) => callPlugin(emailChannel, signedEmailRequest(raw), config);
const FIXTURES = ['gbk-qqmail-reply.eml', 'gbk-163-reply.eml', 'big5-iphone-reply.eml', 'html-only-gmail.eml', 'outlook-reply-attachment.eml', 'utf7-outlook-express.eml'];

describe('email parser under hostile input', () => {
  it('survives random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await expectAcceptedOrRefused(post(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('survives every truncation of every fixture', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), fc.double({ min: 0, max: 1, noNaN: true }), async (name, fraction) => {
        const raw = fixture(name);
        await expectAcceptedOrRefused(post(raw.subarray(0, Math.floor(raw.length * fraction))));
      }),
      { numRuns: 300 },
    );
  });

  it('survives random headers and bodies around a valid sender', async () => {
    const headerValue = fc.string({ maxLength: 400 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({ subject: headerValue, contentType: fc.oneof(headerValue, fc.constantFrom('multipart/mixed; boundary=x', 'text/html; charset=big5', 'text/plain; charset=x-unknown')), encoding: fc.constantFrom('base64', 'quoted-printable', '8bit', 'x-garbage'), body: fc.string({ maxLength: 2000 }) }),
        async ({ subject, contentType, encoding, body }) => {
          const raw = `From: fuzz@example.com\r\nSubject: ${subject}\r\nContent-Type: ${contentType}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}`;
          await expectAcceptedOrRefused(post(raw));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps huge header fields inside the event schema', async () => {
    const raw = `From: "${'名'.repeat(5000)}" <huge@example.com>\r\nSubject: ${'主题'.repeat(10_000)}\r\nMessage-ID: <${'x'.repeat(5000)}@example.com>\r\n\r\nbody\r\n`;
    const [event] = (await post(raw)).events;
    expect(event?.subject?.length).toBeLessThanOrEqual(998);
    expect(event?.displayName?.length).toBeLessThanOrEqual(256);
  });

  it('refuses deeply nested multiparts with a 4xx, not a crash', async () => {
    const depth = 200;
    let raw = 'From: nest@example.com\r\n';
    for (let level = 0; level < depth; level += 1) raw += `Content-Type: multipart/mixed; boundary="b${level}"\r\n\r\n--b${level}\r\n`;
    raw += 'Content-Type: text/plain\r\n\r\ndeep\r\n';
    await expectAcceptedOrRefused(post(raw));
  });

  it('refuses a raw message above the SES limit before parsing it', async () => {
    const error = await parseEmail(new Uint8Array(41 * 1024 * 1024), { receivedAt: FIXED_NOW, via: 'ses', senderVerified: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelError);
    expect((error as ChannelError).status).toBe(413);
  });
});
