import { createSesMailer } from '../shared/adapters/aws/ses-mailer.ts';
import { loadTaxonomy } from '../shared/classify/taxonomy.ts';
import { consoleUrlOf, sendDigest } from '../shared/digest/index.ts';
import { parseDigestInvocation } from '../shared/digest/invocation.ts';
import { systemClock } from '../shared/ports.ts';
import { loadAwsConfig, logger } from '../shared/runtime/aws.ts';
import { dynamoStore } from '../shared/runtime/aws-store.ts';

const config = await loadAwsConfig();
const store = dynamoStore(config);
const mailer = createSesMailer({ endpoint: config.SES_ENDPOINT });
const taxonomy = loadTaxonomy(config.COMPLAINT_TAXONOMY_FILE);
const consoleUrl = consoleUrlOf(config.PUBLIC_BASE_URL);

/**
 * Scheduler → build the digest from DynamoDB → SES. A retried invocation finds the claim and
 * sends nothing; a definite failure releases the claim and throws, so the scheduler's retry
 * sends it; an unknown outcome (a timeout) keeps the claim, and the Lambda error alarm tells
 * someone to check and resend with `"force": true` (see docs/digest.md).
 */
export async function handler(input: unknown) {
  const invocation = parseDigestInvocation(input);
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
