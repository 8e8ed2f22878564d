import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_SIZE_LIMITS } from '../../infra/bundle.ts';
import { FeedbackStack } from '../../infra/feedback-stack.ts';
import { settingsFromContext } from '../../infra/settings.ts';
import { TABLE_SCHEMA } from '../../shared/adapters/table-schema.ts';
import { WORK_SETTLES_AFTER_MS } from '../../shared/identity/pending-sweep.ts';

/**
 * Synthesises the real app once, with cdk.json's context (feature flags) plus deployment
 * choices, real esbuild bundling of functions/*.ts and cdk-nag, and asserts the template.
 */
type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; Metadata?: Record<string, any> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

/** A bundle file and the files it imports statically (`import … from "./x.mjs"`, not `import("./x.mjs")`), transitively. */
function filesLoadedAtInit(file: string): string[] {
  const loaded = new Set([file]);
  for (const path of loaded) {
    for (const [, relative] of readFileSync(path, 'utf8').matchAll(/\bimport\s*(?:[^"'();]*?from\s*)?["'](\.\.?\/[^"']+)["']/g)) loaded.add(join(dirname(path), relative!));
  }
  return [...loaded];
}

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};
const CONTEXT = {
  ...cdkJson.context,
  // Report violations in the assembly instead of throwing, so the nag test can list them.
  '@aws-cdk/core:failSynthOnValidationErrors': false,
  'aws:cdk:enable-asset-metadata': true,
  reportTimeZone: 'Europe/Berlin',
  inboundRecipients: 'feedback@example.com,support.example.com',
  alarmEmail: 'ops@example.com',
  mailFrom: 'digest@mail.example.com',
  digestDailyRecipients: 'ceo@example.com,coo@example.com',
  formsAllowedOrigins: 'https://shop.example.com',
  logLevel: 'WARN',
  pendingWorkSweepMinutes: '10',
};

let outdir: string;
let assemblyDir: string;
let template: Template;
let resources: Record<string, Resource>;
let acknowledgements: { path: string; id: string; reason: string }[];

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'feedback-cdk-'));
  const app = new App({ context: CONTEXT, outdir });
  new FeedbackStack(app, 'FeedbackTest', { settings: settingsFromContext(app.node) });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  const assembly = app.synth();
  acknowledgements = app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({ path: construct.node.path, id, reason })),
      ),
  );
  assemblyDir = assembly.directory;
  const json = assembly.getStackByName('FeedbackTest').template as { Resources: Record<string, Resource> };
  resources = json.Resources;
  template = Template.fromJSON(json);
}, 600_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** The one resource of a type whose logical id starts with `prefix` (construct ids are stable). */
function logicalId(type: string, prefix: string): string {
  const ids = Object.keys(resources).filter((id) => resources[id]!.Type === type && id.startsWith(prefix));
  expect(ids, `${type} ${prefix}*`).toHaveLength(1);
  return ids[0]!;
}
const fnId = (name: string) => logicalId('AWS::Lambda::Function', `${name}Fn`);
const fnProps = (name: string) => resources[fnId(name)]!.Properties;

/** Every statement of every policy attached to a function's role. */
function statementsOf(name: string): Statement[] {
  const role = logicalId('AWS::IAM::Role', `${name}Role`);
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(`"${role}"`))
    .flatMap((r) => r.Properties.PolicyDocument.Statement as Statement[]);
}
const actionsOf = (name: string) => statementsOf(name).flatMap((s) => [s.Action].flat());
const resourcesOf = (name: string, action: string) =>
  JSON.stringify(statementsOf(name).filter((s) => [s.Action].flat().includes(action)).map((s) => s.Resource));

const FUNCTIONS = ['Ingest', 'Process', 'Api', 'Web', 'Digest', 'EmailInbound', 'Aggregate', 'Sweep'] as const;
const functionName = (name: (typeof FUNCTIONS)[number]) => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase() as keyof typeof BUNDLE_SIZE_LIMITS;

describe('storage', () => {
  it('creates the single table from TABLE_SCHEMA: keys, GSIs, TTL, on-demand', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_SCHEMA.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: TABLE_SCHEMA.timeToLiveAttribute, Enabled: true },
      GlobalSecondaryIndexes: TABLE_SCHEMA.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: index.projection },
      })),
    });
  });

  it('protects the table: PITR, customer-managed KMS key with rotation, deletion protection, retained', () => {
    const key = logicalId('AWS::KMS::Key', 'StorageDataKey');
    expect(resources[key]!.Properties.EnableKeyRotation).toBe(true);
    expect(resources[key]!.DeletionPolicy).toBe('Retain');
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [key, 'Arn'] } },
        DeletionProtectionEnabled: true,
      }),
    });
  });
});

describe('queue', () => {
  it('redrives to an encrypted DLQ after 5 receives, with a visibility timeout ≥ 6× the processor timeout', () => {
    const key = logicalId('AWS::KMS::Key', 'StorageDataKey');
    const dlq = logicalId('AWS::SQS::Queue', 'QueuesDeadLetters');
    const events = resources[logicalId('AWS::SQS::Queue', 'QueuesEvents')]!.Properties;
    expect(events.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] }, maxReceiveCount: 5 });
    expect(events.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [key, 'Arn'] });
    expect(resources[dlq]!.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [key, 'Arn'] });
    expect(events.VisibilityTimeout).toBeGreaterThanOrEqual(6 * fnProps('Process').Timeout);
  });

  it('denies non-TLS access to every queue', () => {
    const queues = Object.keys(resources).filter((id) => resources[id]!.Type === 'AWS::SQS::Queue');
    expect(queues).toHaveLength(5);
    for (const queue of queues) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queue }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('feeds the stream aggregator new feedback items only, in windows that name their shard, retried in order, failures kept', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: 'NEW_IMAGE' } });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fnId('Aggregate') },
      EventSourceArn: { 'Fn::GetAtt': [logicalId('AWS::DynamoDB::Table', 'StorageTable'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      TumblingWindowInSeconds: Match.anyValue(),
      ParallelizationFactor: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', 'AggregatorFailures'), 'Arn'] } } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { Keys: { pk: { S: [{ prefix: 'FB#' }] } } } }) }] },
    });
    // Writes only counters and at-risk entries.
    const writes = statementsOf('Aggregate').filter((s) => [s.Action].flat().includes('dynamodb:PutItem'));
    expect(JSON.stringify(writes)).toContain('"AGG#*","RISK#*"');
  });

  it('feeds the processor in batches of 10 with partial batch failure reports', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 2);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fnId('Process') },
      EventSourceArn: { 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', 'QueuesEvents'), 'Arn'] },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumBatchingWindowInSeconds: Match.anyValue(),
      ScalingConfig: { MaximumConcurrency: 20 },
    });
  });
});

describe('functions', () => {
  it('runs every handler on Node.js 22, arm64, with its own log group', () => {
    template.resourceCountIs('AWS::Lambda::Function', FUNCTIONS.length);
    for (const name of FUNCTIONS) {
      expect(fnProps(name)).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogGroup: { Ref: logicalId('AWS::Logs::LogGroup', `${name}Logs`) } },
      });
    }
  });

  it('bundles each entry locally with esbuild into one ESM file with the require banner, its source maps beside the assembly, not in the package', () => {
    for (const name of FUNCTIONS) {
      const asset = join(assemblyDir, resources[fnId(name)]!.Metadata!['aws:asset:path'] as string);
      const code = readFileSync(join(asset, 'index.mjs'), 'utf8');
      expect(code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);")).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}|export\s*\{[^}]*\bhandler\b[^}]*\}/);
      const file = name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
      expect(code).not.toMatch(/sourceMappingURL/);
      expect(readdirSync(asset, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.map')), name).toEqual([]);
      const map = JSON.parse(readFileSync(join(assemblyDir, 'source-maps', file, 'index.mjs.map'), 'utf8')) as { sources: string[] };
      expect(map.sources, name).toContain(`functions/${file}.ts`);
    }
  });

  it('keeps each synthesised bundle within its size limit, counting the chunks index.mjs imports statically', () => {
    const chunksLoaded: number[] = [];
    for (const name of FUNCTIONS) {
      const bundle = join(assemblyDir, resources[fnId(name)]!.Metadata!['aws:asset:path'] as string, 'index.mjs');
      const limit = BUNDLE_SIZE_LIMITS[functionName(name)];
      const loaded = filesLoadedAtInit(bundle);
      chunksLoaded.push(loaded.length - 1);
      expect(loaded.reduce((sum, file) => sum + statSync(file).size, 0), name).toBeLessThanOrEqual(limit);
    }
    // The chunks shared with the code behind dynamic imports are found and counted.
    expect(chunksLoaded.some((count) => count > 0)).toBe(true);
  });

  it('produces bundles that load as ES modules and export the handler (cold start without AWS)', () => {
    const env = {
      PATH: process.env.PATH,
      AWS_REGION: 'us-east-1',
      TABLE_NAME: 'table',
      QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/queue',
      EMAIL_BUCKET: 'bucket',
    };
    for (const name of FUNCTIONS) {
      const bundle = join(assemblyDir, resources[fnId(name)]!.Metadata!['aws:asset:path'] as string, 'index.mjs');
      const script = `const m = await import(${JSON.stringify(bundle)}); process.stdout.write(typeof m.handler);`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8', timeout: 60_000, stdio: 'pipe' });
      expect(out, name).toBe('function');
    }
  }, 300_000);

  it('ships the console and API reference with the web bundle, served by its handler', () => {
    const asset = join(assemblyDir, resources[fnId('Web')]!.Metadata!['aws:asset:path'] as string);
    const env = { PATH: process.env.PATH, AWS_REGION: 'us-east-1' };
    const event = (path: string) => ({ version: '2.0', rawPath: path, rawQueryString: '', headers: {}, isBase64Encoded: false, requestContext: { http: { method: 'GET', path, sourceIp: '127.0.0.1' } } });
    const run = `const { handler } = await import(${JSON.stringify(join(asset, 'index.mjs'))});
      const event = (path) => (${JSON.stringify(event('PATH'))});
      const results = [];
      for (const [path, accept] of [['/', ''], ['/console', ''], ['/console/app.js', ''], ['/docs', ''], ['/docs/swagger-ui-bundle.js', ''], ['/docs/swagger-ui-bundle.js', 'gzip, deflate, br']]) {
        const e = event(path); e.rawPath = path; e.requestContext.http.path = path;
        if (accept) e.headers['accept-encoding'] = accept;
        const r = await handler(e, {});
        const body = r.isBase64Encoded ? (await import('node:zlib')).brotliDecompressSync(Buffer.from(r.body, 'base64')).toString() : r.body;
        results.push([path, r.statusCode, r.headers['content-type'] ?? r.headers.location, r.headers['content-encoding'] ?? 'identity', body.length]);
      }
      process.stdout.write(JSON.stringify(results));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', run], { env, encoding: 'utf8', timeout: 60_000, stdio: 'pipe' })) as unknown[][];
    const swaggerUi = readFileSync(createRequire(import.meta.url).resolve('swagger-ui-dist/swagger-ui-bundle.js'), 'utf8').length;
    expect(out.map((result) => result.slice(0, 4))).toEqual([
      ['/', 302, '/console', 'identity'],
      ['/console', 200, 'text/html; charset=utf-8', 'identity'],
      ['/console/app.js', 200, 'text/javascript; charset=utf-8', 'identity'],
      ['/docs', 200, 'text/html; charset=utf-8', 'identity'],
      // Swagger UI ships compressed: as is where the browser takes br, decompressed where not.
      ['/docs/swagger-ui-bundle.js', 200, 'text/javascript; charset=utf-8', 'identity'],
      ['/docs/swagger-ui-bundle.js', 200, 'text/javascript; charset=utf-8', 'br'],
    ]);
    expect(out.slice(4).map((result) => result[4])).toEqual([swaggerUi, swaggerUi]);
  }, 120_000);

  it('keeps each Lambda package, every file as deployed, within the size limit of its function', () => {
    for (const name of FUNCTIONS) {
      const asset = join(assemblyDir, resources[fnId(name)]!.Metadata!['aws:asset:path'] as string);
      const files = readdirSync(asset, { recursive: true, encoding: 'utf8' }).map((path) => join(asset, path)).filter((path) => statSync(path).isFile());
      expect(files.reduce((sum, file) => sum + statSync(file).size, 0), name).toBeLessThanOrEqual(BUNDLE_SIZE_LIMITS[functionName(name)]);
    }
    const apiFiles = readdirSync(join(assemblyDir, resources[fnId('Api')]!.Metadata!['aws:asset:path'] as string), { recursive: true, encoding: 'utf8' });
    expect(apiFiles.filter((path) => path.startsWith('web'))).toEqual([]);
  });

  it('passes configuration from context and the wiring each handler needs, and nothing more', () => {
    const env = (name: string) => fnProps(name).Environment.Variables as Record<string, unknown>;
    for (const name of FUNCTIONS) {
      expect(env(name)).toMatchObject({ REPORT_TIME_ZONE: 'Europe/Berlin', DEFAULT_PHONE_REGION: 'CN', LOG_LEVEL: 'WARN' });
    }
    const queueUrl = { Ref: logicalId('AWS::SQS::Queue', 'QueuesEvents') };
    const tableName = { Ref: logicalId('AWS::DynamoDB::Table', 'StorageTable') };
    expect(env('Ingest')).toMatchObject({
      QUEUE_URL: queueUrl,
      CHANNEL_SECRETS_ARN: { Ref: logicalId('AWS::SecretsManager::Secret', 'SecretsChannelSecrets') },
      FORMS_ALLOWED_ORIGINS: 'https://shop.example.com',
      // Twilio signs the public URL: without publicBaseUrl, the API's own endpoint.
      PUBLIC_BASE_URL: { 'Fn::GetAtt': [logicalId('AWS::ApiGatewayV2::Api', 'HttpApi'), 'ApiEndpoint'] },
    });
    expect(env('Process')).toMatchObject({ TABLE_NAME: tableName });
    expect(env('Api')).toMatchObject({
      TABLE_NAME: tableName,
      FEEDBACK_API_KEYS_SECRET_ARN: { Ref: logicalId('AWS::SecretsManager::Secret', 'SecretsApiKeyHashes') },
    });
    expect(env('Digest')).toMatchObject({
      TABLE_NAME: tableName,
      MAIL_TRANSPORT: 'ses',
      MAIL_FROM: 'digest@mail.example.com',
      DIGEST_DAILY_RECIPIENTS: 'ceo@example.com,coo@example.com',
    });
    expect(env('EmailInbound')).toMatchObject({
      EMAIL_BUCKET: { Ref: logicalId('AWS::S3::Bucket', 'InboundEmailRawMail') },
      EMAIL_OBJECT_PREFIX: 'inbound/',
      QUEUE_URL: queueUrl,
    });
    // Ingest writes its signature-use ledger there; email-inbound nothing.
    expect(env('Ingest')).toMatchObject({ TABLE_NAME: tableName });
    expect(env('EmailInbound')).not.toHaveProperty('TABLE_NAME');
    for (const name of ['Process', 'Api', 'Digest']) expect(env(name)).not.toHaveProperty('QUEUE_URL');
  });
});

describe('least-privilege IAM', () => {
  const TABLE_WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

  it('gives the web function (static pages) nothing but its own log group', () => {
    expect(actionsOf('Web').filter((action) => !action.startsWith('logs:'))).toEqual([]);
    expect(Object.keys(fnProps('Web').Environment.Variables as object).sort()).toEqual(['DEFAULT_PHONE_REGION', 'LOG_LEVEL', 'POWERTOOLS_METRICS_NAMESPACE', 'POWERTOOLS_SERVICE_NAME', 'REPORT_TIME_ZONE']);
  });

  it('gives email-inbound no table access, and ingest only conditional puts of signature-use entries', () => {
    expect(actionsOf('EmailInbound').filter((a) => a.startsWith('dynamodb:'))).toEqual([]);
    expect(actionsOf('Ingest').filter((a) => a.startsWith('dynamodb:'))).toEqual(['dynamodb:PutItem']);
    const puts = statementsOf('Ingest').filter((statement) => [statement.Action].flat().includes('dynamodb:PutItem'));
    expect(puts.map((statement) => statement.Condition)).toEqual([{ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SIGUSE#*'] } }]);
  });

  it('lets only ingest and email-inbound send to the queue, and only the processor consume it', () => {
    const queue = logicalId('AWS::SQS::Queue', 'QueuesEvents');
    for (const name of FUNCTIONS) {
      const sends = ['Ingest', 'EmailInbound'].includes(name);
      // The aggregator sends only the records of a batch it gave up on, to its own failures queue;
      // the digest (Lambda's asynchronous on-failure destination) only a failed invocation, to the schedule's dead letters.
      expect(actionsOf(name).includes('sqs:SendMessage'), `${name} sends`).toBe(sends || name === 'Aggregate' || name === 'Digest');
      if (sends) expect(resourcesOf(name, 'sqs:SendMessage')).toContain(queue);
      if (name === 'Aggregate') expect(resourcesOf(name, 'sqs:SendMessage')).toBe(JSON.stringify([{ 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', 'AggregatorFailures'), 'Arn'] }]));
      if (name === 'Digest') expect(resourcesOf(name, 'sqs:SendMessage')).toBe(JSON.stringify([{ 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', 'DigestScheduleDeadLetters'), 'Arn'] }]));
      expect(actionsOf(name).includes('sqs:ReceiveMessage'), `${name} receives`).toBe(name === 'Process');
    }
  });

  it('grants table reads without Scan, and writes only where they are needed', () => {
    for (const name of ['Process', 'Api', 'Digest']) {
      expect(actionsOf(name)).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
      expect(actionsOf(name)).not.toContain('dynamodb:Scan');
    }
    // The store's one ConditionCheck: pointing an identity (the processor's resolution, the API's merges), on the customer not erased.
    for (const name of ['Process', 'Api']) expect(actionsOf(name)).toContain('dynamodb:ConditionCheckItem');
    expect(actionsOf('Digest')).not.toContain('dynamodb:ConditionCheckItem');
    expect(actionsOf('Digest')).not.toContain('dynamodb:BatchWriteItem');
    // The processor deletes only identities (a claim it made for a customer erased meanwhile) and
    // work-queue entries (an undo left under way, finished on the survivor's next message, takes an urgency away).
    const processorDeletes = statementsOf('Process').filter((statement) => [statement.Action].flat().includes('dynamodb:DeleteItem'));
    expect(processorDeletes.map((statement) => statement.Condition)).toEqual([{ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ID#*', 'WQ#*'] } }]);
    // The processor batch-writes work-queue entries, at-risk entries when an automatic merge derives them again, and
    // the items (with their ids kept and their complaint-day entries) an undo left under way had yet to hand back to a customer erased since.
    const batchWrites = statementsOf('Process').filter((statement) => [statement.Action].flat().includes('dynamodb:BatchWriteItem'));
    expect(batchWrites.map((statement) => statement.Condition)).toEqual([{ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['WQ#*', 'RISK#*', 'ERASED#*', 'FB#*', 'CTYPE#*'] } }]);
    expect(actionsOf('Process')).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem']));
    // The API deletes work-queue entries that move with a status, and everything of an erased person.
    expect(actionsOf('Api').filter((a) => TABLE_WRITES.includes(a)).sort()).toEqual(['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(actionsOf('Digest').filter((a) => TABLE_WRITES.includes(a)).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:PutItem']);
    // The digest deletes only its own send claims (released after a definite failure).
    const deletes = statementsOf('Digest').filter((statement) => [statement.Action].flat().includes('dynamodb:DeleteItem'));
    expect(deletes.map((statement) => statement.Condition)).toEqual([{ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['CLAIM#*'] } }]);
  });

  it('lets each secret be read only by the function that needs it', () => {
    const channel = logicalId('AWS::SecretsManager::Secret', 'SecretsChannelSecrets');
    const apiKeys = logicalId('AWS::SecretsManager::Secret', 'SecretsApiKeyHashes');
    for (const name of FUNCTIONS) {
      const readable = resourcesOf(name, 'secretsmanager:GetSecretValue');
      expect(readable.includes(channel), `${name} reads channel secrets`).toBe(name === 'Ingest');
      expect(readable.includes(apiKeys), `${name} reads API key hashes`).toBe(name === 'Api');
    }
  });

  it('scopes SES sending to the digest function, the sender identity and address', () => {
    for (const name of FUNCTIONS) expect(actionsOf(name).includes('ses:SendEmail'), name).toBe(name === 'Digest');
    const send = statementsOf('Digest').find((s) => [s.Action].flat().includes('ses:SendEmail'))!;
    expect(JSON.stringify(send.Resource)).toContain(':identity/mail.example.com');
    expect(send.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'digest@mail.example.com' } });
  });

  it('uses no AWS-managed policies and no wildcard actions beyond the KMS families', () => {
    for (const role of Object.values(resources).filter((r) => r.Type === 'AWS::IAM::Role')) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
    for (const name of FUNCTIONS) {
      const wildcards = actionsOf(name).filter((a) => a.includes('*'));
      expect(wildcards.every((a) => a === 'kms:GenerateDataKey*' || a === 'kms:ReEncrypt*'), name).toBe(true);
    }
  });
});

describe('HTTP API', () => {
  const integrationFor = (routeKey: string) => {
    const route = Object.values(resources).find(
      (r) => r.Type === 'AWS::ApiGatewayV2::Route' && r.Properties.RouteKey === routeKey,
    );
    expect(route, routeKey).toBeDefined();
    const target = JSON.stringify(route!.Properties.Target);
    const integration = Object.keys(resources).find((id) => target.includes(`"${id}"`))!;
    return resources[integration]!.Properties.IntegrationUri;
  };

  it('routes webhooks to ingest, the timeline API, spec and health check to api, the console, reference and every other path to web: every method reaches a function, which answers HEAD, 405 and 404 as the local server does', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 10);
    expect(integrationFor('ANY /webhooks/{proxy+}')).toEqual({ 'Fn::GetAtt': [fnId('Ingest'), 'Arn'] });
    for (const route of ['ANY /v1/{proxy+}', 'ANY /openapi.json', 'ANY /healthz']) {
      expect(integrationFor(route)).toEqual({ 'Fn::GetAtt': [fnId('Api'), 'Arn'] });
    }
    for (const route of ['ANY /', 'ANY /console', 'ANY /console/{file}', 'ANY /docs', 'ANY /docs/{file}', 'ANY /{proxy+}']) {
      expect(integrationFor(route)).toEqual({ 'Fn::GetAtt': [fnId('Web'), 'Arn'] });
    }
  });

  it('throttles the stage and writes access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 1_000, ThrottlingBurstLimit: 2_000 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [logicalId('AWS::Logs::LogGroup', 'HttpAccessLogs'), 'Arn'] },
        Format: Match.stringLikeRegexp('\\$context\\.requestId'),
      },
    });
  });
});

describe('SES inbound mail', () => {
  it('stores the raw message in S3, then invokes email-inbound, for the configured recipients', () => {
    const bucket = logicalId('AWS::S3::Bucket', 'InboundEmailRawMail');
    template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: {
        Enabled: true,
        ScanEnabled: true,
        Recipients: ['feedback@example.com', 'support.example.com'],
        Actions: [
          { S3Action: { BucketName: { Ref: bucket }, ObjectKeyPrefix: 'inbound/' } },
          { LambdaAction: { FunctionArn: { 'Fn::GetAtt': [fnId('EmailInbound'), 'Arn'] }, InvocationType: 'Event' } },
        ],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { 'Fn::GetAtt': [fnId('EmailInbound'), 'Arn'] },
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
  });

  it('lets email-inbound read and delete the inbound objects of the raw-mail bucket, and nothing else there', () => {
    const bucket = logicalId('AWS::S3::Bucket', 'InboundEmailRawMail');
    const s3 = statementsOf('EmailInbound').filter((s) => [s.Action].flat().some((action) => String(action).startsWith('s3:')));
    expect(s3.map((s) => [s.Action].flat().sort())).toEqual([['s3:DeleteObject', 's3:GetObject']]);
    expect(JSON.stringify(s3[0]!.Resource)).toBe(JSON.stringify({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket, 'Arn'] }, '/inbound/*']] }));
  });

  it('keeps events email-inbound failed on in an encrypted queue after two retries', () => {
    const failures = logicalId('AWS::SQS::Queue', 'InboundEmailFailures');
    expect(resources[failures]!.Properties.KmsMasterKeyId).toBeDefined();
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: fnId('EmailInbound') },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [failures, 'Arn'] } } },
    });
  });

  it('keeps raw mail in a private, encrypted, TLS-only bucket that expires it and logs access', () => {
    const bucket = logicalId('AWS::S3::Bucket', 'InboundEmailRawMail');
    expect(resources[bucket]!.Properties).toMatchObject({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: { Rules: [{ ExpirationInDays: 30, Status: 'Enabled' }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: logicalId('AWS::S3::Bucket', 'InboundEmailAccessLogs') } },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucket },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:PutObject',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
  });
});

describe('digest schedules', () => {
  it('runs a daily and a weekly schedule in the reporting time zone with retries and a DLQ', () => {
    const schedules = Object.values(resources).filter((r) => r.Type === 'AWS::Scheduler::Schedule');
    const inputs = schedules.map((s) => JSON.parse(s.Properties.Target.Input as string));
    expect(inputs).toEqual(
      expect.arrayContaining([
        { period: 'daily', recipients: ['ceo@example.com', 'coo@example.com'] },
        // No weekly recipients configured: the function falls back to its env.
        { period: 'weekly' },
      ]),
    );
    for (const schedule of schedules) {
      expect(schedule.Properties).toMatchObject({
        ScheduleExpression: expect.stringMatching(/^cron\(/),
        ScheduleExpressionTimezone: 'Europe/Berlin',
        Target: {
          Arn: { 'Fn::GetAtt': [fnId('Digest'), 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 3 },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', 'DigestScheduleDeadLetters'), 'Arn'] } },
        },
      });
    }
  });

  it('gives the scheduler role only invoke on the digest function and send to its DLQ', () => {
    const role = logicalId('AWS::IAM::Role', 'DigestScheduleRole');
    expect(JSON.stringify(resources[role]!.Properties.AssumeRolePolicyDocument)).toContain('scheduler.amazonaws.com');
    const policy = Object.values(resources).find(
      (r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(role),
    )!;
    const actions = (policy.Properties.PolicyDocument.Statement as Statement[]).flatMap((s) => [s.Action].flat());
    expect(actions.sort()).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
  });
});

describe('pending-work sweep (issue 13)', () => {
  it('runs the sweep every pendingWorkSweepMinutes, with no retry of a failed run (the next one goes over the same customers)', () => {
    const rules = Object.values(resources).filter((r) => r.Type === 'AWS::Events::Rule');
    expect(rules.map((rule) => rule.Properties)).toEqual([
      expect.objectContaining({ ScheduleExpression: 'rate(10 minutes)', State: 'ENABLED', Targets: [expect.objectContaining({ Arn: { 'Fn::GetAtt': [fnId('Sweep'), 'Arn'] } })] }),
    ]);
    template.hasResourceProperties('AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', FunctionName: { 'Fn::GetAtt': [fnId('Sweep'), 'Arn'] }, Principal: 'events.amazonaws.com' });
    const config = Object.values(resources).find((r) => r.Type === 'AWS::Lambda::EventInvokeConfig' && JSON.stringify(r.Properties.FunctionName).includes(fnId('Sweep')));
    expect(config?.Properties).toMatchObject({ MaximumRetryAttempts: 0 });
  });

  it('leaves work to the request that began it for longer than the functions that begin merges and undos run', () => {
    for (const name of ['Process', 'Api']) expect(fnProps(name).Timeout * 1000, name).toBeLessThan(WORK_SETTLES_AFTER_MS);
    expect(fnProps('Sweep').Environment.Variables).toMatchObject({ TABLE_NAME: { Ref: logicalId('AWS::DynamoDB::Table', 'StorageTable') } });
  });

  it('grants the sweep what finishing work under way writes, as the processor has it, and no more: no Scan, no secret, deletes of work-queue entries only', () => {
    expect(actionsOf('Sweep')).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem']));
    expect(actionsOf('Sweep')).not.toContain('dynamodb:Scan');
    expect(actionsOf('Sweep').filter((a) => a.startsWith('secretsmanager:') || a.startsWith('sqs:') || a.startsWith('ses:'))).toEqual([]);
    const conditionsOf = (action: string) => statementsOf('Sweep').filter((statement) => [statement.Action].flat().includes(action)).map((statement) => statement.Condition);
    expect(conditionsOf('dynamodb:DeleteItem')).toEqual([{ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['WQ#*'] } }]);
    expect(conditionsOf('dynamodb:BatchWriteItem')).toEqual([{ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['WQ#*', 'RISK#*', 'ERASED#*', 'FB#*', 'CTYPE#*'] } }]);
  });
});

describe('alarms', () => {
  const alarms = () => Object.values(resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm').map((r) => r.Properties);

  it('alarms on any message in either dead-letter queue and on old messages in the queue', () => {
    for (const queue of ['QueuesDeadLetters', 'DigestScheduleDeadLetters', 'InboundEmailFailures']) {
      const id = logicalId('AWS::SQS::Queue', queue);
      expect(
        alarms().some(
          (a) =>
            a.MetricName === 'ApproximateNumberOfMessagesVisible' &&
            JSON.stringify(a.Dimensions).includes(id) &&
            a.Threshold === 0 &&
            a.ComparisonOperator === 'GreaterThanThreshold',
        ),
        queue,
      ).toBe(true);
    }
    expect(alarms().some((a) => a.MetricName === 'ApproximateAgeOfOldestMessage')).toBe(true);
  });

  it('alarms on errors and throttles of every function, notifying the encrypted topic', () => {
    for (const name of FUNCTIONS) {
      for (const metric of ['Errors', 'Throttles']) {
        expect(
          alarms().some((a) => a.MetricName === metric && JSON.stringify(a.Dimensions).includes(fnId(name))),
          `${name} ${metric}`,
        ).toBe(true);
      }
    }
    const topic = logicalId('AWS::SNS::Topic', 'AlarmsTopic');
    for (const alarm of alarms()) expect(alarm.AlarmActions).toEqual([{ Ref: topic }]);
    expect(resources[topic]!.Properties.KmsMasterKeyId).toBeDefined();
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
    // The topic's policy replaces SNS's default one: CloudWatch must be allowed to publish, or no alarm notifies anyone.
    const policies = Object.values(resources).filter((r) => r.Type === 'AWS::SNS::TopicPolicy' && JSON.stringify(r.Properties.Topics).includes(topic));
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement as { Effect: string; Principal?: { Service?: string }; Action: string | string[] }[]);
    expect(statements.some((st) => st.Effect === 'Allow' && st.Principal?.Service === 'cloudwatch.amazonaws.com' && [st.Action].flat().includes('sns:Publish'))).toBe(true);
  });

  it('retries a digest that failed in the function, as the schedule promises, and parks it in the schedule dead-letter queue; alarms when the stream aggregator falls behind', () => {
    const digestFn = fnId('Digest');
    const config = Object.values(resources).find((r) => r.Type === 'AWS::Lambda::EventInvokeConfig' && JSON.stringify(r.Properties.FunctionName).includes(digestFn));
    expect(config?.Properties).toMatchObject({ MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 7200 });
    const destination = JSON.stringify(config!.Properties.DestinationConfig.OnFailure.Destination);
    expect(destination).toContain(logicalId('AWS::SQS::Queue', 'DigestScheduleDeadLetters'));
    expect(alarms().some((a) => a.MetricName === 'IteratorAge' && JSON.stringify(a.Dimensions).includes(fnId('Aggregate')))).toBe(true);
  });
});

describe('cdk-nag', () => {
  it('reports no unacknowledged AwsSolutions findings', () => {
    const report = JSON.parse(readFileSync(join(assemblyDir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { pluginName: string; violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[] }[];
    };
    const findings = report.pluginReports.flatMap((plugin) =>
      plugin.violations.flatMap((v) => v.violatingConstructs.map((c) => `${plugin.pluginName} ${v.ruleName} ${c.constructPath}`)),
    );
    expect(findings).toEqual([]);
  });

  it('justifies every acknowledgement with a specific reason, and acknowledges only the expected rules', () => {
    const rules = new Set(acknowledgements.map((a) => a.id.replace(/^annotation::/i, '').replace(/\[.*$/, '')));
    expect([...rules].sort()).toEqual([
      'AwsSolutions-APIG4',
      'AwsSolutions-IAM5',
      'AwsSolutions-L1',
      'AwsSolutions-S1',
      'AwsSolutions-SMG4',
      'AwsSolutions-SQS3',
    ]);
    for (const { path, id, reason } of acknowledgements) {
      expect(reason.length, `${path} ${id}`).toBeGreaterThanOrEqual(60);
    }
    // Never on the stack or app as a whole: each sits on the resource it concerns.
    expect(acknowledgements.filter((a) => !a.path.includes('/'))).toEqual([]);
  });
});
