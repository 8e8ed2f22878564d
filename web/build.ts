import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SOURCE = dirname(fileURLToPath(import.meta.url));
export const WEB_DIST = join(SOURCE, 'dist');

/**
 * Builds the console (TypeScript → one minified ES module) and lays out the API reference from
 * the swagger-ui-dist npm package, into web/dist: everything is served by the API, nothing from a CDN.
 */
export async function buildWeb(outDir = WEB_DIST): Promise<string> {
  mkdirSync(join(outDir, 'console'), { recursive: true });
  mkdirSync(join(outDir, 'docs'), { recursive: true });
  await build({
    entryPoints: [join(SOURCE, 'console', 'main.ts')],
    outfile: join(outDir, 'console', 'app.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'silent',
  });
  copyFileSync(join(SOURCE, 'console', 'index.html'), join(outDir, 'console', 'index.html'));
  copyFileSync(join(SOURCE, 'console', 'app.css'), join(outDir, 'console', 'app.css'));
  const swagger = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js']) copyFileSync(join(swagger, file), join(outDir, 'docs', file));
  for (const file of ['index.html', 'init.js']) copyFileSync(join(SOURCE, 'docs', file), join(outDir, 'docs', file));
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`built ${await buildWeb(process.argv[2])}\n`);
}
