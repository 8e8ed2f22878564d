/** Key patterns of the single table; docs/data-model.md lists the access pattern each serves. */
export const keys = {
  identity: (identity: string) => ({ pk: `ID#${identity}`, sk: 'ID' }),
  customer: (customerId: string) => ({ pk: `CUST#${customerId}`, sk: 'PROFILE' }),
  /** A merge is kept once by id and listed under both customers it joined. */
  merge: (mergeId: string) => ({ pk: `MERGE#${mergeId}`, sk: 'MERGE' }),
  customerMerge: (customerId: string, mergedAt: string, mergeId: string) => ({ pk: `CUST#${customerId}`, sk: `MERGE#${mergedAt}#${mergeId}` }),
  suggestion: (suggestionId: string) => ({ pk: `SUGGEST#${suggestionId}`, sk: 'SUGGEST' }),
  suggestionPartition: (status: string) => `SUGGESTIONS#${status}`,
  feedback: (feedbackId: string) => ({ pk: `FB#${feedbackId}`, sk: 'FB' }),
  timelinePartition: (customerId: string) => `CUST#${customerId}`,
  statusPartition: (status: string) => `STATUS#${status}`,
  urgentPartition: (status: string) => `URGENT#${status}`,
  complaintDay: (type: string, day: string) => `CTYPE#${type}#${day}`,
  aggregate: (day: string) => ({ pk: `AGG#${day}`, sk: 'DAY' }),
  atRisk: (day: string, customerId: string) => ({ pk: `RISK#${day}`, sk: `CUST#${customerId}` }),
  atRiskPartition: (day: string) => `RISK#${day}`,
  claim: (key: string) => ({ pk: `CLAIM#${key}`, sk: 'CLAIM' }),
};

/** Counters live in top-level number attributes so one UpdateItem can ADD any set of them. */
export const COUNTER_PREFIX = 'n:';

/** Storage-only attributes: keys, TTL and the profile revision used for optimistic concurrency. */
export const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'expiresAt', 'rev'];
