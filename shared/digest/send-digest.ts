import { createHash } from 'node:crypto';
import type { Taxonomy } from '../classify/default-taxonomy.ts';
import { MailOutcomeUnknownError, type AggregateStore, type Clock, type IdentityStore, type Mailer, type TimelineStore } from '../ports.ts';
import { buildDigest } from './build-digest.ts';
import { composeDigestMail } from './compose.ts';
import { digestWindow, hasEnded, type DigestPeriod, type DigestWindow } from './period.ts';
import { distinctRecipients, recipientKey } from './recipients.ts';
import type { DigestLanguage } from './render/messages.ts';

export interface SendDigestOptions {
  store: AggregateStore & IdentityStore & TimelineStore;
  mailer: Mailer;
  clock: Clock;
  period: DigestPeriod;
  recipients: string[];
  /** Any day inside the wanted period; default: the last complete one. */
  date?: string;
  language: DigestLanguage;
  from: string;
  timeZone: string;
  /** Complaint type display names. */
  taxonomy?: Taxonomy;
  /** The console the digest links into (`<PUBLIC_BASE_URL>/console`); no links without it. */
  consoleUrl?: string;
}

export type SendDigestResult =
  | {
      status: 'sent';
      key: string;
      messageId: string;
      periodStart: string;
      /** Whom it went to: each address once, however often the list spelt it (distinctRecipients). */
      recipients: string[];
    }
  | { status: 'already-sent'; key: string; periodStart: string };

/** Raised when the digest could not be handed over: see sendDigest. */
export class DigestNotDeliveredError extends Error {
  constructor(
    readonly key: string,
    /** True when the claim was given back and the next scheduled attempt sends it. */
    readonly released: boolean,
    cause: unknown,
  ) {
    super(
      released
        ? `digest ${key} could not be sent; its claim was released, so the next attempt sends it`
        : `digest ${key} may or may not have been sent (the mail service did not answer); it stays claimed: resend with --force if it did not arrive`,
      { cause },
    );
    this.name = 'DigestNotDeliveredError';
  }
}

/**
 * Raised when asked to send the digest of a period that has not ended (`date` today, this week,
 * or later): it would show part of the period, and once recorded as sent it would keep the
 * scheduled send of the complete digest from going out (`already-sent`). `force` does not
 * override it: a forced send is recorded too.
 */
export class DigestPeriodNotOverError extends Error {
  constructor(window: DigestWindow, timeZone: string) {
    super(
      `the ${window.period} digest for ${window.start === window.end ? window.start : `${window.start} – ${window.end}`} cannot be sent before its period ends ` +
        `(at the end of ${window.end}, ${timeZone}): it would report part of the period and keep the complete digest from being sent; it can be previewed, not sent`,
    );
    this.name = 'DigestPeriodNotOverError';
  }
}

/**
 * Builds and sends one digest, at most once per period and recipient list, and only for a period
 * that has ended (DigestPeriodNotOverError otherwise).
 *
 * Ordering: claim, then send, then record `#sent`. A retried schedule invocation finds the claim
 * and sends nothing, so managers never get the same digest twice. When the send fails definitely
 * (building failed, or the mail service answered with an error) nothing went out, so the claim
 * is released and the scheduler's retry sends it. Only when the outcome is unknown (a timeout or
 * a dropped connection after the request left, a Lambda killed mid-send) does the claim stay:
 * the error names the key and `feedback digest --send --force` sends it by hand. Claiming after
 * sending would instead mail twice whenever the invocation dies between the two steps.
 */
export async function sendDigest(options: SendDigestOptions & { force?: boolean }): Promise<SendDigestResult> {
  const { store, mailer, clock, period } = options;
  const recipients = distinctRecipients(options.recipients);
  if (recipients.length === 0) throw new RangeError(`no recipients for the ${period} digest`);
  const now = clock.now();
  const window = digestWindow(period, { now, timeZone: options.timeZone, ...(options.date ? { date: options.date } : {}) });
  if (!hasEnded(window, now, options.timeZone)) throw new DigestPeriodNotOverError(window, options.timeZone);
  const key = digestKey(period, window.start, recipients);
  const at = now.toISOString();
  const claimed = await store.claimOnce(key, at);
  if (!claimed && !options.force) return { status: 'already-sent', key, periodStart: window.start };

  let messageId: string;
  try {
    const digest = await buildDigest(store, period, {
      now,
      timeZone: options.timeZone,
      date: window.start,
      ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
      ...(options.consoleUrl ? { consoleUrl: options.consoleUrl } : {}),
    });
    const mail = composeDigestMail(digest, options.language, options.from, recipients);
    ({ messageId } = await mailer.send(mail));
  } catch (error) {
    const release = claimed && isDefiniteFailure(error);
    if (release) await store.releaseClaim(key);
    throw new DigestNotDeliveredError(key, release, error);
  }
  await store.claimOnce(`${key}#sent`, clock.now().toISOString());
  return { status: 'sent', key, messageId, periodStart: window.start, recipients };
}

const UNKNOWN_OUTCOME_ERRORS = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE']);

/** False when the mail service may have accepted the message although the call failed. */
export function isDefiniteFailure(error: unknown): boolean {
  if (error instanceof MailOutcomeUnknownError) return false;
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  return !UNKNOWN_OUTCOME_ERRORS.has(name ?? '') && !UNKNOWN_OUTCOME_ERRORS.has(code ?? '');
}

/** Where digests link to: the console under the public base URL (`<PUBLIC_BASE_URL>/console`). */
export function consoleUrlOf(publicBaseUrl: string | undefined): string | undefined {
  return publicBaseUrl ? `${publicBaseUrl.replace(/\/+$/, '')}/console` : undefined;
}

/** `digest#<period>#<periodStart>#<hash of the sorted recipients, each in one spelling (recipientKey)>` */
export function digestKey(period: DigestPeriod, periodStart: string, recipients: string[]): string {
  const normalised = [...new Set(recipients.map(recipientKey))].sort().join(',');
  const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 16);
  return `digest#${period}#${periodStart}#${hash}`;
}
