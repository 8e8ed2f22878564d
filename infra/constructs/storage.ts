import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../../shared/adapters/table-schema.ts';

/**
 * The item writes the store issues (shared/adapters/aws/dynamo-store/). A transaction needs the
 * action of each of its items, no action of its own; its one ConditionCheck is pointing an
 * identity, on the customer not having been erased.
 */
export type TableWrite = 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'BatchWriteItem' | 'ConditionCheckItem';

const string = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

/**
 * The customer-managed key for customer data at rest, and the single table.
 *
 * A customer-managed key rather than the AWS-managed one, because the table and queue hold
 * personal data (emails, phone numbers, message text): its key policy is a second gate next
 * to IAM, every decrypt is attributable in CloudTrail, and disabling the key makes the data
 * (and its PITR backups) unreadable at once. It costs about 1 USD a month plus requests.
 */
export class FeedbackStorage extends Construct {
  readonly key: kms.Key;
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.key = new kms.Key(this, 'DataKey', {
      description: 'Feedback aggregator: customer data at rest (table, queues)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: string(TABLE_SCHEMA.partitionKey),
      sortKey: string(TABLE_SCHEMA.sortKey),
      timeToLiveAttribute: TABLE_SCHEMA.timeToLiveAttribute,
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      // New items feed the stream aggregator (functions/aggregate.ts).
      stream: dynamodb.StreamViewType[TABLE_SCHEMA.streamView],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE_SCHEMA.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: string(index.partitionKey),
        sortKey: string(index.sortKey),
        projectionType: dynamodb.ProjectionType[index.projection],
      });
    }
  }

  /**
   * Point reads and queries on the table and its indexes. Not CDK's grantReadData: that adds
   * Scan, which no request path may use, and stream reads nothing consumes.
   */
  grantRead(grantee: iam.IGrantable): void {
    this.table.grant(grantee, 'dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query');
    this.key.grant(grantee, 'kms:Decrypt', 'kms:DescribeKey');
  }

  /** Only the listed item writes: no function deletes (TTL expires items) or batch-writes. */
  grantWrite(grantee: iam.IGrantable, actions: readonly TableWrite[]): void {
    this.table.grant(grantee, ...actions.map((action) => `dynamodb:${action}`));
    this.key.grantEncryptDecrypt(grantee);
  }
}
