import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Stage, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FunctionName } from '../bundle.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type { FunctionName };

export interface FeedbackFunctionProps {
  readonly name: FunctionName;
  readonly description: string;
  readonly timeout: Duration;
  readonly memorySize: number;
  readonly environment: Record<string, string>;
}

/**
 * A handler from functions/ bundled locally by esbuild into one ESM file, on Node.js 22/arm64,
 * with its own role (logging to its own log group only; every other permission is granted by
 * the stack explicitly) so no AWS-managed policy widens what a function may do.
 */
export class FeedbackFunction extends Construct {
  readonly fn: lambda.Function;
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

    this.fn = new lambda.Function(this, 'Fn', {
      code: bundledHandler(props.name, join(Stage.of(this)!.outdir, 'source-maps', props.name)),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      description: props.description,
      timeout: props.timeout,
      memorySize: props.memorySize,
      role: this.role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: {
        // No --enable-source-maps: it adds 13–28 % to module init on every cold start. The source
        // maps stay with the synth (cdk.out/source-maps/), to map a logged stack trace back.
        POWERTOOLS_SERVICE_NAME: `feedback-${props.name}`,
        POWERTOOLS_METRICS_NAMESPACE: 'FeedbackAggregator',
        ...props.environment,
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

/**
 * The handler bundled on this machine by infra/bundle.ts (esbuild's API with a plugin the CLI
 * cannot take); synth never needs Docker or the network. The asset is hashed by its output, so
 * an unchanged bundle is not uploaded again. Its source maps go to `sourceMapDir` beside the
 * assembly (cdk.out/source-maps/<name>/), not into the package.
 */
function bundledHandler(name: FunctionName, sourceMapDir: string): lambda.Code {
  return lambda.Code.fromAsset(`${REPO_ROOT}functions`, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the type; local bundling always succeeds or throws, so no image is pulled. The
      // command names the function: it is part of the bundling cache key, so each gets its own bundle.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22-slim'),
      command: ['node', '--import', 'tsx', 'infra/bundle.ts', name, '/asset-output'],
      local: {
        tryBundle(outputDir) {
          const result = spawnSync(process.execPath, ['--import', 'tsx', `${REPO_ROOT}infra/bundle.ts`, name, outputDir, sourceMapDir], { cwd: REPO_ROOT, stdio: 'inherit' });
          if (result.status !== 0) throw new Error(`bundling functions/${name}.ts failed`);
          return true;
        },
      },
    },
  });
}
