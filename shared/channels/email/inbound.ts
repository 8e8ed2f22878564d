import type { FeedbackEvent } from '../../event.ts';
import type { EventQueue } from '../../ports.ts';
import { ChannelError } from '../types.ts';
import { parseEmail } from './parse.ts';
import { refuseUnstorable } from '../storable.ts';

export interface RawMailLocation {
  bucket: string;
  key: string;
}

/** One check the receiving mail server ran; anything but a clear pass or fail is `other`. */
export type MailVerdict = 'pass' | 'fail' | 'other';

/** What the receiving server's checks said about a mail, where it says so. */
export interface MailVerdicts {
  spf?: MailVerdict | undefined;
  dkim?: MailVerdict | undefined;
  dmarc?: MailVerdict | undefined;
  virus?: MailVerdict | undefined;
  spam?: MailVerdict | undefined;
}

/** A raw mail the receiving server stored, and its verdicts; read out of the provider's notification by an adapter. */
export interface StoredMail {
  location: RawMailLocation;
  verdicts: MailVerdicts;
}

/** DMARC's own rule: aligned SPF or DKIM, with DMARC passing; no verdicts, no verification. */
export function senderVerified({ spf, dkim, dmarc }: MailVerdicts): boolean {
  return (spf === 'pass' || dkim === 'pass') && dmarc === 'pass';
}

function flaggedByReceivingServer({ virus, spam }: MailVerdicts): ChannelError | undefined {
  if (virus === 'fail') return new ChannelError(422, 'virus_detected', 'the receiving server flagged the message as containing a virus');
  if (spam === 'fail') return new ChannelError(422, 'spam_detected', 'the receiving server flagged the message as spam');
  return undefined;
}

export interface InboundMailOptions {
  readRawMail(location: RawMailLocation): Promise<Uint8Array>;
  /**
   * Deletes a stored mail once its feedback is queued: the event carries all the product keeps of
   * it, and a raw copy left in storage would be out of reach of the person's erasure.
   */
  discardRawMail(location: RawMailLocation): Promise<void>;
  queue: EventQueue;
  now(): Date;
  /**
   * A stored mail that is not feedback (no sender, flagged as a virus or spam, an auto-reply or
   * bounce): logged with its location (it stays in the bucket), not retried.
   */
  onRejected(location: RawMailLocation, error: ChannelError): void;
  /** A queued mail whose raw copy could not be deleted: it stays until the storage's own expiry. */
  onKept(location: RawMailLocation, error: unknown): void;
}

/**
 * Reads each stored mail, parses it and queues the results in one send, then deletes the raw
 * copies of the queued mails (a retry then finds them gone, a ChannelError, and passes them over).
 * A mail that can never be read or parsed (a ChannelError) is passed over and kept for inspection;
 * the others are queued even when a storage failure that may pass (an outage, a timeout) then fails
 * the call so the caller retries.
 */
export function createInboundMailHandler(options: InboundMailOptions) {
  return async (mails: readonly StoredMail[]): Promise<{ queued: number; rejected: number }> => {
    const events: FeedbackEvent[] = [];
    const queued: RawMailLocation[] = [];
    let rejected = 0;
    let retryable: unknown;
    for (const { location, verdicts } of mails) {
      const flagged = flaggedByReceivingServer(verdicts);
      if (flagged) {
        rejected += 1;
        options.onRejected(location, flagged);
        continue;
      }
      try {
        const raw = await options.readRawMail(location);
        const { event, automatic } = await parseEmail(raw, { receivedAt: options.now(), via: 'ses', senderVerified: senderVerified(verdicts) });
        if (automatic) throw new ChannelError(422, 'automatic_mail', `written by a machine, not a customer: ${automatic}`);
        refuseUnstorable(event);
        events.push(event);
        queued.push(location);
      } catch (error) {
        if (!(error instanceof ChannelError)) {
          retryable ??= error;
          continue;
        }
        rejected += 1;
        options.onRejected(location, error);
      }
    }
    if (events.length > 0) await options.queue.send(events);
    await Promise.all(queued.map((location) => options.discardRawMail(location).catch((error: unknown) => options.onKept(location, error))));
    if (retryable !== undefined) throw retryable;
    return { queued: events.length, rejected };
  };
}
