import { Duration } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface FeedbackQueuesProps {
  readonly key: kms.IKey;
  /** The consumer's timeout; the visibility timeout is six times it, as AWS advises for Lambda. */
  readonly processorTimeout: Duration;
  readonly maxBatchingWindow: Duration;
}

/** The FeedbackEvents queue and its dead-letter queue, both encrypted and TLS-only. */
export class FeedbackQueues extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: FeedbackQueuesProps) {
    super(scope, id);

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.key,
      enforceSSL: true,
      // The longest SQS allows: time to find the bug and redrive.
      retentionPeriod: Duration.days(14),
    });
    this.queue = new sqs.Queue(this, 'Events', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.key,
      // Fewer KMS calls: a data key is reused for this long.
      dataKeyReuse: Duration.minutes(15),
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(
        props.processorTimeout.toSeconds() * 6 + props.maxBatchingWindow.toSeconds(),
      ),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });
  }
}
