// First: the schemas the other imports build take zod's setting when they are built.
import '../shared/runtime/zod-jitless.ts';
// Every invocation parses mail, so the parser the email channel imports on its first mail (what
// ingest's other webhooks need) is loaded with this bundle, at init, not on the first invocation.
import 'postal-mime';
import { S3RawMailBucket } from '../shared/adapters/aws/s3-raw-mail.ts';
import { storedMailFromEvent, type SesInboundEvent } from '../shared/adapters/aws/ses-inbound-event.ts';
import { createInboundMailHandler } from '../shared/channels/email/inbound.ts';
import { systemClock } from '../shared/ports.ts';
import { loadAwsConfig, logger } from '../shared/runtime/aws.ts';
import { sqsQueue } from '../shared/runtime/aws-queue.ts';

const config = await loadAwsConfig();
if (!config.EMAIL_BUCKET) throw new Error('EMAIL_BUCKET must be set');
const storage = { bucket: config.EMAIL_BUCKET, prefix: config.EMAIL_OBJECT_PREFIX };
const rawMail = new S3RawMailBucket({ bucket: storage.bucket });
const ingestStoredMail = createInboundMailHandler({
  readRawMail: (location) => rawMail.read(location),
  discardRawMail: (location) => rawMail.discard(location),
  queue: sqsQueue(config),
  now: () => systemClock.now(),
  onRejected: (location, error) => logger.warn('stored mail is not feedback', { ...location, code: error.code, reason: error.message }),
  onKept: (location, error) => logger.warn('queued mail kept in the bucket until its expiry', { ...location, error: error as Error }),
});

/** SES receipt rule (S3 action, then this Lambda or SNS) → raw mail from S3 → parseEmail → SQS. */
export const handler = (event: SesInboundEvent) => ingestStoredMail(storedMailFromEvent(event, storage));
