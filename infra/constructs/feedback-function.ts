import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** One of the handlers in functions/; each exports `handler`. */
export type FunctionName = 'ingest' | 'process' | 'api' | 'digest' | 'email-inbound';

export interface FeedbackFunctionProps {
  readonly name: FunctionName;
  readonly description: string;
  readonly timeout: Duration;
  readonly memorySize: number;
  readonly environment: Record<string, string>;
  /** Ships the built console and API reference (web/build.ts) beside the bundle, in `web/`. */
  readonly withWebAssets?: boolean;
}

/**
 * A handler from functions/ bundled locally by esbuild into one ESM file, on Node.js 22/arm64,
 * with its own role (logging to its own log group only; every other permission is granted by
 * the stack explicitly) so no AWS-managed policy widens what a function may do.
 */
export class FeedbackFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: FeedbackFunctionProps) {
    super(scope, id);

    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.ONE_MONTH,
      // Logs may quote customer messages: keep them only as long as the retention allows.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `feedback ${props.name} function`,
    });
    logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Fn', {
      entry: `${REPO_ROOT}functions/${props.name}.ts`,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      description: props.description,
      timeout: props.timeout,
      memorySize: props.memorySize,
      role: this.role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: {
        // Stack traces point into the TypeScript sources through the bundled source maps.
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: `feedback-${props.name}`,
        POWERTOOLS_METRICS_NAMESPACE: 'FeedbackAggregator',
        ...props.environment,
      },
      bundling: {
        // Local esbuild from node_modules; synth must never need Docker or the network.
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        // CJS dependencies bundled into ESM still call require() for Node built-ins.
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Pin the SDK version we test against instead of whatever the runtime ships.
        bundleAwsSDK: true,
        tsconfig: `${REPO_ROOT}tsconfig.json`,
        ...(props.withWebAssets
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                // Built with the same local esbuild; the handler serves web/ next to itself.
                afterBundling: (_input: string, outputDir: string) => [`node --import tsx ${REPO_ROOT}web/build.ts ${outputDir}/web`],
              },
            }
          : {}),
      },
    });
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'The project targets the Node.js 22 Lambda runtime (issue 2), the version its dependencies and ' +
        'local tests are checked against; moving to a newer runtime is a deliberate, tested upgrade.',
    });
  }

  /** Acknowledges one cdk-nag IAM5 finding (`Action::…` or `Resource::…`) on this function's policy. */
  acknowledgeWildcard(finding: string, reason: string): void {
    Validations.of(this.role).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
  }
}
