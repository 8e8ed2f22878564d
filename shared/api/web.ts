import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Hono } from 'hono';
import { errorResponse } from '../http/errors.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** Everything the pages load comes from this origin: no CDN, no inline script. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The web console at /console and the API reference at /docs, served from the built assets
 * (web/build.ts) by the API itself, locally and in Lambda. `/` leads to the console.
 */
export function webRoutes(assetsDir: string): Hono {
  const app = new Hono();
  const serveFile = async (section: 'console' | 'docs', file: string) => {
    if (!/^[\w-]+(\.[\w-]+)*$/.test(file) || !(extname(file) in TYPES)) return undefined;
    const path = join(assetsDir, section, file);
    if (!existsSync(path)) return undefined;
    const cache = file === 'index.html' ? 'no-cache' : 'public, max-age=300';
    return new Response(await readFile(path), { headers: { 'content-type': TYPES[extname(file)]!, 'cache-control': cache, ...SECURITY_HEADERS } });
  };
  app.get('/', (c) => c.redirect('/console', 302));
  app.get('/console/', (c) => c.redirect('/console', 301));
  app.get('/docs/', (c) => c.redirect('/docs', 301));
  for (const section of ['console', 'docs'] as const) {
    app.get(`/${section}`, async (c) => (await serveFile(section, 'index.html')) ?? errorResponse(c, 404, 'not_found', `${section} is not built: run npm run build:web`));
    app.get(`/${section}/:file`, async (c) => (await serveFile(section, c.req.param('file'))) ?? errorResponse(c, 404, 'not_found', `no file ${c.req.path}`));
  }
  return app;
}
