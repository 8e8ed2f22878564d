import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Refused (nothing sent), or the request lands and its answer is lost; every later request is refused. */
export type Fault = 'refused' | 'answer lost';

/**
 * A DynamoDB client that goes down at its n-th request after `cutAt`, until `restore`. Added inside
 * the SDK's retry loop, so the SDK's own retries meet the outage too. `requests` counts from the
 * last `cutAt`.
 */
export function cuttable(client: DynamoDBClient) {
  let cut: { at: number; fault: Fault } | undefined;
  let requests = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      requests += 1;
      if (!cut || requests < cut.at) return next(args);
      if (requests === cut.at && cut.fault === 'answer lost') {
        await next(args);
        throw Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', name: 'Error' });
      }
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1'), { code: 'ECONNREFUSED', name: 'Error' });
    },
    { step: 'deserialize', name: 'cutShort' },
  );
  return {
    get requests() {
      return requests;
    },
    /** Counts from now; with `at`, the client goes down at that request. */
    cutAt(at: number | undefined, fault: Fault = 'refused') {
      requests = 0;
      cut = at === undefined ? undefined : { at, fault };
    },
    restore() {
      cut = undefined;
    },
  };
}
