import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface FeedbackHttpApiProps {
  readonly ingest: lambda.IFunction;
  readonly api: lambda.IFunction;
  /** The console and the API reference. */
  readonly web: lambda.IFunction;
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/** The one public endpoint: provider webhooks go to ingest, the pages to web, everything else to the timeline API. */
export class FeedbackHttpApi extends Construct {
  readonly httpApi: apigw.HttpApi;
  readonly stage: apigw.HttpStage;

  constructor(scope: Construct, id: string, props: FeedbackHttpApiProps) {
    super(scope, id);

    // CORS is answered by the ingest function itself: only it knows each form's allowed origins.
    this.httpApi = new apigw.HttpApi(this, 'Api', {
      description: 'Feedback aggregator: channel webhooks and the timeline API',
      createDefaultStage: false,
    });

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      // A backstop for the whole API; per-client limits live in the functions.
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTimeEpoch',
            routeKey: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            integrationError: '$context.integrationErrorMessage',
            userAgent: '$context.identity.userAgent',
          }),
        ),
      },
    });

    const ingest = new HttpLambdaIntegration('Ingest', props.ingest);
    const api = new HttpLambdaIntegration('TimelineApi', props.api);
    const web = new HttpLambdaIntegration('Web', props.web);
    const routes = [
      ...this.httpApi.addRoutes({ path: '/webhooks/{proxy+}', methods: [apigw.HttpMethod.ANY], integration: ingest }),
      // ANY: the console issue adds status changes (POST/PATCH) under /v1.
      ...this.httpApi.addRoutes({ path: '/v1/{proxy+}', methods: [apigw.HttpMethod.ANY], integration: api }),
      // ANY, not GET: the function answers HEAD, and a 405 with Allow for other methods, as the
      // local server does; a GET-only route left those to API Gateway's plain {"message":"Not Found"}.
      ...this.httpApi.addRoutes({ path: '/openapi.json', methods: [apigw.HttpMethod.ANY], integration: api }),
      ...this.httpApi.addRoutes({ path: '/healthz', methods: [apigw.HttpMethod.ANY], integration: api }),
      // The web console and API reference: static files from their own function (no CDN).
      ...['/', '/console', '/console/{file}', '/docs', '/docs/{file}'].flatMap((path) =>
        this.httpApi.addRoutes({ path, methods: [apigw.HttpMethod.ANY], integration: web }),
      ),
      // Every other path: the web function's JSON 404 (the more specific routes above win).
      ...this.httpApi.addRoutes({ path: '/{proxy+}', methods: [apigw.HttpMethod.ANY], integration: web }),
    ];
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Authentication happens in the functions, where the request body is available: webhooks verify ' +
          'each provider signature (WeChat SHA-1, Twilio HMAC, our HMAC scheme) and /v1 checks the bearer ' +
          'key against hashed keys; /healthz, /openapi.json and the console and reference pages (static, ' +
          'every call they make needs a key) are public by design.',
      });
    }
  }

  /** The base URL the stage answers on (the `$default` stage has no path prefix). */
  get url(): string {
    return this.httpApi.apiEndpoint;
  }
}
