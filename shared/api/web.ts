import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import { extname, join } from 'node:path';
import { Hono } from 'hono';
import { errorResponse } from '../http/errors.ts';
import { answerHeaders } from '../http/headers.ts';
import { utf8Path } from '../http/target-encoding.ts';

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

const decompress = promisify(brotliDecompress);

/** "gzip, deflate, br", "br;q=1.0": br listed and not refused with q=0. */
function acceptsBrotli(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    return coding!.trim().toLowerCase() === 'br' && !params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/i.test(param));
  });
}

/**
 * The web console at /console and the API reference at /docs, served from the built assets
 * (web/build.ts) by the API itself, locally and in Lambda. `/` leads to the console.
 */
export function webRoutes(assetsDir: string): Hono {
  const app = new Hono();
  app.use('*', answerHeaders({ personalData: false }));
  const serveFile = async (section: 'console' | 'docs', file: string, acceptEncoding: string | undefined) => {
    if (!/^[\w-]+(\.[\w-]+)*$/.test(file) || !(extname(file) in TYPES)) return undefined;
    const path = join(assetsDir, section, file);
    const headers = { 'content-type': TYPES[extname(file)]!, 'cache-control': file === 'index.html' ? 'no-cache' : 'public, max-age=300', ...SECURITY_HEADERS };
    if (existsSync(path)) return new Response(await readFile(path), { headers });
    // Built compressed only (web/build.ts): as is where the browser takes br, else decompressed.
    if (!existsSync(`${path}.br`)) return undefined;
    const compressed = await readFile(`${path}.br`);
    if (acceptsBrotli(acceptEncoding)) return new Response(compressed, { headers: { ...headers, 'content-encoding': 'br', vary: 'accept-encoding' } });
    return new Response(await decompress(compressed), { headers: { ...headers, vary: 'accept-encoding' } });
  };
  app.get('/', (c) => c.redirect('/console', 302));
  app.get('/console/', (c) => c.redirect('/console', 301));
  app.get('/docs/', (c) => c.redirect('/docs', 301));
  for (const section of ['console', 'docs'] as const) {
    app.use(`/${section}/*`, utf8Path);
    app.get(`/${section}`, async (c) => (await serveFile(section, 'index.html', undefined)) ?? errorResponse(c, 404, 'not_found', `${section} is not built: run npm run build:web`));
    app.get(`/${section}/:file`, async (c) => (await serveFile(section, c.req.param('file'), c.req.header('accept-encoding'))) ?? errorResponse(c, 404, 'not_found', `no file ${c.req.path}`));
  }
  return app;
}
