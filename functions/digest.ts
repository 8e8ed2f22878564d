// First: the schemas the other imports build take zod's setting when they are built.
import '../shared/runtime/zod-jitless.ts';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import * as z from 'zod';
import { SesMailer } from '../shared/adapters/aws/ses-mailer.ts';
import { loadTaxonomy } from '../shared/classify/taxonomy.ts';
import { consoleUrlOf, DIGEST_PERIODS, sendDigest } from '../shared/digest/index.ts';
import { parseDay } from '../shared/digest/period.ts';
import { systemClock } from '../shared/ports.ts';
import { loadAwsConfig, logger } from '../shared/runtime/aws.ts';
import { dynamoStore } from '../shared/runtime/aws-store.ts';

const config = await loadAwsConfig();
const store = dynamoStore(config);
const mailer = new SesMailer({ client: new SESv2Client(config.SES_ENDPOINT ? { endpoint: config.SES_ENDPOINT } : {}) });
const taxonomy = loadTaxonomy(config.COMPLAINT_TAXONOMY_FILE);
const consoleUrl = consoleUrlOf(config.PUBLIC_BASE_URL);

/** What EventBridge Scheduler sends: `{"period"}`, optionally recipients and a day inside the period. */
const DigestInvocation = z.object({
  period: z.enum(DIGEST_PERIODS),
  recipients: z.array(z.email()).min(1).optional(),
  date: z.string().refine((day) => {
    try {
      return parseDay(day) === day;
    } catch {
      return false;
    }
  }, 'date must be a calendar day, YYYY-MM-DD').optional(),
  /** For an operator resending a digest whose send failed after it was claimed. */
  force: z.boolean().optional(),
});

/**
 * Scheduler → build the digest from DynamoDB → SES. A retried invocation finds the claim and
 * sends nothing; a definite failure releases the claim and throws, so the scheduler's retry
 * sends it; an unknown outcome (a timeout) keeps the claim, and the Lambda error alarm tells
 * someone to check and resend with `"force": true` (see docs/digest.md).
 */
export async function handler(input: unknown) {
  const invocation = DigestInvocation.parse(input);
  const recipients =
    invocation.recipients ?? (invocation.period === 'daily' ? config.DIGEST_DAILY_RECIPIENTS : config.DIGEST_WEEKLY_RECIPIENTS);
  const result = await sendDigest({
    store,
    mailer,
    clock: systemClock,
    period: invocation.period,
    recipients,
    language: config.DIGEST_LANGUAGE,
    from: config.MAIL_FROM,
    timeZone: config.REPORT_TIME_ZONE,
    taxonomy,
    ...(consoleUrl ? { consoleUrl } : {}),
    ...(invocation.date ? { date: invocation.date } : {}),
    force: invocation.force ?? false,
  });
  logger.info('digest', { ...result, recipients: recipients.length });
  return result;
}
