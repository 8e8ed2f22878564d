import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoutes } from '../../shared/api/web.ts';
import { buildWeb } from '../../web/build.ts';

const swaggerUi = readFileSync(createRequire(import.meta.url).resolve('swagger-ui-dist/swagger-ui-bundle.js'));
let dir: string;
let app: ReturnType<typeof webRoutes>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'web-'));
  app = webRoutes(await buildWeb(dir, { sourceMap: false }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (path: string, acceptEncoding?: string) => app.request(path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the API reference and console assets', () => {
  it('serves Swagger UI compressed to browsers that take br, and decompressed to the rest', async () => {
    for (const accept of ['gzip, deflate, br, zstd', 'br;q=1.0', 'BR']) {
      const response = await get('/docs/swagger-ui-bundle.js', accept);
      expect(response.headers.get('content-encoding'), accept).toBe('br');
      expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).equals(swaggerUi), accept).toBe(true);
    }
    for (const accept of [undefined, 'gzip, deflate', 'br;q=0', 'br; q=0.0']) {
      const response = await get('/docs/swagger-ui-bundle.js', accept);
      expect(response.status, accept).toBe(200);
      expect(response.headers.get('content-encoding'), accept).toBeNull();
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(Buffer.from(await response.arrayBuffer()).equals(swaggerUi), accept).toBe(true);
    }
  });

  it('ships no source map with a build for Lambda, and answers 404 for files it does not have', async () => {
    expect((await get('/console/app.js')).status).toBe(200);
    for (const path of ['/console/app.js.map', '/docs/swagger-ui-bundle.js.br', '/docs/..%2Fconsole%2Fapp.js', '/docs/nothing.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
    }
  });
});
