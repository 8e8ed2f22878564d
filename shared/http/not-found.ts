import type { Context, Hono, MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.ts';

interface Routed {
  routes: readonly { method: string; path: string }[];
}

const patterns = new Map<string, RegExp>();

function patternOf(path: string): RegExp {
  let pattern = patterns.get(path);
  if (!pattern) {
    const escaped = path
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    pattern = new RegExp(`^${escaped}/?$`);
    patterns.set(path, pattern);
  }
  return pattern;
}

/** The methods the app's routes answer on `path` (HEAD wherever GET is). */
function allowedMethods(app: Routed | Hono, path: string): Set<string> {
  const allowed = new Set<string>();
  for (const route of (app as Routed).routes) {
    if (route.method !== 'ALL' && patternOf(route.path).test(path)) allowed.add(route.method);
  }
  if (allowed.has('GET')) allowed.add('HEAD');
  return allowed;
}

/**
 * Runs `middleware` only on requests a route of `app` takes: one no route takes gets its 404 or
 * 405 (notFoundOrNotAllowed), not what the middleware would say of its body.
 */
export function onRoutedRequests(app: Routed | Hono, middleware: MiddlewareHandler): MiddlewareHandler {
  return (c, next) => (allowedMethods(app, c.req.path).has(c.req.method) ? middleware(c, next) : next());
}

/**
 * The answer for a request no route took: 405 with `Allow` when the path exists for other
 * methods (TRACE, PUT, DELETE… on a real route), else 404; both with the JSON error body.
 */
export function notFoundOrNotAllowed(app: Routed | Hono) {
  return (c: Context) => {
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.size > 0 && !allowed.has(c.req.method)) {
      c.header('Allow', [...allowed].sort().join(', '));
      return errorResponse(c, 405, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${[...allowed].sort().join(', ')}`);
    }
    return errorResponse(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`);
  };
}
