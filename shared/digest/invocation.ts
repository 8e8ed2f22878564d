import { DIGEST_DAYS, DIGEST_PERIODS, digestDayProblem, type DigestPeriod } from './period.ts';

/** What EventBridge Scheduler sends the digest function: `{"period"}`, optionally recipients and a day inside the period. */
export interface DigestInvocation {
  period: DigestPeriod;
  recipients?: string[];
  /** A calendar day, YYYY-MM-DD. */
  date?: string;
  /** For an operator resending a digest whose send failed after it was claimed. */
  force?: boolean;
}

export class InvalidDigestInvocationError extends Error {}

/** zod's e-mail pattern (`z.email()`), which the digest function used before it dropped zod for its cold start. */
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * Checked by hand rather than with zod: this one small object was all the digest function used
 * zod for, and zod's module cost it a sixth of its cold start. Unknown fields are ignored.
 */
export function parseDigestInvocation(input: unknown): DigestInvocation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InvalidDigestInvocationError('the invocation must be a JSON object');
  const { period, recipients, date, force } = input as Record<string, unknown>;
  const problems: string[] = [];
  if (!DIGEST_PERIODS.includes(period as DigestPeriod)) problems.push(`period must be one of ${DIGEST_PERIODS.join(', ')}`);
  const recipientsValid =
    recipients === undefined || (Array.isArray(recipients) && recipients.length > 0 && recipients.every((r) => typeof r === 'string' && EMAIL.test(r)));
  if (!recipientsValid) problems.push('recipients must be a non-empty array of e-mail addresses');
  if (date !== undefined && (typeof date !== 'string' || digestDayProblem(date) !== undefined)) {
    problems.push(`date must be a calendar day, YYYY-MM-DD, from ${DIGEST_DAYS.first} to ${DIGEST_DAYS.last}`);
  }
  if (force !== undefined && typeof force !== 'boolean') problems.push('force must be true or false');
  if (problems.length) throw new InvalidDigestInvocationError(`invalid digest invocation: ${problems.join('; ')}`);
  return {
    period: period as DigestPeriod,
    ...(recipients !== undefined ? { recipients: recipients as string[] } : {}),
    ...(date !== undefined ? { date: date as string } : {}),
    ...(force !== undefined ? { force: force as boolean } : {}),
  };
}
