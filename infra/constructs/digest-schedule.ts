import { Aws, Duration, TimeZone, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { arnToken } from '../nag.ts';

export interface DigestScheduleProps {
  readonly digest: lambda.IFunction;
  readonly timeZone: string;
  readonly dailyCron: string;
  readonly weeklyCron: string;
  readonly dailyRecipients: readonly string[];
  readonly weeklyRecipients: readonly string[];
}

/**
 * Issue 5's schedules: EventBridge Scheduler evaluates each cron in the reporting time zone
 * (daylight saving included, unlike EventBridge rules, which only know UTC) and invokes the
 * digest function with `{"period", "recipients"}`. Failed invocations (undelivered, or failed in
 * the function) are retried and then parked in a dead-letter queue; the digest function's idempotency record makes a retry
 * that races a slow success send nothing twice.
 */
export class DigestSchedule extends Construct {
  readonly deadLetterQueue: sqs.Queue;
  readonly schedules: scheduler.Schedule[];

  constructor(scope: Construct, id: string, props: DigestScheduleProps) {
    super(scope, id);

    // Only `{"period": ...}` payloads land here, no customer data: SQS-managed encryption suffices.
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the digest schedules; nothing redrives it further.',
    });

    // Only EventBridge Scheduler, acting for a schedule of this account's default group, may assume it;
    // the targets add exactly lambda:InvokeFunction on the digest function and SendMessage to the DLQ.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: {
            'aws:SourceAccount': Aws.ACCOUNT_ID,
            'aws:SourceArn': `arn:${Aws.PARTITION}:scheduler:${Aws.REGION}:${Aws.ACCOUNT_ID}:schedule-group/default`,
          },
        },
      }),
      description: 'EventBridge Scheduler: invoke the feedback digest function',
    });
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${arnToken(props.digest)}:*]`,
      reason:
        'Added by the CDK Lambda target grant: invoke the digest function and its versions/aliases; ' +
        'no other function is reachable.',
    });

    // The scheduler invokes the function asynchronously: its retries and dead letters cover only
    // an invocation that could not be delivered. A digest that failed is retried by Lambda's own
    // asynchronous retries, on the same terms, and lands in the same dead-letter queue.
    new lambda.EventInvokeConfig(this, 'AsyncInvoke', {
      function: props.digest,
      maxEventAge: Duration.hours(2),
      retryAttempts: 2,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });

    const timeZone = TimeZone.of(props.timeZone);
    const periods = [
      { period: 'daily', cron: props.dailyCron, recipients: props.dailyRecipients },
      { period: 'weekly', cron: props.weeklyCron, recipients: props.weeklyRecipients },
    ] as const;
    this.schedules = periods.map(
      ({ period, cron, recipients }) =>
        new scheduler.Schedule(this, period === 'daily' ? 'Daily' : 'Weekly', {
          description: `Feedback ${period} digest`,
          schedule: scheduler.ScheduleExpression.expression(cron, timeZone),
          target: new LambdaInvoke(props.digest, {
            // Without configured recipients the function falls back to its DIGEST_*_RECIPIENTS env.
            input: scheduler.ScheduleTargetInput.fromObject(
              recipients.length > 0 ? { period, recipients: [...recipients] } : { period },
            ),
            // A digest that arrives hours late is noise; give up after two hours and alarm instead.
            maxEventAge: Duration.hours(2),
            retryAttempts: 3,
            role,
            deadLetterQueue: this.deadLetterQueue,
          }),
        }),
    );
  }
}
