/**
 * The contract every Store adapter meets, run by each adapter's test file as
 * `storeContract('name', makeStore)`: the embedded local store and DynamoDB (on DynamoDB Local)
 * must answer every call the same way, so local mode behaves like AWS. One file per port.
 */
import type { ErasureStore } from '../../shared/cases/ports.ts';
import type { Store } from '../../shared/ports.ts';
import { aggregateStoreContract } from './store/aggregate.contract.ts';
import { erasureStoreContract } from './store/erasure.contract.ts';
import { identityChangesContract } from './store/identity-changes.contract.ts';
import { identityStoreContract } from './store/identity.contract.ts';
import { mergeUndoContract } from './store/merge-undo.contract.ts';
import { newCustomersContract } from './store/new-customers.contract.ts';
import { pendingWorkContract } from './store/pending-work.contract.ts';
import { timelineStoreContract } from './store/timeline.contract.ts';
import { workQueueStoreContract } from './store/work-queue.contract.ts';

export function storeContract(name: string, makeStore: () => Promise<Store & ErasureStore>) {
  identityStoreContract(name, makeStore);
  identityChangesContract(name, makeStore);
  mergeUndoContract(name, makeStore);
  timelineStoreContract(name, makeStore);
  workQueueStoreContract(name, makeStore);
  aggregateStoreContract(name, makeStore);
  newCustomersContract(name, makeStore);
  pendingWorkContract(name, makeStore);
  erasureStoreContract(name, makeStore);
}
