/**
 * Once, after deploying the version whose scheduled sweep finishes merges and undos left under way (session 51;
 * docs/data-model.md, pattern 9d): lists the customers whose work was marked before, so that the sweep finds them.
 * Harmless to run again.
 * Usage: AWS_REGION=… node --import tsx scripts/put-pending-work-listings.ts <table name>
 */
import { DynamoStore } from '../shared/adapters/aws/dynamo-store.ts';

const tableName = process.argv[2];
if (!tableName) {
  console.error('usage: node --import tsx scripts/put-pending-work-listings.ts <table name>');
  process.exit(2);
}
console.log(`${await new DynamoStore(tableName).putPendingWorkListings()} customers with work under way listed in ${tableName}`);
