/**
 * What every SDK client on a request path waits at most. Without it the SDK waits on a connection
 * that was accepted and then went silent for as long as the Lambda lives (a store read was still
 * waiting after 15 s; API Gateway answers 504 long before), and a request timeout only logs a
 * warning unless the handler is told to throw. The TimeoutError is transient: the SDK tries again,
 * then the store reports itself unavailable (503 with Retry-After). Not for the SQS poller, whose
 * long polls wait 20 s by design.
 */
export const REQUEST_TIMEOUTS = { requestHandler: { connectionTimeout: 2_000, requestTimeout: 5_000, throwOnRequestTimeout: true } };
