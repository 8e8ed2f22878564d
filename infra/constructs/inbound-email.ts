import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as actions from 'aws-cdk-lib/aws-ses-actions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { arnToken } from '../nag.ts';
import type { FeedbackFunction } from './feedback-function.ts';

export interface InboundEmailProps {
  /** Addresses or domains to accept; empty accepts mail for every verified receiving identity. */
  readonly recipients: readonly string[];
  readonly retentionDays: number;
  /** Encrypts the failed-invocation queue: SES events carry senders and subjects. */
  readonly key: kms.IKey;
}

/**
 * SES inbound mail (issue 3): the receipt rule stores the raw message in S3 under
 * `<objectKeyPrefix><SES message id>` and then invokes email-inbound, which reads, parses and
 * enqueues it.
 *
 * The raw-mail bucket uses SSE-S3, not the customer-managed key: SES writes with its service
 * principal and only SSE-S3 needs no key-policy coupling to SES; the objects expire after
 * `retentionDays` and the parsed text lives on in the KMS-encrypted table.
 */
export class InboundEmail extends Construct {
  /** email-inbound gets it as EMAIL_OBJECT_PREFIX; its read permission is limited to it. */
  readonly objectKeyPrefix = 'inbound/';
  readonly bucket: s3.Bucket;
  readonly ruleSet: ses.ReceiptRuleSet;
  /** SES events email-inbound failed on after Lambda's own retries; the raw mail is still in S3. */
  readonly failures: sqs.Queue;
  private readonly recipients: readonly string[];

  constructor(scope: Construct, id: string, props: InboundEmailProps) {
    super(scope, id);
    this.recipients = props.recipients;

    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket of the raw-mail bucket; logging it into itself would loop.',
    });

    this.bucket = new s3.Bucket(this, 'RawMail', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // Raw mail is personal data: keep it only long enough to re-parse after a bug fix.
      lifecycleRules: [{ expiration: Duration.days(props.retentionDays) }],
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'raw-mail/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.ruleSet = new ses.ReceiptRuleSet(this, 'RuleSet');

    this.failures = new sqs.Queue(this, 'Failures', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the on-failure destination (dead letters) of the email-inbound function.',
    });
  }

  /**
   * Adds the rule once the function exists: S3 first, so the object is there when the
   * (asynchronous) Lambda action runs. The S3 action's bucket policy lets only SES put objects,
   * conditioned on this account (aws:SourceAccount); the Lambda action's permission likewise.
   */
  addReceiver(receiver: FeedbackFunction): ses.ReceiptRule {
    const { fn } = receiver;
    const rule = this.ruleSet.addRule('ToFeedback', {
      recipients: this.recipients.length > 0 ? [...this.recipients] : undefined,
      scanEnabled: true,
      actions: [
        new actions.S3({ bucket: this.bucket, objectKeyPrefix: this.objectKeyPrefix }),
        new actions.Lambda({ function: fn, invocationType: actions.LambdaInvocationType.EVENT }),
      ],
    });
    // SES invokes asynchronously: after Lambda's two retries the event is kept, not dropped.
    fn.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(this.failures) });
    const objects = this.bucket.arnForObjects(`${this.objectKeyPrefix}*`);
    // Deleting: a mail whose feedback is queued leaves no raw copy that a person's erasure cannot reach.
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:DeleteObject'], resources: [objects] }));
    receiver.acknowledgeWildcard(
      `Resource::${arnToken(this.bucket)}/${this.objectKeyPrefix}*`,
      'Objects are named by the SES message id, unknown in advance; the function may only read and ' +
        'delete (s3:GetObject, s3:DeleteObject) the inbound mail objects of this one bucket.',
    );
    return rule;
  }
}
