/**
 * The digest sending while the mail service fails, then the scheduler's retry: the digest
 * reaches the board at most once whenever the service may have taken it, and is sent by the
 * retry when it definitely did not. SES through the digest Lambda handler and the SES emulator;
 * SMTP (the CLI's transport) through sendDigest and the SMTP adapter against smtp-server.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { SmtpMailer } from '../../shared/adapters/smtp-mailer.ts';
import { sendDigest } from '../../shared/digest/send-digest.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId } from '../../shared/event.ts';
import { faultyProxy, type ProxyFault } from '../support/faulty-proxy.ts';
import { sesStoredEmails } from '../support/ses.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';
import { handlerEnvironment } from '../support/emulators.ts';

let digest: (event: unknown) => Promise<{ status: string; messageId?: string }>;
let proxy: Awaited<ReturnType<typeof faultyProxy>>;

beforeAll(async () => {
  const { store, tableName } = await aggregatingDynamoStore(inject('dynamodbEndpoint'));
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => new Date('2026-11-20T00:00:00Z') }, timeZone: 'Asia/Shanghai' });
  await processEvent({ schemaVersion: 1, feedbackId: deriveFeedbackId('digest-faults', '1'), channel: 'web', source: 'forms', kind: 'message', receivedAt: '2026-11-18T02:00:00.000Z', identities: ['email:digest-faults@example.com'], text: '快递三天还没到，很失望', metadata: {} });
  proxy = await faultyProxy(inject('sesEndpoint'));
  Object.assign(process.env, {
    ...handlerEnvironment({ dynamodb: inject('dynamodbEndpoint'), sqs: inject('sqsEndpoint') }, { tableName, queueUrl: 'http://127.0.0.1:1/000000000000/unused' }),
    SES_ENDPOINT: proxy.endpoint,
    MAIL_FROM: 'digest@example.com',
    DIGEST_LANGUAGE: 'zh',
    LOG_LEVEL: 'SILENT',
  });
  ({ handler: digest } = (await import('../../functions/digest.ts')) as never);
});

let day = 0;
/** A digest of its own each time: another recipient list is another claim. */
const invocation = () => ({ period: 'daily', date: '2026-11-18', recipients: [`board-${(day += 1)}@example.com`] });

async function mailsTo(recipient: string): Promise<number> {
  return (await sesStoredEmails(inject('sesEndpoint'))).filter((mail) => mail.destination.to.includes(recipient)).length;
}

describe('the digest when SES fails', { timeout: 120_000 }, () => {
  // Nothing can have gone out: the claim is given back and the scheduler's retry sends the digest.
  for (const faults of [['unavailable']] as [ProxyFault, ...ProxyFault[]][]) {
    it(`SES ${faults.join(', then ')}: the scheduler's retry sends the digest, once`, async () => {
      const scheduled = invocation();
      proxy.set(...faults);
      await expect(digest(scheduled)).rejects.toThrow(/its claim was released/);
      proxy.set('pass');
      expect(await digest(scheduled)).toMatchObject({ status: 'sent' });
      expect(await mailsTo(scheduled.recipients[0]!)).toBe(1);
    });
  }

  // SES may have taken it: the claim stays (the error says to resend by hand) and the retry sends nothing.
  for (const faults of [['answer lost'], ['answer lost', 'unavailable'], ['answer lost', 'pass'], ['reset'], ['hang', 'unavailable']] as [ProxyFault, ...ProxyFault[]][]) {
    it(`SES ${faults.join(', then ')}: the board gets the digest at most once`, async () => {
      const scheduled = invocation();
      proxy.set(...faults);
      await expect(digest(scheduled)).rejects.toThrow(/stays claimed/);
      const landed = proxy.landed;
      proxy.set('pass');
      expect(await digest(scheduled)).toMatchObject({ status: 'already-sent' });
      expect(await mailsTo(scheduled.recipients[0]!)).toBe(landed);
      expect(landed).toBeLessThanOrEqual(1);
    });
  }
});

/** An SMTP server that takes every message's data whole, then answers as `reply` says. */
async function smtpServer(reply: { current: 'accept' | 'drop the connection' | 'refuse 451' }) {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        if (reply.current === 'refuse 451') return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
        received += 1;
        if (reply.current === 'accept') return callback();
        // Taken, and the connection lost before the 250 that says so.
        for (const connection of (server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections) connection._socket.destroy();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, received: () => received, close: () => server.close() };
}

describe('the digest when the SMTP server fails', () => {
  const send = (mailer: SmtpMailer, store: LocalStore) =>
    sendDigest({ store, mailer, clock: { now: () => new Date('2026-11-20T00:00:00Z') }, period: 'daily', recipients: ['board@example.com'], language: 'zh', from: 'digest@example.com', timeZone: 'Asia/Shanghai' });

  it('a connection lost after the server took the data keeps the claim: the retry sends nothing', async () => {
    const reply = { current: 'drop the connection' as const };
    const server = await smtpServer(reply);
    const mailer = new SmtpMailer({ smtpUrl: server.url });
    const store = new LocalStore();
    try {
      await expect(send(mailer, store)).rejects.toThrow(/stays claimed/);
      expect(await send(mailer, store)).toMatchObject({ status: 'already-sent' });
      expect(server.received()).toBe(1);
    } finally {
      mailer.close();
      server.close();
    }
  });

  it('a refusal (451) gives the claim back: the retry sends it once', async () => {
    const reply: { current: 'accept' | 'refuse 451' } = { current: 'refuse 451' };
    const server = await smtpServer(reply);
    const mailer = new SmtpMailer({ smtpUrl: server.url });
    const store = new LocalStore();
    try {
      await expect(send(mailer, store)).rejects.toThrow(/its claim was released/);
      reply.current = 'accept';
      expect(await send(mailer, store)).toMatchObject({ status: 'sent' });
      expect(server.received()).toBe(1);
    } finally {
      mailer.close();
      server.close();
    }
  });
});
