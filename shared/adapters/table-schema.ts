/**
 * The single table's keys, shared by the DynamoDB adapter, the CDK stack and the test harness.
 * docs/data-model.md explains every key pattern and the access pattern it serves.
 */
export const TABLE_SCHEMA = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  /** New items' images feed the stream aggregator (shared/adapters/aws/stream-aggregator.ts). */
  streamView: 'NEW_IMAGE',
  indexes: [
    /** Timeline: `CUST#<customerId>` → `<receivedAt>#<feedbackId>`, re-pointed on merge. */
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** Merge suggestions: `SUGGESTIONS#<status>` → `<createdAt>#<suggestionId>`. */
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    /** Escalations: `URGENT#<status>` → `<receivedAt>#<feedbackId>`, urgent items only (sparse). */
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
} as const;
