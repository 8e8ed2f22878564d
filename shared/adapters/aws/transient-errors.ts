import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../ports.ts';

const TRANSIENT_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  // A single-item write meeting a transaction in flight on the item, and an idempotent transaction still running.
  'TransactionConflictException',
  'TransactionInProgressException',
]);
/**
 * A transaction cancelled because of load rather than its conditions. A `TransactionConflict`
 * alone is left to the store, which tries again itself (and reports the store unavailable when
 * the conflicts go on); a failed condition is an answer, not a fault.
 */
const TRANSIENT_CANCELLATIONS = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded', 'InternalServerError']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Throttling, a DynamoDB-side fault or the network: worth trying again later, not the request's fault. */
export function isTransient(error: unknown): boolean {
  const { name, code, $retryable, $metadata } = (error ?? {}) as { name?: string; code?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
  if (name === 'TransactionCanceledException') return cancelledForLoad(error as { CancellationReasons?: { Code?: string }[] });
  return (name !== undefined && TRANSIENT_NAMES.has(name)) || (code !== undefined && NETWORK_CODES.has(code)) || $retryable !== undefined || ($metadata?.httpStatusCode ?? 0) >= 500;
}

function cancelledForLoad({ CancellationReasons: reasons = [] }: { CancellationReasons?: { Code?: string }[] }): boolean {
  return reasons.some((reason) => TRANSIENT_CANCELLATIONS.has(reason.Code ?? '')) && !reasons.some((reason) => reason.Code === 'ConditionalCheckFailed');
}

/**
 * Added outside the SDK's retry loop, so only what its retries could not cure arrives here: the
 * callers (API, processor) then see one port-level error they can answer with "retry later".
 */
export function reportTransientErrorsAsUnavailable(doc: DynamoDBDocumentClient): void {
  doc.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw isTransient(error) ? new StoreUnavailableError(error) : error;
      }
    },
    // The document client shares its client's stack, and several stores may share one client.
    { step: 'initialize', name: 'reportTransientErrorsAsUnavailable', override: true },
  );
}
