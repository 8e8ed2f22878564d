import { SESv2Client } from '@aws-sdk/client-sesv2';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer.ts';
import type { LocalStore } from '../../shared/adapters/local/local-store.ts';
import type { Mailer, OutgoingMail } from '../../shared/ports.ts';
import { digestKey, DigestNotDeliveredError, DigestPeriodNotOverError, sendDigest } from '../../shared/digest/send-digest.ts';
import { EMULATOR_CLIENT_CONFIG } from '../support/emulators.ts';
import { sesStoredEmails } from '../support/ses.ts';
import { clock, seededStore, TIME_ZONE } from './seeded-store.ts';

class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail) {
    this.sent.push(mail);
    return { messageId: `<${this.sent.length}@test>` };
  }
}

const failingMailer: Mailer = {
  send: async () => {
    throw new Error('mail service unavailable');
  },
};

let store: LocalStore;
beforeAll(async () => {
  ({ store } = await seededStore({ perDay: 8, days: 14 }));
});

const base = { clock, language: 'zh' as const, from: 'digest@example.com', timeZone: TIME_ZONE };

describe('sendDigest', () => {
  it('sends once per period and recipient list, however often the schedule retries', async () => {
    const mailer = new RecordingMailer();
    const options = { ...base, store, mailer, period: 'daily' as const, recipients: ['ops@example.com', 'ceo@example.com'] };
    const first = await sendDigest(options);
    const retry = await sendDigest(options);
    const reordered = await sendDigest({ ...options, recipients: ['CEO@example.com', 'ops@example.com'] });
    expect(first).toMatchObject({ status: 'sent', periodStart: '2026-11-22' });
    expect(retry).toMatchObject({ status: 'already-sent', key: first.key });
    expect(reordered.status).toBe('already-sent');
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.to).toEqual(['ops@example.com', 'ceo@example.com']);
    expect(mailer.sent[0]?.subject).toBe('客户反馈日报 · 2026-11-22');
  });

  it('sends again to a different list, for another period, or when forced', async () => {
    const mailer = new RecordingMailer();
    const options = { ...base, store, mailer, period: 'weekly' as const, recipients: ['board@example.com'] };
    await sendDigest(options);
    await sendDigest({ ...options, recipients: ['board@example.com', 'cfo@example.com'] });
    await sendDigest({ ...options, date: '2026-11-12' });
    const forced = await sendDigest({ ...options, force: true });
    expect(forced.status).toBe('sent');
    expect(mailer.sent.map((mail) => mail.subject)).toEqual([
      '客户反馈周报 · 2026-11-16 – 2026-11-22',
      '客户反馈周报 · 2026-11-16 – 2026-11-22',
      '客户反馈周报 · 2026-11-09 – 2026-11-15',
      '客户反馈周报 · 2026-11-16 – 2026-11-22',
    ]);
  });

  it('releases the claim after a definite failure, so the next scheduled attempt sends it once', async () => {
    const options = { ...base, store, period: 'daily' as const, date: '2026-11-20', recipients: ['ops@example.com'] };
    const failure = await sendDigest({ ...options, mailer: failingMailer }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DigestNotDeliveredError);
    expect((failure as DigestNotDeliveredError).key).toBe(digestKey('daily', '2026-11-20', ['ops@example.com']));
    expect((failure as DigestNotDeliveredError).released).toBe(true);
    const mailer = new RecordingMailer();
    expect((await sendDigest({ ...options, mailer })).status).toBe('sent');
    expect((await sendDigest({ ...options, mailer })).status).toBe('already-sent');
    expect(mailer.sent).toHaveLength(1);
  });

  it('keeps the claim when the outcome is unknown (a timeout): never twice, resent by hand', async () => {
    const timingOut: Mailer = {
      send: async () => {
        throw Object.assign(new Error('socket timed out'), { name: 'TimeoutError' });
      },
    };
    const options = { ...base, store, period: 'daily' as const, date: '2026-11-19', recipients: ['ops@example.com'] };
    const failure = await sendDigest({ ...options, mailer: timingOut }).catch((error: unknown) => error);
    expect((failure as DigestNotDeliveredError).released).toBe(false);
    const mailer = new RecordingMailer();
    expect((await sendDigest({ ...options, mailer })).status).toBe('already-sent');
    expect((await sendDigest({ ...options, mailer, force: true })).status).toBe('sent');
    expect(mailer.sent).toHaveLength(1);
  });

  it('refuses a period that has not ended, forced or not, so the scheduled send of the complete digest still goes out (found by audit)', async () => {
    const mailer = new RecordingMailer();
    // 08:30 on Monday 23 November in Shanghai: that day and that week have only begun.
    const options = { ...base, store, mailer, recipients: ['early@example.com'] };
    for (const unfinished of [
      { period: 'daily' as const, date: '2026-11-23' },
      { period: 'daily' as const, date: '2026-12-01' },
      { period: 'weekly' as const, date: '2026-11-23' },
      { period: 'weekly' as const, date: '2026-11-29', force: true },
    ]) {
      const refusal = await sendDigest({ ...options, ...unfinished }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DigestPeriodNotOverError);
      expect((refusal as Error).message).toMatch(/cannot be sent before its period ends \(at the end of 2026-1\d-\d\d, Asia\/Shanghai\)/);
    }
    expect(mailer.sent).toHaveLength(0);
    // The next morning, and the Monday after, the scheduled sends find nothing claimed.
    const nextMorning = { now: () => new Date('2026-11-24T00:00:00Z') };
    expect(await sendDigest({ ...options, clock: nextMorning, period: 'daily' })).toMatchObject({ status: 'sent', periodStart: '2026-11-23' });
    const nextMonday = { now: () => new Date('2026-11-30T00:00:00Z') };
    expect(await sendDigest({ ...options, clock: nextMonday, period: 'weekly' })).toMatchObject({ status: 'sent', periodStart: '2026-11-23' });
  });

  it('takes each recipient in one spelling: a list naming an address twice mails it once, and counts as the same list (found by audit)', async () => {
    expect(digestKey('daily', '2026-11-10', ['运营@例子.中国', 'Ops@Example.com'])).toBe(digestKey('daily', '2026-11-10', ['ops@example.com', '运营@xn--fsqu00a.xn--fiqs8s']));
    expect(digestKey('daily', '2026-11-10', ['ops@ｅｘａｍｐｌｅ.com'])).toBe(digestKey('daily', '2026-11-10', ['ops@example.com']));
    const mailer = new RecordingMailer();
    const options = { ...base, store, mailer, period: 'daily' as const, date: '2026-11-10' };
    const sent = await sendDigest({ ...options, recipients: ['ops@example.com', 'OPS@example.com ', 'ops@ｅｘａｍｐｌｅ.com'] });
    expect(sent).toMatchObject({ status: 'sent', recipients: ['ops@example.com'] });
    expect(mailer.sent[0]?.to).toEqual(['ops@example.com']);
    expect((await sendDigest({ ...options, recipients: ['Ops@Example.COM'] })).status).toBe('already-sent');
  });

  it('refuses an empty recipient list', async () => {
    await expect(sendDigest({ ...base, store, mailer: new RecordingMailer(), period: 'daily', recipients: [] })).rejects.toThrow(RangeError);
  });
});


describe('sending through SES (aws-ses-v2-local)', () => {
  it('delivers the HTML with its table charts and the text', async () => {
    const endpoint = inject('sesEndpoint');
    const client = new SESv2Client({ ...EMULATOR_CLIENT_CONFIG, endpoint });
    try {
      const result = await sendDigest({
        ...base,
        language: 'en',
        store,
        mailer: new SesMailer({ client }),
        period: 'weekly',
        recipients: ['management@example.com'],
        date: '2026-11-18',
        force: true,
      });
      expect(result.status).toBe('sent');
      const emails = await sesStoredEmails(endpoint);
      const email = emails.find((candidate) => result.status === 'sent' && candidate.messageId === result.messageId);
      expect(email?.subject).toBe('Customer feedback — weekly digest · 2026-11-16 – 2026-11-22');
      expect(email?.destination.to.join(',')).toContain('management@example.com');
      expect(email?.body.text).toContain('Feedback received:');
      expect(email?.body.html).toContain('Top complaint types');
      // Charts are tables in the HTML, labelled in the mail's language: nothing is attached.
      expect(email?.attachments ?? []).toEqual([]);
      expect(email?.body.html).toMatch(/<td width="34%"[^>]*>(Web form|Email|WeChat|SMS)<\/td>/);
    } finally {
      client.destroy();
    }
  });
});
