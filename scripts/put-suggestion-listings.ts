/**
 * Once, after deploying the version whose merge suggestions are listed under their customers and
 * identity (docs/data-model.md, pattern 9b): lists the suggestions written before, so that an
 * erasure finds them. Harmless to run again.
 * Usage: AWS_REGION=… node --import tsx scripts/put-suggestion-listings.ts <table name>
 */
import { DynamoStore } from '../shared/adapters/aws/dynamo-store.ts';

const tableName = process.argv[2];
if (!tableName) {
  console.error('usage: node --import tsx scripts/put-suggestion-listings.ts <table name>');
  process.exit(2);
}
console.log(`${await new DynamoStore(tableName).putSuggestionListings()} suggestions listed in ${tableName}`);
