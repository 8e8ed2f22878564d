import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { FeedbackAlarms } from './constructs/alarms.ts';
import { DigestSchedule } from './constructs/digest-schedule.ts';
import { FeedbackFunction } from './constructs/feedback-function.ts';
import { FeedbackHttpApi } from './constructs/http-api.ts';
import { InboundEmail } from './constructs/inbound-email.ts';
import { FeedbackQueues } from './constructs/queues.ts';
import { FeedbackSecrets } from './constructs/secrets.ts';
import { FeedbackStorage } from './constructs/storage.ts';
import { acknowledgeDataKeyGrant, acknowledgeTableIndexes } from './nag.ts';
import type { StackSettings } from './settings.ts';

/**
 * What finishing the merges and undos left under way writes (identity/merges.ts, finishPendingWork),
 * as the processor does for a survivor's next message and the sweep for every survivor: items
 * moved, identities pointed (only while no erasure marked the customer: ConditionCheckItem), each
 * side's risk and name derived again (at-risk entries batch-written), messages judged again (one
 * whose urgency goes leaves the urgent work-queue lane: DeleteItem WQ#), and an undo whose merge an
 * erasure took erasing the items it had yet to hand back: their ids kept (ERASED#), then the items
 * with their index entries. The processor's commits batch-write work-queue entries too.
 */
function grantFinishingPendingWork(storage: FeedbackStorage, fn: FeedbackFunction, deletesAlso: string[] = []) {
  storage.grantRead(fn.fn);
  storage.grantWrite(fn.fn, ['PutItem', 'UpdateItem', 'ConditionCheckItem']);
  fn.fn.addToRolePolicy(
    new iam.PolicyStatement({
      actions: ['dynamodb:BatchWriteItem'],
      resources: [storage.table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['WQ#*', 'RISK#*', 'ERASED#*', 'FB#*', 'CTYPE#*'] } },
    }),
  );
  fn.fn.addToRolePolicy(
    new iam.PolicyStatement({
      actions: ['dynamodb:DeleteItem'],
      resources: [storage.table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...deletesAlso, 'WQ#*'] } },
    }),
  );
}

export interface FeedbackStackProps extends StackProps {
  readonly settings: StackSettings;
}

const PROCESSOR_TIMEOUT = Duration.seconds(30);
/** Room for a few large merges' items a run (it starts no customer's work in its last minute: functions/sweep.ts). */
const SWEEP_TIMEOUT = Duration.minutes(3);
const PROCESSOR_BATCHING_WINDOW = Duration.seconds(2);
/**
 * How long the stream aggregator gathers new items before it adds them up: at a million messages
 * a month (0.4 a second) about 23 to a batch, one counter write per day for all of them. Day
 * counters and at-risk lists lag the timeline by up to this (plus Lambda's polling, about a second).
 */
const AGGREGATOR_BATCHING_WINDOW = Duration.seconds(60);

/**
 * The whole product on AWS: HTTP API → ingest → SQS (+DLQ) → processor → DynamoDB, the
 * timeline API, SES inbound mail, scheduled digests and alarms. Environment-agnostic: no
 * lookups, so `cdk synth` needs neither credentials nor network.
 */
export class FeedbackStack extends Stack {
  constructor(scope: Construct, id: string, props: FeedbackStackProps) {
    super(scope, id, props);
    const s = props.settings;

    const storage = new FeedbackStorage(this, 'Storage');
    const { table, key } = storage;
    const queues = new FeedbackQueues(this, 'Queues', {
      key,
      processorTimeout: PROCESSOR_TIMEOUT,
      maxBatchingWindow: PROCESSOR_BATCHING_WINDOW,
    });
    const secrets = new FeedbackSecrets(this, 'Secrets');
    const inbound = new InboundEmail(this, 'InboundEmail', {
      recipients: s.inboundRecipients,
      retentionDays: s.rawMailRetentionDays,
      key,
    });

    const common = {
      LOG_LEVEL: s.logLevel,
      REPORT_TIME_ZONE: s.reportTimeZone,
      DEFAULT_PHONE_REGION: s.defaultPhoneRegion,
    };

    const ingest = new FeedbackFunction(this, 'Ingest', {
      name: 'ingest',
      description: 'Channel webhooks: verify, normalise, enqueue',
      // WeChat gives up after 5 s; anything slower than that is a failure anyway.
      timeout: Duration.seconds(10),
      memorySize: 512,
      environment: {
        ...common,
        QUEUE_URL: queues.queue.queueUrl,
        // The signature-use ledger (replays across instances), and nothing else of the table.
        TABLE_NAME: table.tableName,
        CHANNEL_SECRETS_ARN: secrets.channelSecrets.secretArn,
        FORMS_ALLOWED_ORIGINS: s.formsAllowedOrigins.join(','),
        MAX_BODY_BYTES: String(s.maxBodyBytes),
        RATE_LIMIT_PER_MINUTE: String(s.rateLimitPerMinute),
      },
    });
    queues.queue.grantSendMessages(ingest.fn);
    secrets.channelSecrets.grantRead(ingest.fn);
    // One conditional put per signed request that needs it, on its own key space only.
    ingest.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:PutItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SIGUSE#*'] } },
      }),
    );
    key.grantEncryptDecrypt(ingest.fn);

    const processor = new FeedbackFunction(this, 'Process', {
      name: 'process',
      description: 'Classify, resolve the customer, write the timeline and counters',
      timeout: PROCESSOR_TIMEOUT,
      memorySize: 1024,
      environment: { ...common, TABLE_NAME: table.tableName, CLASSIFIER: s.classifier },
    });
    if (s.classifier === 'comprehend') {
      processor.fn.addToRolePolicy(
        new iam.PolicyStatement({ actions: ['comprehend:DetectDominantLanguage', 'comprehend:DetectSentiment'], resources: ['*'] }),
      );
      processor.acknowledgeWildcard(
        'Resource::*',
        "Comprehend's real-time Detect* APIs have no resource to scope to: IAM only accepts * for them, and only these two read-only actions are granted.",
      );
    }
    processor.fn.addEventSource(
      new SqsEventSource(queues.queue, {
        batchSize: 10,
        maxBatchingWindow: PROCESSOR_BATCHING_WINDOW,
        maxConcurrency: s.processorMaxConcurrency,
        reportBatchItemFailures: true,
      }),
    );
    // A commit writes what finishing work under way writes, and a claim made for a customer an
    // erasure marked meanwhile is taken back (DeleteItem ID#): nothing may lead to it.
    grantFinishingPendingWork(storage, processor, ['ID#*']);

    const aggregatorFailures = new sqs.Queue(this, 'AggregatorFailures', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(aggregatorFailures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the on-failure destination (dead letters) of the stream aggregator: it holds the shard and sequence range of a batch given up on.',
    });
    const aggregator = new FeedbackFunction(this, 'Aggregate', {
      name: 'aggregate',
      description: 'Table stream: day counters and at-risk entries of new feedback items, batched',
      timeout: Duration.seconds(60),
      memorySize: 256,
      environment: { ...common, TABLE_NAME: table.tableName },
    });
    aggregator.fn.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 1000,
        maxBatchingWindow: AGGREGATOR_BATCHING_WINDOW,
        // The window is what makes Lambda name the batch's shard, which the counters' guard is kept by.
        tumblingWindow: AGGREGATOR_BATCHING_WINDOW,
        parallelizationFactor: 1,
        // A failed batch is reported from its first record: retried in order, its applied writes skipped.
        reportBatchItemFailures: true,
        retryAttempts: 10_000,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(aggregatorFailures),
        // Only new feedback items: every other change to the table is filtered out before Lambda (and not billed).
        filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT'), dynamodb: { Keys: { pk: { S: lambda.FilterRule.beginsWith('FB#') } } } })],
      }),
    );
    // Day counters (AGG#), at-risk entries (RISK#, taken back when the item was erased meanwhile) and the checks behind them.
    aggregator.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['AGG#*', 'RISK#*'] } },
      }),
    );
    // Its day read is a GetItem; an at-risk put checks the item and the customer's risk epoch in one BatchGetItem.
    aggregator.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['AGG#*', 'FB#*', 'CUST#*'] } },
      }),
    );
    key.grantEncryptDecrypt(aggregator.fn);
    aggregator.acknowledgeWildcard(
      'Resource::*',
      'dynamodb:ListStreams, added by the CDK for the stream event source: the action has no resource to scope to; reading records is granted on this table\'s stream alone.',
    );

    const api = new FeedbackFunction(this, 'Api', {
      name: 'api',
      description: 'Timeline API',
      timeout: Duration.seconds(10),
      memorySize: 512,
      environment: {
        ...common,
        TABLE_NAME: table.tableName,
        FEEDBACK_API_KEYS_SECRET_ARN: secrets.apiKeyHashes.secretArn,
      },
    });
    storage.grantRead(api.fn);
    // Case changes move work-queue index entries (put, delete); merges write records; erasure deletes in batches.
    storage.grantWrite(api.fn, ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'ConditionCheckItem']);
    secrets.apiKeyHashes.grantRead(api.fn);

    // Static files only: no table, no secret, nothing granted beyond its own log group.
    const web = new FeedbackFunction(this, 'Web', {
      name: 'web',
      description: 'Web console and API reference (static files)',
      timeout: Duration.seconds(10),
      memorySize: 256,
      environment: { ...common },
    });

    const digest = new FeedbackFunction(this, 'Digest', {
      name: 'digest',
      description: 'Build and send the daily and weekly digests',
      timeout: Duration.minutes(5),
      memorySize: 1024,
      environment: {
        ...common,
        TABLE_NAME: table.tableName,
        MAIL_TRANSPORT: 'ses',
        MAIL_FROM: s.mailFrom,
        DIGEST_LANGUAGE: s.digestLanguage,
        DIGEST_DAILY_RECIPIENTS: s.digestDailyRecipients.join(','),
        DIGEST_WEEKLY_RECIPIENTS: s.digestWeeklyRecipients.join(','),
      },
    });
    storage.grantRead(digest.fn);
    key.grantEncryptDecrypt(digest.fn);
    // The idempotency claim ("digest for this period already sent") is a conditional put; a
    // send that failed definitely deletes it so the retry sends the digest: both on claim items only.
    digest.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['CLAIM#*'] } },
      }),
    );
    digest.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [this.formatArn({ service: 'ses', resource: 'identity', resourceName: s.sesIdentity })],
        conditions: { StringEquals: { 'ses:FromAddress': s.mailFrom } },
      }),
    );

    // Issue 13: merges and undos that requests cut short left under way are finished on a schedule,
    // not only when something touches their survivor again. Its own function rather than a digest
    // run: every few minutes, with the processor's writes, where the digest only reads and mails.
    const sweep = new FeedbackFunction(this, 'Sweep', {
      name: 'sweep',
      description: 'Finish the merges and undos requests cut short left under way',
      timeout: SWEEP_TIMEOUT,
      memorySize: 512,
      environment: { ...common, TABLE_NAME: table.tableName },
    });
    grantFinishingPendingWork(storage, sweep);
    new events.Rule(this, 'SweepSchedule', {
      description: 'Feedback: finish merges and undos left under way',
      schedule: events.Schedule.rate(Duration.minutes(s.pendingWorkSweepMinutes)),
      targets: [new targets.LambdaFunction(sweep.fn, { retryAttempts: 2, maxEventAge: Duration.minutes(s.pendingWorkSweepMinutes) })],
    });
    // A failed run is not retried: the next scheduled one goes over the same customers.
    sweep.fn.configureAsyncInvoke({ retryAttempts: 0 });

    const emailInbound = new FeedbackFunction(this, 'EmailInbound', {
      name: 'email-inbound',
      description: 'SES inbound mail: read the raw message from S3, parse, enqueue',
      timeout: Duration.seconds(60),
      // A 40 MB mail (what SES accepts) of short lines peaks at 330–450 MB while parsed (npm run
      // bench -- email): 512 MB left no room; inbound mail is rare, so the headroom costs little.
      memorySize: 1024,
      environment: {
        ...common,
        EMAIL_BUCKET: inbound.bucket.bucketName,
        EMAIL_OBJECT_PREFIX: inbound.objectKeyPrefix,
        QUEUE_URL: queues.queue.queueUrl,
      },
    });
    queues.queue.grantSendMessages(emailInbound.fn);
    inbound.addReceiver(emailInbound);

    const http = new FeedbackHttpApi(this, 'Http', {
      ingest: ingest.fn,
      api: api.fn,
      web: web.fn,
      rateLimit: s.apiRateLimit,
      burstLimit: s.apiBurstLimit,
    });
    // Twilio signs the public URL it posted to; behind a custom domain set publicBaseUrl.
    ingest.fn.addEnvironment('PUBLIC_BASE_URL', s.publicBaseUrl ?? http.url);
    // Digests link customers and items into the console under the same public URL.
    digest.fn.addEnvironment('PUBLIC_BASE_URL', s.publicBaseUrl ?? http.url);

    const schedule = new DigestSchedule(this, 'DigestSchedule', {
      digest: digest.fn,
      timeZone: s.reportTimeZone,
      dailyCron: s.digestDailyCron,
      weeklyCron: s.digestWeeklyCron,
      dailyRecipients: s.digestDailyRecipients,
      weeklyRecipients: s.digestWeeklyRecipients,
    });

    const alarms = new FeedbackAlarms(this, 'Alarms', { email: s.alarmEmail });
    alarms.deadLetters('FeedbackDeadLetters', queues.deadLetterQueue);
    alarms.deadLetters('DigestScheduleDeadLetters', schedule.deadLetterQueue);
    alarms.deadLetters('EmailInboundFailures', inbound.failures);
    alarms.oldestMessage('FeedbackQueueAge', queues.queue, Duration.minutes(15));
    alarms.deadLetters('AggregatorFailures', aggregatorFailures);
    alarms.streamBehind('AggregateBehind', aggregator.fn, Duration.minutes(15));
    for (const [id, fn] of [
      ['Ingest', ingest],
      ['Process', processor],
      ['Api', api],
      ['Web', web],
      ['Digest', digest],
      ['EmailInbound', emailInbound],
      ['Aggregate', aggregator],
      ['Sweep', sweep],
    ] as const) {
      alarms.lambda(id, fn.fn);
    }

    for (const fn of [ingest, processor, api, digest, emailInbound, aggregator, sweep]) acknowledgeDataKeyGrant(fn);
    for (const fn of [processor, api, digest, sweep]) acknowledgeTableIndexes(fn, table);

    new CfnOutput(this, 'ApiUrl', { value: http.url });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'QueueUrl', { value: queues.queue.queueUrl });
    new CfnOutput(this, 'RawMailBucket', { value: inbound.bucket.bucketName });
    new CfnOutput(this, 'ReceiptRuleSetName', { value: inbound.ruleSet.receiptRuleSetName });
    new CfnOutput(this, 'ChannelSecretsArn', { value: secrets.channelSecrets.secretArn });
    new CfnOutput(this, 'ApiKeysSecretArn', { value: secrets.apiKeyHashes.secretArn });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topic.topicArn });
    // For operations in docs/deploy.md: refreshing cached secrets, resending a digest, redrives.
    new CfnOutput(this, 'IngestFunctionName', { value: ingest.fn.functionName });
    new CfnOutput(this, 'ApiFunctionName', { value: api.fn.functionName });
    new CfnOutput(this, 'DigestFunctionName', { value: digest.fn.functionName });
    new CfnOutput(this, 'SweepFunctionName', { value: sweep.fn.functionName });
    new CfnOutput(this, 'DeadLetterQueueArn', { value: queues.deadLetterQueue.queueArn });
    new CfnOutput(this, 'EmailInboundFailuresQueueUrl', { value: inbound.failures.queueUrl });
    new CfnOutput(this, 'AggregatorFailuresQueueUrl', { value: aggregatorFailures.queueUrl });
  }
}
