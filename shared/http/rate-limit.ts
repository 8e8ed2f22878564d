import type { Context, MiddlewareHandler } from 'hono';
import type { GetConnInfo } from 'hono/conninfo';
import { errorResponse } from './errors.ts';

/**
 * A fixed-window limiter per client address, kept in memory. In Lambda each container counts on
 * its own, so the API Gateway stage throttle is the global ceiling and this one stops a single
 * noisy browser early. The address comes from the runtime (`getConnInfo` of hono/aws-lambda or
 * @hono/node-server): only it knows where the caller's address is.
 */
export function rateLimit(perMinute: number, connInfo: GetConnInfo, now: () => number = Date.now): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const client = clientAddress(connInfo, c);
    const at = now();
    let window = windows.get(client);
    if (!window || at - window.start >= 60_000) {
      if (windows.size > 10_000) windows.clear();
      window = { start: at, count: 0 };
      windows.set(client, window);
    }
    window.count += 1;
    if (window.count > perMinute) {
      c.header('Retry-After', String(Math.ceil((window.start + 60_000 - at) / 1000)));
      return errorResponse(c, 429, 'rate_limited', `at most ${perMinute} requests a minute from one client`);
    }
    await next();
  };
}

/**
 * A runtime that cannot tell (the app called in-process, with no socket or API Gateway event
 * behind the request) throws rather than answering: such callers share one window.
 */
export function clientAddress(connInfo: GetConnInfo, c: Context): string {
  try {
    return connInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
