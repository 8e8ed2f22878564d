import type { Context, Hono } from 'hono';
import { errorResponse } from './errors.ts';

interface Routed {
  routes: readonly { method: string; path: string }[];
}

function patternOf(path: string): RegExp {
  const escaped = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}

/**
 * The answer for a request no route took: 405 with `Allow` when the path exists for other
 * methods (TRACE, PUT, DELETE… on a real route), else 404; both with the JSON error body.
 */
export function notFoundOrNotAllowed(app: Routed | Hono) {
  return (c: Context) => {
    const allowed = new Set<string>();
    for (const route of (app as Routed).routes) {
      if (route.method !== 'ALL' && patternOf(route.path).test(c.req.path)) allowed.add(route.method);
    }
    if (allowed.has('GET')) allowed.add('HEAD');
    if (allowed.size > 0 && !allowed.has(c.req.method)) {
      c.header('Allow', [...allowed].sort().join(', '));
      return errorResponse(c, 405, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${[...allowed].sort().join(', ')}`);
    }
    return errorResponse(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`);
  };
}
