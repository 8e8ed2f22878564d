/**
 * Bundles one handler from functions/ into `<outDir>/index.mjs` (+ source map) with esbuild's
 * API, run by the CDK's local bundling (infra/constructs/feedback-function.ts) as
 * `node --import tsx infra/bundle.ts <name> <outDir>`. The API, not the CLI, because the bundle
 * needs a plugin: zod registers every locale's messages (~260 KB minified) through one
 * namespace import, and only English is ever used.
 */
import { build, type Metafile, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb } from '../web/build.ts';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** zod's `locales/index.js` with the one locale zod itself configures by default. */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(builder) {
    builder.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: args.importer, namespace: 'zod-locales' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from '../locales/en.js';",
      resolveDir: fileURLToPath(new URL('.', `file://${args.path}`)),
      loader: 'js',
    }));
  },
};

/** Bundles and returns esbuild's metafile: which modules went in, and how many bytes each. */
export async function bundleFunction(name: string, outDir: string): Promise<Metafile> {
  const { metafile } = await build({
    entryPoints: [`${REPO_ROOT}functions/${name}.ts`],
    outfile: `${outDir}/index.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    // CJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    minify: true,
    // The classifier's models and lexicons are Chinese text: as UTF-8 a character costs 3 bytes,
    // escaped as \uXXXX (esbuild's ASCII default) 6.
    charset: 'utf8',
    sourcemap: true,
    sourcesContent: false,
    tsconfig: `${REPO_ROOT}tsconfig.json`,
    plugins: [zodEnglishOnly],
    metafile: true,
    logLevel: 'error',
  });
  return metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name, outDir] = process.argv.slice(2);
  if (!name || !outDir) throw new Error('usage: infra/bundle.ts <function name> <output directory>');
  await bundleFunction(name, outDir);
  // The API serves the console and the API reference from web/ beside its bundle (functions/api.ts).
  if (name === 'api') await buildWeb(join(outDir, 'web'));
}
