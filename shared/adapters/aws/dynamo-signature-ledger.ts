import { ConditionalCheckFailedException, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { systemClock, type Clock, type SignatureUseLedger } from '../../ports.ts';
import { REQUEST_TIMEOUTS } from './request-timeouts.ts';

/**
 * The ledger on the single table: `SIGUSE#<key>` / `SIGUSE`, written once by a conditional put.
 * A losing put gets the entry that won back from the same request (no second read), and TTL
 * deletes entries after `expiresAt`; one that TTL has not reached yet counts as gone. The bare
 * client, not the document client: ingest bundles nothing else of DynamoDB.
 */
export class DynamoSignatureLedger implements SignatureUseLedger {
  constructor(
    private readonly tableName: string,
    private readonly client = new DynamoDBClient(REQUEST_TIMEOUTS),
    private readonly clock: Clock = systemClock,
  ) {}

  async record(key: string, valueHash: string, expiresAt: number): Promise<'first' | 'same' | 'different'> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: { pk: { S: `SIGUSE#${key}` }, sk: { S: 'SIGUSE' }, valueHash: { S: valueHash }, expiresAt: { N: String(expiresAt) } },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': { N: String(now) } },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'first';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return error.Item?.['valueHash']?.S === valueHash ? 'same' : 'different';
    }
  }
}
