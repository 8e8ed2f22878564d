import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.ts';

/**
 * A fixed-window limiter per client address, kept in memory. In Lambda each container counts on
 * its own, so the API Gateway stage throttle is the global ceiling and this one stops a single
 * noisy browser early.
 */
export function rateLimit(perMinute: number, now: () => number = Date.now): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const client = clientAddress(c);
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

/** The caller's address: API Gateway's source IP in Lambda, the socket's peer locally. */
export function clientAddress(c: Context): string {
  const env = c.env as
    | { event?: { requestContext?: { http?: { sourceIp?: string } } }; incoming?: { socket?: { remoteAddress?: string } } }
    | undefined;
  return env?.event?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
