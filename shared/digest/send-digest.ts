import { createHash } from 'node:crypto';
import type { Taxonomy } from '../classify/default-taxonomy.ts';
import type { AggregateStore, Clock, IdentityStore, Mailer } from '../ports.ts';
import { buildDigest } from './build-digest.ts';
import { composeDigestMail } from './compose.ts';
import { digestWindow, type DigestPeriod } from './period.ts';
import type { DigestLanguage } from './render/messages.ts';

export interface SendDigestOptions {
  store: AggregateStore & IdentityStore;
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
}

export type SendDigestResult =
  | { status: 'sent'; key: string; messageId: string; periodStart: string }
  | { status: 'already-sent'; key: string; periodStart: string };

/** Raised when the claim was taken but the mail could not be handed over: see sendDigest. */
export class DigestNotDeliveredError extends Error {
  constructor(
    readonly key: string,
    cause: unknown,
  ) {
    super(`digest ${key} was claimed but could not be sent; it will not be retried automatically`, { cause });
    this.name = 'DigestNotDeliveredError';
  }
}

/**
 * Builds and sends one digest, at most once per period and recipient list.
 *
 * Ordering: claim, then send, then record `#sent`. A retried schedule invocation finds the claim
 * and sends nothing, so managers never get the same digest twice. The price is that a send that
 * fails after the claim (mail service down, Lambda killed mid-send) is not retried by the
 * scheduler: the error names the key, the claim without its `#sent` marker shows it in the
 * table, and `feedback digest --send --force` sends it by hand. Claiming after sending would
 * instead mail twice whenever the invocation dies between the two steps.
 */
export async function sendDigest(options: SendDigestOptions & { force?: boolean }): Promise<SendDigestResult> {
  const { store, mailer, clock, period, recipients } = options;
  if (recipients.length === 0) throw new RangeError(`no recipients for the ${period} digest`);
  const now = clock.now();
  const window = digestWindow(period, { now, timeZone: options.timeZone, ...(options.date ? { date: options.date } : {}) });
  const key = digestKey(period, window.start, recipients);
  const at = now.toISOString();
  const claimed = await store.claimOnce(key, at);
  if (!claimed && !options.force) return { status: 'already-sent', key, periodStart: window.start };

  const digest = await buildDigest(store, period, {
    now,
    timeZone: options.timeZone,
    date: window.start,
    ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
  });
  const mail = composeDigestMail(digest, options.language, options.from, recipients);
  let messageId: string;
  try {
    ({ messageId } = await mailer.send(mail));
  } catch (error) {
    throw new DigestNotDeliveredError(key, error);
  }
  await store.claimOnce(`${key}#sent`, clock.now().toISOString());
  return { status: 'sent', key, messageId, periodStart: window.start };
}

/** `digest#<period>#<periodStart>#<hash of the sorted, lower-cased recipients>` */
export function digestKey(period: DigestPeriod, periodStart: string, recipients: string[]): string {
  const normalised = [...new Set(recipients.map((recipient) => recipient.trim().toLowerCase()))].sort().join(',');
  const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 16);
  return `digest#${period}#${periodStart}#${hash}`;
}
