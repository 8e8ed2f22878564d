import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const SOURCE = dirname(fileURLToPath(import.meta.url));
export const WEB_DIST = join(SOURCE, 'dist');

/**
 * Builds the console (TypeScript → one minified ES module) and lays out the API reference from
 * the swagger-ui-dist npm package, into web/dist: everything is served by the API, nothing from a CDN.
 * The Lambda package takes no source map (`sourceMap: false`); local runs keep one for the browser's tools.
 */
export async function buildWeb(outDir = WEB_DIST, { sourceMap = true }: { sourceMap?: boolean } = {}): Promise<string> {
  mkdirSync(join(outDir, 'console'), { recursive: true });
  mkdirSync(join(outDir, 'docs'), { recursive: true });
  await build({
    entryPoints: [join(SOURCE, 'console', 'main.ts')],
    outfile: join(outDir, 'console', 'app.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: sourceMap,
    logLevel: 'silent',
  });
  if (!sourceMap) rmSync(join(outDir, 'console', 'app.js.map'), { force: true });
  copyFileSync(join(SOURCE, 'console', 'index.html'), join(outDir, 'console', 'index.html'));
  copyFileSync(join(SOURCE, 'console', 'app.css'), join(outDir, 'console', 'app.css'));
  const swagger = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  // Swagger UI is 1.9 MB as published, three quarters of the API's package: it ships compressed
  // (0.41 MB at quality 9, 0.1 s; the maximum, 11, saves 33 KB more in 2.3 s at every npm start),
  // and shared/api/web.ts serves it as is to browsers that take br.
  for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js']) {
    const compressed = brotliCompressSync(readFileSync(join(swagger, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
    // Other servers started from this checkout may be serving web/dist: a file is replaced whole.
    const target = join(outDir, 'docs', `${file}.br`);
    writeFileSync(`${target}.${process.pid}`, compressed);
    renameSync(`${target}.${process.pid}`, target);
    rmSync(join(outDir, 'docs', file), { force: true });
  }
  for (const file of ['index.html', 'init.js']) copyFileSync(join(SOURCE, 'docs', file), join(outDir, 'docs', file));
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`built ${await buildWeb(process.argv[2])}\n`);
}
