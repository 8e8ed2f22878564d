import { RemovalPolicy, SecretValue, Validations } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/**
 * The two secrets the functions read, re-read at most every SECRETS_MAX_AGE_SECONDS (shared/adapters/aws/secrets.ts).
 * Values are set after deployment with `aws secretsmanager put-secret-value` (docs/deploy.md),
 * so no secret ever passes through the template or the CloudFormation console.
 */
export class FeedbackSecrets extends Construct {
  /** JSON object whose keys are env var names: WECHAT_TOKEN, TWILIO_AUTH_TOKEN, … */
  readonly channelSecrets: secretsmanager.Secret;
  /** JSON array of the SHA-256 hex digests of the API keys allowed to call /v1. */
  readonly apiKeyHashes: secretsmanager.Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.channelSecrets = new secretsmanager.Secret(this, 'ChannelSecrets', {
      description:
        'Feedback aggregator channel secrets, a JSON object of env vars: WECHAT_TOKEN, WECHAT_APP_ID, ' +
        'WECHAT_ENCODING_AES_KEY, TWILIO_AUTH_TOKEN, TENCENT_SMS_WEBHOOK_SECRET, EMAIL_WEBHOOK_SECRET',
      // Starts with a random secret for our own signing scheme; provider secrets are added later.
      generateSecretString: {
        secretStringTemplate: '{}',
        generateStringKey: 'EMAIL_WEBHOOK_SECRET',
        excludePunctuation: true,
        passwordLength: 48,
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.apiKeyHashes = new secretsmanager.Secret(this, 'ApiKeyHashes', {
      description: 'Feedback aggregator API keys: JSON array of SHA-256 hex digests of the bearer keys',
      // An empty list is not secret: the API accepts no key until an operator adds one.
      secretStringValue: SecretValue.unsafePlainText('[]'),
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const secret of [this.channelSecrets, this.apiKeyHashes]) {
      Validations.of(secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          'Holds tokens issued by third parties (WeChat, Twilio, Tencent) or hashes of keys handed to ' +
          'API clients; neither can be rotated by a Lambda without the other party, so rotation is a ' +
          'documented manual procedure (docs/deploy.md).',
      });
    }
  }
}
