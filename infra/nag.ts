import { type CfnElement, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { FeedbackFunction } from './constructs/feedback-function.ts';

/** How cdk-nag names a resource in IAM5 findings: `<LogicalId.Arn>`. */
export function arnToken(resource: IConstruct): string {
  const cfn = resource.node.defaultChild as CfnElement;
  return `<${Stack.of(resource).getLogicalId(cfn)}.Arn>`;
}

const DATA_KEY_REASON =
  'Added by the CDK grants for the SQS queue and the DynamoDB table encrypted with the data key: ' +
  'GenerateDataKey* and ReEncrypt* are the action families SQS and DynamoDB call on the caller’s ' +
  'behalf, and the statement is limited to that one key.';

/** The data-key wildcards every function with a queue or table grant carries. */
export function acknowledgeDataKeyGrant(fn: FeedbackFunction): void {
  fn.acknowledgeWildcard('Action::kms:GenerateDataKey*', DATA_KEY_REASON);
  fn.acknowledgeWildcard('Action::kms:ReEncrypt*', DATA_KEY_REASON);
}

/** The table grant's `/index/*`: the function queries the single table's GSIs. */
export function acknowledgeTableIndexes(fn: FeedbackFunction, table: IConstruct): void {
  fn.acknowledgeWildcard(
    `Resource::${arnToken(table)}/index/*`,
    'Queries the GSIs of the single table (gsi1-gsi4 in shared/adapters/table-schema.ts); the ' +
      'wildcard covers only the indexes of this one table.',
  );
}
