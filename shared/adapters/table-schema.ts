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
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', projection: 'ALL' },
    /** Merge suggestions: `SUGGESTIONS#<status>` → `<createdAt>#<suggestionId>`. */
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk', projection: 'ALL' },
    /** Escalations: `URGENT#<status>` → `<receivedAt>#<feedbackId>`, urgent items only (sparse). */
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk', projection: 'ALL' },
    /**
     * Work under way: `PENDING` → `<customerId>`, on a profile only while it has merges or undos
     * left under way (sparse); keys only, so the profile's other writes meanwhile cost it nothing.
     */
    { name: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk', projection: 'KEYS_ONLY' },
  ],
} as const;
