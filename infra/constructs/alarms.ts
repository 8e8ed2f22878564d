import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface FeedbackAlarmsProps {
  readonly email?: string;
}

/** An encrypted SNS topic for operators and the alarms that publish to it. */
export class FeedbackAlarms extends Construct {
  readonly topic: sns.Topic;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: FeedbackAlarmsProps) {
    super(scope, id);

    // Its own key, not the data key: CloudWatch must be allowed to use it, and that grant should
    // not reach customer data. The AWS-managed SNS key cannot be used, CloudWatch has no access to it.
    const key = new kms.Key(this, 'TopicKey', {
      description: 'Feedback aggregator: alarm notifications',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'Feedback aggregator alarms',
      masterKey: key,
      enforceSSL: true,
    });
    // A topic policy replaces SNS's default one, whose same-account Allow lets alarms publish: with
    // only enforceSSL's Deny left, no alarm would ever notify anyone.
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:*` },
        },
      }),
    );
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
    this.action = new SnsAction(this.topic);
  }

  /** Anything in a dead-letter queue needs a human: alarm on the first message. */
  deadLetters(id: string, queue: sqs.IQueue): cloudwatch.Alarm {
    const visible = queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' });
    return this.add(id, visible, {
      threshold: 0,
      description: `Messages in ${id}: inspect them, fix the cause, then redrive`,
    });
  }

  /** The processor is falling behind or stuck when the oldest event waits this long. */
  oldestMessage(id: string, queue: sqs.IQueue, maxAge: Duration): cloudwatch.Alarm {
    const age = queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(1), statistic: 'Maximum' });
    return this.add(id, age, {
      threshold: maxAge.toSeconds(),
      evaluationPeriods: 5,
      description: `Oldest message in ${id} older than ${maxAge.toHumanString()}`,
    });
  }

  /**
   * A stream consumer that reports its failures as batch item failures never counts an error, and
   * retries its shard in order for up to a day: how far behind it reads is what tells it is stuck.
   */
  streamBehind(id: string, fn: lambda.IFunction, maxAge: Duration): cloudwatch.Alarm {
    const age = fn.metric('IteratorAge', { period: Duration.minutes(1), statistic: 'Maximum' });
    return this.add(id, age, {
      threshold: maxAge.toMilliseconds(),
      evaluationPeriods: 5,
      description: `${id}: the stream's oldest unprocessed record is older than ${maxAge.toHumanString()}`,
    });
  }

  /** Errors and throttles of one function, each its own alarm so the notification says which. */
  lambda(id: string, fn: lambda.IFunction): void {
    const period = Duration.minutes(5);
    this.add(`${id}Errors`, fn.metricErrors({ period, statistic: 'Sum' }), {
      threshold: 0,
      description: `${id} function errors`,
    });
    this.add(`${id}Throttles`, fn.metricThrottles({ period, statistic: 'Sum' }), {
      threshold: 0,
      description: `${id} function throttled: raise its concurrency or the account limit`,
    });
  }

  private add(
    id: string,
    metric: cloudwatch.IMetric,
    options: { threshold: number; description: string; evaluationPeriods?: number },
  ): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold: options.threshold,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: options.description,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    return alarm;
  }
}
