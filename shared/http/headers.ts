import type { MiddlewareHandler } from 'hono';

/**
 * Headers every answer carries, refusals included: `nosniff` so no browser reads a reflected value
 * (WeChat's echostr, an error naming a path) as anything but its declared type; `no-store` where
 * the answer holds personal data (the API), so no browser or proxy keeps a copy.
 */
export function answerHeaders({ personalData }: { personalData: boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('x-content-type-options', 'nosniff');
    if (personalData) c.res.headers.set('cache-control', 'no-store');
  };
}
